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
  args?: { name?: string; data?: { url?: string; scriptName?: string } };
}

export interface MainThreadTrace {
  /** The page's renderer process (a fresh one per run shows as a new pid). */
  pid: number;
  /** Each task's duration, in ms. */
  tasks: number[];
  /** Main-thread time inside extension scripts, in ms (0 unless traced with `scripts`). */
  extensionScriptMs: number;
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
  const mainThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === pid).map((e) => e.tid));
  const onMain = events.filter((e) => e.ph === 'X' && e.pid === pid && mainThreads.has(e.tid));
  const tasks = onMain.filter((e) => /(^|::)RunTask$/.test(e.name)).map((e) => (e.dur ?? 0) / 1000);
  const extension = onMain.filter((e) => /^chrome-extension:\/\//.test(e.args?.data?.url ?? e.args?.data?.scriptName ?? ''));
  return { pid, tasks, extensionScriptMs: unionMs(extension) };
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
