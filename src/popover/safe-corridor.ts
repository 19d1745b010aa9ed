/**
 * The "safe polygon" between a term and its popover, as pure geometry.
 *
 * When the pointer leaves the term on its way to the popover it crosses page text, maybe
 * other terms. While it stays inside the corridor from where it left the term to the
 * popover, the popover stays open and other terms do not steal it. The apex is not a
 * point but a square of `tolerance` px around the exit point: a tremor wobbles the path
 * sideways, most of all at the start, where a plain triangle is thinnest.
 */
export interface Point {
  x: number;
  y: number;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Convex hull (Andrew's monotone chain), vertices in order around the hull. */
export function convexHull(points: readonly Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  if (sorted.length < 3) return sorted;
  const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const half = (pts: Point[]) => {
    const out: Point[] = [];
    for (const p of pts) {
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, p) <= 0) out.pop();
      out.push(p);
    }
    out.pop();
    return out;
  };
  return [...half(sorted), ...half([...sorted].reverse())];
}

/** The corridor from an exit point to the popover's box (the popover itself included). */
export function safeCorridor(exit: Point, popover: Box, tolerance: number): Point[] {
  const { x, y } = exit;
  const r = tolerance;
  return convexHull([
    { x: x - r, y: y - r },
    { x: x + r, y: y - r },
    { x: x + r, y: y + r },
    { x: x - r, y: y + r },
    { x: popover.left, y: popover.top },
    { x: popover.right, y: popover.top },
    { x: popover.right, y: popover.bottom },
    { x: popover.left, y: popover.bottom },
  ]);
}

/** Whether `p` lies inside (or on the edge of) a convex polygon given in hull order. */
export function insideConvex(p: Point, polygon: readonly Point[]): boolean {
  if (polygon.length < 3) return false;
  let sign = 0;
  for (let i = 0; i < polygon.length; i++) {
    const a = polygon[i]!;
    const b = polygon[(i + 1) % polygon.length]!;
    const c = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
    if (c === 0) continue;
    if (sign === 0) sign = Math.sign(c);
    else if (Math.sign(c) !== sign) return false;
  }
  return true;
}

/** How far `p` is from the nearest point of `box` (0 inside it). */
export function distanceToBox(p: Point, box: Box): number {
  const dx = Math.max(box.left - p.x, 0, p.x - box.right);
  const dy = Math.max(box.top - p.y, 0, p.y - box.bottom);
  return Math.hypot(dx, dy);
}

/**
 * Whether the pointer, since it left the term at `exit`, has come closer to the popover by
 * more than a tremor's worth (`tolerance`: twice the wander radius, the tremor's full swing): only then is a term it passes over "on the way"
 * and given the long dwell. A move along the line to the next term keeps its distance to a
 * popover above or below, and opens that term at the normal rest (issue #14: it took ~950 ms).
 */
export function isApproaching(exit: Point, p: Point, popover: Box, tolerance: number): boolean {
  return distanceToBox(p, popover) < distanceToBox(exit, popover) - tolerance;
}

/** Whether two terms share a line: the middle of a box of one lies within the height of a box of the other. */
export function onSameLine(a: readonly Box[], b: readonly Box[]): boolean {
  const within = (y: number, box: Box) => y > box.top && y < box.bottom;
  return a.some((x) => b.some((y) => within((x.top + x.bottom) / 2, y) || within((y.top + y.bottom) / 2, x)));
}
