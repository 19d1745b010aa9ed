/**
 * Task durations on the page's main thread, from a Chromium trace: every task the browser
 * ran (`RunTask`), so the longest task is known even when it is under the 50 ms that the
 * Long Tasks API would report.
 */
import type { Page } from 'puppeteer-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}

const PAGE_MARK = 'dg-bench-run';

export interface TaskStats {
  longestMs: number;
  longTasks: number;
}

export async function traceTasks<T>(page: Page, run: () => Promise<T>): Promise<{ result: T; tasks: TaskStats }> {
  await page.tracing.start({ categories: ['toplevel', '__metadata', 'blink.user_timing'] });
  // A user-timing mark from the page tells which renderer process is the page's.
  await page.evaluate((name) => performance.mark(name), PAGE_MARK);
  const result = await run();
  const buffer = await page.tracing.stop();
  const events = (JSON.parse(Buffer.from(buffer ?? new Uint8Array()).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  // The trace covers every process of the browser: keep the main thread of the page's renderer.
  const pageProcesses = new Set(events.filter((e) => e.name === PAGE_MARK).map((e) => e.pid));
  if (pageProcesses.size === 0) throw new Error('the page renderer was not found in the trace');
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && pageProcesses.has(e.pid))
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const durations = events
    .filter((e) => e.ph === 'X' && /(^|::)RunTask$/.test(e.name) && mainThreads.has(`${e.pid}:${e.tid}`))
    .map((e) => (e.dur ?? 0) / 1000);
  return { result, tasks: { longestMs: Math.max(0, ...durations), longTasks: durations.filter((d) => d > 50).length } };
}
