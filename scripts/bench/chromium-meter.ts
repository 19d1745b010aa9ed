/**
 * Chromium's page meter (page-meter.ts). Loads: a CDP trace from before navigation to the
 * settled page, every task of the page renderer's main thread summed (the tab's first
 * navigation gets a fresh renderer, so the trace holds nothing of another page). Windows:
 * `Performance.getMetrics` TaskDuration and ScriptDuration deltas (the renderer stays the
 * same within a window). Heap: `JSHeapUsedSize` after `HeapProfiler.collectGarbage`, which is
 * the renderer's whole V8 isolate: the page, its same-site frames (the iframes come from
 * another port of 127.0.0.1, the same site, so the same process) and content scripts' worlds.
 */
import type { Page } from 'puppeteer-core';
import { startTrace, stopTrace } from './chromium-trace';
import { taskStats } from './long-tasks';
import type { PageMeter } from './meter-types';

export function chromiumMeter(): PageMeter {
  const windows = new WeakMap<Page, { ScriptDuration: number; TaskDuration: number }>();
  const metrics = async (page: Page) => {
    const m = await page.metrics();
    return { ScriptDuration: m.ScriptDuration ?? NaN, TaskDuration: m.TaskDuration ?? NaN };
  };
  return {
    browser: 'chromium',
    labels: {
      task: 'main-thread task time: sum of RunTask on the page renderer main thread, CDP trace from navigation to load + settle',
      heap: 'JSHeapUsedSize (Performance.getMetrics) after HeapProfiler.collectGarbage: the renderer isolate, frames and content-script worlds included',
      window: 'Performance.getMetrics ScriptDuration / TaskDuration deltas over the window',
    },
    beginLoad: (page) => startTrace(page, { scripts: true }),
    async endLoad(page) {
      const trace = await stopTrace(page);
      const stats = taskStats(trace.tasks);
      return {
        taskMs: trace.tasks.reduce((a, b) => a + b, 0),
        extensionScriptMs: trace.extensionScriptMs,
        taskCpuMs: trace.taskCpuMs,
        extensionScriptCpuMs: trace.extensionScriptCpuMs,
        longestTaskMs: stats.longestMs,
        longTasks: stats.longTasks,
        pid: trace.pid,
      };
    },
    async beginWindow(page) {
      windows.set(page, await metrics(page));
    },
    async endWindow(page) {
      const start = windows.get(page);
      if (!start) throw new Error('endWindow without beginWindow');
      const end = await metrics(page);
      return { scriptMs: (end.ScriptDuration - start.ScriptDuration) * 1000, taskMs: (end.TaskDuration - start.TaskDuration) * 1000 };
    },
    async heap(page) {
      const cdp = await page.createCDPSession();
      // Twice: the first collection can leave garbage that finalizers of the first free.
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.detach();
      return (await page.metrics()).JSHeapUsedSize ?? NaN;
    },
    close: async () => undefined,
  };
}
