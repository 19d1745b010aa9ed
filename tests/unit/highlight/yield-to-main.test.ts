import { afterEach, describe, expect, it, vi } from 'vitest';
import { FAIR_YIELD_EVERY_MS, SliceClock, yieldToMain } from '../../../src/highlight/yield-to-main';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('yieldToMain', () => {
  it('uses scheduler.yield when the browser has it, but waits behind the page’s own tasks at least every FAIR_YIELD_EVERY_MS', async () => {
    let now = 1_000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const schedulerYield = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: schedulerYield });
    await yieldToMain(); // an ordinary task: the page's timers run first
    expect(schedulerYield).not.toHaveBeenCalled();
    for (const t of [1_004, 1_008, 1_000 + FAIR_YIELD_EVERY_MS - 1]) {
      now = t;
      await yieldToMain();
    }
    expect(schedulerYield).toHaveBeenCalledTimes(3);
    now = 1_000 + FAIR_YIELD_EVERY_MS;
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
