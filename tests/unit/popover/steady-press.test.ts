import { describe, expect, it } from 'vitest';
import { AIMED_MAX_SPEED, pressVerdict, slipDistance, speedBefore, type PressStart, type Sample } from '../../../src/popover/steady-press';

/** A 5 Hz tremor of ±`amp` px around (x, y), sampled every 8 ms for `ms` (with a slow drift of 2 px/s). */
function tremor(x: number, y: number, amp: number, ms: number, t0 = 0): Sample[] {
  return Array.from({ length: Math.floor(ms / 8) }, (_, i) => {
    const t = t0 + i * 8;
    const phase = 2 * Math.PI * 5 * (t / 1000);
    return { x: x + amp * Math.sin(phase) + (t / 1000) * 2, y: y + amp * 0.6 * Math.cos(phase * 1.3), t };
  });
}

/** A straight move at `speed` px/ms from (x0, y) for `ms`. */
function sweep(x0: number, y: number, speed: number, ms: number, t0 = 0): Sample[] {
  return Array.from({ length: Math.floor(ms / 8) }, (_, i) => ({ x: x0 + speed * i * 8, y, t: t0 + i * 8 }));
}

function press(samples: readonly Sample[], term: string | null, inPopover = false): PressStart<string> {
  const at = samples[samples.length - 1]!;
  return { ...at, term, inPopover, speed: speedBefore(samples, at.t) };
}

const on = (x: number, y: number, term: string | null = null, inPopover = false) => ({ x, y, term, inPopover });

describe('a press is judged by where it began', () => {
  for (const amp of [3, 10, 15]) {
    it(`with a 5 Hz tremor of ±${amp} px, a press on a term pins it though the release slips 14-45 px away`, () => {
      const before = tremor(200, 100, amp, 400);
      const start = press(before, 'dystonia');
      expect(start.speed).toBeLessThan(AIMED_MAX_SPEED);
      for (const slip of [14, 30, 45]) {
        expect(pressVerdict(start, on(start.x + slip, start.y, null), 12)).toEqual({ kind: 'pin', term: 'dystonia' });
        // Released on another term, or where the browser would call it a click outside: still this one.
        expect(pressVerdict(start, on(start.x, start.y + slip, 'putamen'), 12)).toEqual({ kind: 'pin', term: 'dystonia' });
      }
    });
  }

  it('a press during a dystonic jerk (38 px in 24 ms) does not pin the term it passes; one after the pointer settles does', () => {
    const rest = tremor(200, 100, 6, 300);
    const jerk = sweep(rest[rest.length - 1]!.x, 100, 1.6, 32, 300);
    expect(press([...rest, ...jerk], 'dystonia').speed).toBeGreaterThan(AIMED_MAX_SPEED);
    expect(pressVerdict(press([...rest, ...jerk], 'dystonia'), on(240, 100), 12)).toEqual({ kind: 'none' });
    // 60 ms later the pointer has settled: a press there pins.
    const settled = tremor(240, 100, 6, 120, 330);
    expect(pressVerdict(press([...rest, ...jerk, ...settled], 'dystonia'), on(250, 100), 12).kind).toBe('pin');
  });

  it('a press made while sweeping across a term at 2 px/ms does not pin it', () => {
    const start = press(sweep(0, 100, 2, 200), 'dystonia');
    expect(start.speed).toBeGreaterThan(1.5);
    expect(pressVerdict(start, on(start.x + 10, 100, 'dystonia'), 12)).toEqual({ kind: 'none' });
  });

  it('a press dragged farther than the slip distance is a drag: nothing happens', () => {
    const start = press(tremor(200, 100, 3, 200), 'dystonia');
    expect(pressVerdict(start, on(start.x + slipDistance(12) + 1, start.y), 12)).toEqual({ kind: 'none' });
  });

  it('the slip distance grows with the wander radius: 48 px at 12 px, 96 px at 24 px', () => {
    expect(slipDistance(12)).toBe(48);
    expect(slipDistance(24)).toBe(96);
    const start = press(tremor(200, 100, 15, 300), 'dystonia');
    expect(pressVerdict(start, on(start.x + 70, start.y), 12).kind).toBe('none');
    expect(pressVerdict(start, on(start.x + 70, start.y), 24).kind).toBe('pin');
  });

  it('a press outside that ends outside dismisses; one that ends on a term or in the popover does not', () => {
    const start = press(tremor(600, 400, 6, 200), null);
    expect(pressVerdict(start, on(610, 405), 12)).toEqual({ kind: 'dismiss' });
    expect(pressVerdict(start, on(640, 405, 'putamen'), 12)).toEqual({ kind: 'none' });
    expect(pressVerdict(start, on(640, 405, null, true), 12)).toEqual({ kind: 'none' });
  });

  it('the speed is how far the pointer went in the last SPEED_WINDOW_MS: a tremor in place is slow, one sample says nothing', () => {
    expect(speedBefore(tremor(0, 0, 15, 1000), 992)).toBeLessThan(0.5);
    expect(speedBefore([{ x: 0, y: 0, t: 0 }], 0)).toBe(0);
    // It flew in, then stopped before the window: it did not move in it.
    expect(
      speedBefore(
        [
          { x: 0, y: 0, t: 0 },
          { x: 500, y: 0, t: 10 },
          { x: 500, y: 0, t: 120 },
          { x: 501, y: 0, t: 140 },
        ],
        140,
      ),
    ).toBeCloseTo(1 / 30, 5);
    // Events that come far apart (a slow event stream) still show a move made within the window.
    expect(
      speedBefore(
        [
          { x: 0, y: 0, t: 0 },
          { x: 60, y: 0, t: 45 },
        ],
        50,
      ),
    ).toBeCloseTo(2, 5);
  });

  it('a press inside the open explanation keeps it (pins it), wherever it is released: how a term that is a link is pinned', () => {
    const start = press(tremor(500, 300, 6, 300), null, true);
    expect(pressVerdict(start, on(start.x + 30, start.y, null, true), 12)).toEqual({ kind: 'keep' });
    expect(pressVerdict(start, on(start.x + 80, start.y + 80, null, false), 12)).toEqual({ kind: 'keep' });
  });
});
