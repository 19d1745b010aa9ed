/**
 * Ends the current task so the browser can handle input, paint and run the page's own
 * tasks between slices of highlighting: no task the extension causes may be long (> 50 ms,
 * the RAIL/Long Tasks threshold).
 *
 * `scheduler.yield()` (Chromium 129+, Firefox 142+) resumes ahead of other queued tasks,
 * so yielding costs almost nothing. Elsewhere a MessageChannel message is the fastest way
 * to queue a new task: nested `setTimeout(0)` is clamped to 4 ms and throttled in
 * background tabs. `setTimeout` remains for environments with neither.
 */
interface SchedulerWithYield {
  yield?: () => Promise<void>;
}

let channel: MessageChannel | undefined;
const waiting: Array<() => void> = [];

function viaMessageChannel(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
    // Node (unit tests) would otherwise keep the process alive for the open port.
    (channel.port1 as { unref?: () => void }).unref?.();
    (channel.port2 as { unref?: () => void }).unref?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(null);
  });
}

/**
 * A `scheduler.yield()` continuation runs ahead of the page's own tasks, so a long pass made
 * of short slices still kept the page's timers from running until it ended (security review
 * H7: 39 s without a `setInterval` tick). At least this often the pass waits in line behind
 * them instead, with an ordinary task. A frame's own rendering can fall in the same wait, so
 * this is kept to one frame's time (30 ms before: page-timer gaps of 60-70 ms).
 */
export const FAIR_YIELD_EVERY_MS = 16;
let lastFairYield = -Infinity;

export function yieldToMain(): Promise<void> {
  const now = performance.now();
  if (now - lastFairYield >= FAIR_YIELD_EVERY_MS) {
    lastFairYield = now;
    if (typeof MessageChannel === 'function') return viaMessageChannel();
    return new Promise((resolve) => setTimeout(resolve, 0));
  }
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (typeof scheduler?.yield === 'function') {
    // Some content-script sandboxes expose the function but refuse the call.
    try {
      return scheduler.yield.call(scheduler).catch(() => viaMessageChannel());
    } catch {
      return viaMessageChannel();
    }
  }
  if (typeof MessageChannel === 'function') return viaMessageChannel();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A time budget for one slice of work. Well under 50 ms, so that one more batch after the
 * check and the slice's own layout flush (layout-pacer.ts) cannot make it a long task.
 */
export class SliceClock {
  private started = performance.now();

  constructor(private readonly budgetMs = 8) {}

  get expired(): boolean {
    return performance.now() - this.started >= this.budgetMs;
  }

  /** A new slice begins (after a yield). */
  restart(): void {
    this.started = performance.now();
  }
}
