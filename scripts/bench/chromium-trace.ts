/**
 * A Chromium trace of the page's renderer main thread: every task the browser ran (`RunTask`,
 * so the longest task is known even under the 50 ms that the Long Tasks API reports), and the
 * script time the trace attributes to an extension's scripts (compile, evaluate and callbacks
 * whose script URL is chrome-extension://, overlaps counted once). Microtasks carry no script
 * URL, so that attribution is a lower bound.
 */
import type { Page } from 'puppeteer-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event: without the time the OS gave the thread's core to other processes. */
  tdur?: number;
  args?: { name?: string; data?: { url?: string; scriptName?: string } };
}

export interface MainThreadTrace {
  /** The page's renderer process (a fresh one per run shows as a new pid). */
  pid: number;
  /** Each task's duration, in ms. */
  tasks: number[];
  /** Main-thread time inside extension scripts, in ms (0 unless traced with `scripts`). */
  extensionScriptMs: number;
  /** The same two as thread CPU time: on a 2-core machine the wall times include time the OS ran other processes. */
  taskCpuMs: number;
  extensionScriptCpuMs: number;
}

const PAGE_MARK = 'dg-bench-run';
const TASK_CATEGORIES = ['toplevel', '__metadata', 'blink.user_timing'];
/** Script events (with their URLs) cost the traced page time of their own: only asked for where they are read. */
const SCRIPT_CATEGORIES = [...TASK_CATEGORIES, 'devtools.timeline', 'v8'];

export const startTrace = (page: Page, { scripts = false } = {}): Promise<void> =>
  page.tracing.start({ categories: scripts ? SCRIPT_CATEGORIES : TASK_CATEGORIES });

/** Stops the trace started on `page`; the page must be alive (it marks itself so its renderer can be told from the others). */
export async function stopTrace(page: Page): Promise<MainThreadTrace> {
  await page.evaluate((name) => performance.mark(name), PAGE_MARK);
  const buffer = await page.tracing.stop();
  const events = (JSON.parse(Buffer.from(buffer ?? new Uint8Array()).toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  // The trace covers every process of the browser: keep the main thread of the page's renderer.
  const pid = events.find((e) => e.name === PAGE_MARK)?.pid;
  if (pid === undefined) throw new Error('the page renderer was not found in the trace');
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === pid).map((e) => e.tid),
  );
  const onMain = events.filter((e) => e.ph === 'X' && e.pid === pid && mainThreads.has(e.tid));
  const tasks = onMain.filter((e) => /(^|::)RunTask$/.test(e.name)).map((e) => (e.dur ?? 0) / 1000);
  const extension = onMain.filter((e) => /^chrome-extension:\/\//.test(e.args?.data?.url ?? e.args?.data?.scriptName ?? ''));
  const outermost = extension.filter(
    (e) =>
      !extension.some(
        (o) => o !== e && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0) && (o.ts < e.ts || (o.dur ?? 0) > (e.dur ?? 0)),
      ),
  );
  const cpu = (list: TraceEvent[]) => list.reduce((total, e) => total + (e.tdur ?? 0), 0) / 1000;
  return {
    pid,
    tasks,
    extensionScriptMs: unionMs(extension),
    taskCpuMs: cpu(onMain.filter((e) => /(^|::)RunTask$/.test(e.name))),
    extensionScriptCpuMs: cpu(outermost),
  };
}

/** Total time covered by the events, nested or overlapping ones counted once. */
function unionMs(events: TraceEvent[]): number {
  const spans = events.map((e) => [e.ts, e.ts + (e.dur ?? 0)] as const).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [from, to] of spans) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total / 1000;
}
