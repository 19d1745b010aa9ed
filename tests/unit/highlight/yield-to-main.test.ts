import { afterEach, describe, expect, it, vi } from 'vitest';
import { FAIR_YIELD_EVERY_MS, SliceClock, yieldToMain } from '../../../src/highlight/yield-to-main';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('yieldToMain', () => {
  it('uses scheduler.yield when the browser has it, but waits behind the page’s own tasks at least every FAIR_YIELD_EVERY_MS', async () => {
    // Far past any real clock: earlier files in this worker may have yielded already.
    const start = 1e12;
    let now = start;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const schedulerYield = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: schedulerYield });
    await yieldToMain(); // an ordinary task: the page's timers run first
    expect(schedulerYield).not.toHaveBeenCalled();
    for (const t of [start + 4, start + 8, start + FAIR_YIELD_EVERY_MS - 1]) {
      now = t;
      await yieldToMain();
    }
    expect(schedulerYield).toHaveBeenCalledTimes(3);
    now = start + FAIR_YIELD_EVERY_MS;
    await yieldToMain();
    expect(schedulerYield).toHaveBeenCalledTimes(3);
    vi.mocked(performance.now).mockRestore();
  });

  it('falls back to a MessageChannel task when scheduler.yield is missing or refused', async () => {
    vi.stubGlobal('scheduler', { yield: () => Promise.reject(new Error('not here')) });
    await expect(yieldToMain()).resolves.toBeUndefined();
    vi.stubGlobal('scheduler', undefined);
    await expect(yieldToMain()).resolves.toBeUndefined();
  });
});

describe('SliceClock', () => {
  it('expires after its budget and starts afresh on restart', () => {
    vi.useFakeTimers();
    const clock = new SliceClock(8);
    expect(clock.expired).toBe(false);
    vi.advanceTimersByTime(9);
    expect(clock.expired).toBe(true);
    clock.restart();
    expect(clock.expired).toBe(false);
  });
});
