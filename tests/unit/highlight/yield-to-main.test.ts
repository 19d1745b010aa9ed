import { afterEach, describe, expect, it, vi } from 'vitest';
import { SliceClock, yieldToMain } from '../../../src/highlight/yield-to-main';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('yieldToMain', () => {
  it('uses scheduler.yield when the browser has it', async () => {
    const schedulerYield = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: schedulerYield });
    await yieldToMain();
    expect(schedulerYield).toHaveBeenCalledOnce();
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
