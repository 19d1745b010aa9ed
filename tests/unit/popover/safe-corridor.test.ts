import { describe, expect, it } from 'vitest';
import { convexHull, distanceToBox, insideConvex, isApproaching, onSameLine, safeCorridor } from '../../../src/popover/safe-corridor';

describe('safe corridor', () => {
  // A term left at (100, 110); the popover below it, 10 px lower, 300 × 200.
  const popover = { left: 80, top: 130, right: 380, bottom: 330 };
  const corridor = safeCorridor({ x: 100, y: 110 }, popover, 12);

  it('contains the straight path from the exit point to any point of the popover', () => {
    for (const target of [
      { x: 80, y: 130 },
      { x: 380, y: 130 },
      { x: 230, y: 230 },
    ]) {
      for (let f = 0; f <= 1; f += 0.1)
        expect(insideConvex({ x: 100 + (target.x - 100) * f, y: 110 + (target.y - 110) * f }, corridor)).toBe(true);
    }
  });

  it('tolerates tremor at the start of the path, where a plain triangle is thinnest', () => {
    expect(insideConvex({ x: 100 - 10, y: 110 - 8 }, corridor)).toBe(true);
    expect(insideConvex({ x: 100 + 11, y: 110 + 3 }, corridor)).toBe(true);
  });

  it('excludes moving away from the popover, or sideways past it', () => {
    expect(insideConvex({ x: 100, y: 60 }, corridor)).toBe(false);
    expect(insideConvex({ x: 40, y: 112 }, corridor)).toBe(false);
    expect(insideConvex({ x: 420, y: 140 }, corridor)).toBe(false);
  });

  it('builds a convex hull without interior points', () => {
    const hull = convexHull([
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
      { x: 0, y: 10 },
      { x: 5, y: 5 },
    ]);
    expect(hull).toHaveLength(4);
    expect(hull).not.toContainEqual({ x: 5, y: 5 });
    expect(insideConvex({ x: 5, y: 5 }, hull)).toBe(true);
    expect(insideConvex({ x: 11, y: 5 }, hull)).toBe(false);
    expect(insideConvex({ x: 0, y: 0 }, [])).toBe(false);
  });
});

/** A 5 Hz tremor of ±amp px (vertical swing 0.6 of it) added to a straight move from `from` to `to` over `ms`, sampled every 16 ms. */
function tremblingMove(from: { x: number; y: number }, to: { x: number; y: number }, amp: number, ms: number) {
  return Array.from({ length: Math.floor(ms / 16) + 1 }, (_, i) => {
    const f = (i * 16) / ms;
    const phase = 2 * Math.PI * 5 * ((i * 16) / 1000);
    return { x: from.x + (to.x - from.x) * f + amp * Math.sin(phase), y: from.y + (to.y - from.y) * f + amp * 0.6 * Math.cos(phase * 1.3) };
  });
}

describe('heading for the popover (which terms on the way get the long dwell)', () => {
  // The term's line at y 110, the next line at 140, the popover below both (issue #14 placement).
  const popover = { left: 100, top: 160, right: 548, bottom: 560 };
  const exit = { x: 182, y: 110 };

  it('measures the distance to the nearest point of the box', () => {
    expect(distanceToBox({ x: 300, y: 300 }, popover)).toBe(0);
    expect(distanceToBox({ x: 300, y: 100 }, popover)).toBe(60);
    expect(distanceToBox({ x: 40, y: 100 }, popover)).toBeCloseTo(Math.hypot(60, 60));
  });

  for (const amp of [0, 3, 10, 15]) {
    it(`a move along the line to the next term, with a ${amp ? `5 Hz ±${amp} px tremor` : 'steady hand'}, is not heading for the popover`, () => {
      // Radius as calibrated for that hand: the default 12 px, 16 px for the ±15 px tremor.
      const radius = amp > 12 ? 16 : 12;
      for (const p of tremblingMove(exit, { x: 320, y: 110 }, amp, 400))
        expect(isApproaching(exit, p, popover, 2 * radius), JSON.stringify(p)).toBe(false);
    });

    it(`a move down to the popover, with a ${amp ? `5 Hz ±${amp} px tremor` : 'steady hand'}, is heading for it by the time it crosses the next line`, () => {
      const radius = amp > 12 ? 16 : 12;
      const path = tremblingMove(exit, { x: 260, y: 200 }, amp, 300);
      const onNextLine = path.filter((p) => p.y >= 135 && p.y <= 150);
      expect(onNextLine.length).toBeGreaterThan(0);
      for (const p of onNextLine) expect(isApproaching(exit, p, popover, 2 * radius), JSON.stringify(p)).toBe(true);
    });
  }
});

describe('onSameLine', () => {
  const word = (left: number, top: number) => ({ left, top, right: left + 60, bottom: top + 20 });
  it('two words on one line share it, however far apart; the next line does not', () => {
    expect(onSameLine([word(0, 100)], [word(400, 101)])).toBe(true);
    expect(onSameLine([word(0, 100)], [word(0, 130)])).toBe(false);
  });
  it('a term wrapped across two lines shares a line with a word on either of them', () => {
    expect(onSameLine([word(500, 100), word(0, 130)], [word(200, 130)])).toBe(true);
    expect(onSameLine([word(500, 100), word(0, 130)], [word(200, 160)])).toBe(false);
  });
});
