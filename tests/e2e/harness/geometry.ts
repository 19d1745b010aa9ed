/** Box arithmetic shared by the e2e tests that check where the explanation sits. */

export interface Edges {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const edges = (b: { x: number; y: number; width: number; height: number }): Edges => ({ left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height });

/** Whether two boxes share area; touching edges and sub-pixel (0.5 px) rounding do not count. */
export const overlaps = (a: Edges, b: Edges): boolean => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
