import { describe, expect, it } from 'vitest';
import { convexHull, insideConvex, safeCorridor } from '../../../src/popover/safe-corridor';

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
      for (let f = 0; f <= 1; f += 0.1) expect(insideConvex({ x: 100 + (target.x - 100) * f, y: 110 + (target.y - 110) * f }, corridor)).toBe(true);
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
