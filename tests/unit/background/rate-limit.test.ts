import { describe, expect, it } from 'vitest';
import { createRateLimit } from '../../../src/background/rate-limit';

describe('createRateLimit', () => {
  it('allows a few acts per window and refuses the rest until the window has passed', () => {
    const limit = createRateLimit({ acts: 3, withinMs: 10_000 });
    expect([0, 1, 2, 3, 4].map((i) => limit.allow(7, 1_000 + i))).toEqual([true, true, true, false, false]);
    expect(limit.allow(7, 10_999)).toBe(false);
    expect(limit.allow(7, 11_000)).toBe(true);
  });

  it('counts each key apart: one tab cannot use up another tab’s acts', () => {
    const limit = createRateLimit({ acts: 1, withinMs: 10_000 });
    expect(limit.allow(1, 0)).toBe(true);
    expect(limit.allow(1, 1)).toBe(false);
    expect(limit.allow(2, 1)).toBe(true);
  });

  it('does not count refused acts: a page hammering the limit is let through again once it waits', () => {
    const limit = createRateLimit({ acts: 2, withinMs: 1_000 });
    for (let t = 0; t < 900; t += 10) limit.allow('tab', t);
    expect(limit.allow('tab', 1_000)).toBe(true);
  });
});
