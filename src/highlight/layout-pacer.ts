/**
 * Keeps the browser's own work for our highlights inside our slices. Each mark makes the
 * browser lay out (and re-shape) its paragraph again; left to the next frame, the layout
 * for hundreds of marks lands in one rendering task of 100 ms or more, which the page's
 * user feels as jank just like a long script. So each slice lays out what it changed
 * before yielding (the frame that follows has nothing left to do), times that layout, and
 * adapts how many marks the next slice may add.
 *
 * A layout pass has a fixed cost that grows with the page (walking a 5 MB page's boxes
 * takes tens of milliseconds however little changed) plus a cost per changed paragraph.
 * The pacer aims at the fixed cost, estimated as the cheapest pass seen, plus
 * MARGINAL_TARGET_MS: on a small page slices stay short, and on a huge page it does not
 * shrink the budget to nothing while chasing a target below the fixed cost.
 */
const MARGINAL_TARGET_MS = 10;
const MIN_MARKS = 8;
const MAX_MARKS = 2_000;

export class LayoutPacer {
  // Small at first, so the first pass measured is close to the fixed cost.
  private budget = 16;
  private marksThisSlice = 0;
  private cheapestLayoutMs = Infinity;

  /** Marks the current slice may still add. */
  get remaining(): number {
    return this.budget - this.marksThisSlice;
  }

  added(marks: number): void {
    this.marksThisSlice += marks;
  }

  /** Lays out this slice's changes now, inside the slice, and sets the next slice's budget. */
  settle(doc: Document): void {
    if (this.marksThisSlice === 0) return;
    const start = performance.now();
    // Reading a layout property flushes style and layout synchronously.
    void doc.documentElement.getBoundingClientRect();
    const ms = performance.now() - start;
    this.cheapestLayoutMs = Math.min(this.cheapestLayoutMs, ms);
    const marginal = Math.max(0.5, ms - this.cheapestLayoutMs);
    // Grow at most 2× per slice; shrink as fast as the overshoot says.
    const scale = Math.min(2, MARGINAL_TARGET_MS / marginal);
    this.budget = Math.round(Math.min(MAX_MARKS, Math.max(MIN_MARKS, this.budget * scale)));
    this.marksThisSlice = 0;
  }
}
