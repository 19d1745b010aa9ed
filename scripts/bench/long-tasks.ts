/** Task durations on the page's main thread while `run` runs, from a Chromium trace (chromium-trace.ts). */
import type { Page } from 'puppeteer-core';
import { startTrace, stopTrace } from './chromium-trace';

export interface TaskStats {
  longestMs: number;
  longTasks: number;
}

export const taskStats = (tasks: readonly number[]): TaskStats => ({
  longestMs: Math.max(0, ...tasks),
  longTasks: tasks.filter((d) => d > 50).length,
});

export async function traceTasks<T>(page: Page, run: () => Promise<T>): Promise<{ result: T; tasks: TaskStats }> {
  await startTrace(page);
  const result = await run();
  const { tasks } = await stopTrace(page);
  return { result, tasks: taskStats(tasks) };
}
