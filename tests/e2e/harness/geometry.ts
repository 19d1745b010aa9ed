/** Box arithmetic shared by the e2e tests that check where the explanation sits. */

export interface Edges {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const edges = (b: { x: number; y: number; width: number; height: number }): Edges => ({
  left: b.x,
  top: b.y,
  right: b.x + b.width,
  bottom: b.y + b.height,
});

/** Whether two boxes share area; touching edges do not count, nor an overlap of up to `allowance` px (sub-pixel rounding). */
export const overlaps = (a: Edges, b: Edges, allowance = 0): boolean =>
  a.left < b.right - allowance && b.left < a.right - allowance && a.top < b.bottom - allowance && b.top < a.bottom - allowance;
