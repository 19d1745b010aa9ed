import { describe, expect, it } from 'vitest';
import { echoList, echoValue, ECHO_MAX_CHARS } from '../../../src/i18n/echo';

describe('echoed values (security review L4)', () => {
  it('cut long text, never in the middle of an emoji', () => {
    expect(echoValue('short')).toBe('short');
    expect(echoValue('x'.repeat(300_000))).toBe(`${'x'.repeat(ECHO_MAX_CHARS)}…`);
    expect(echoValue('😀'.repeat(100), 3)).toBe('😀😀😀…');
  });

  it('never throw on values String() would choke on', () => {
    expect(echoValue({ toString: 1 })).toBe('{…}');
    expect(echoValue(Object.create(null))).toBe('{…}');
    expect(echoValue([1, 2])).toBe('[…]');
    expect(echoValue(null)).toBe('null');
    expect(echoValue(2.5)).toBe('2.5');
  });

  it('name the first few items of a long list and how many there are', () => {
    expect(echoList(['a', 'b'])).toBe('a, b');
    expect(echoList(Array.from({ length: 20_000 }, (_, i) => `k${i}`))).toBe('k0, k1, k2, k3, k4, k5, k6, k7, … (20000 in all)');
  });
});
