/**
 * Blocks whose highlights are drawn without a line (Firefox only; issue #12, security review H7).
 *
 * Firefox lays a block's text out again when a highlight with a text decoration changes over
 * it (one range added, the active term moved): about 2 µs per inline element, every time.
 * Measured on 50,000 sibling spans in one block, Firefox 140: the page's own timers paused
 * 162-225 ms at each change; with the same highlights drawn as a fill only, 64-76 ms.
 * Chromium repaints without laying out, so it keeps the line everywhere.
 */

/** A block with more elements than this inside it is dense: a change costs a visible pause. */
export const DENSE_BLOCK_ELEMENTS = 2_000;

export class DenseBlocks {
  private readonly known = new WeakMap<Element, boolean>();

  /** `linesCostLayout`: whether decorated highlights make the browser lay text out again (Firefox). */
  constructor(private readonly linesCostLayout: boolean) {}

  /**
   * Whether `block`'s highlights are drawn without a line. Decided once per block, when its
   * first term is drawn: a block that grows dense later keeps its lines (at worst slower
   * changes), and a term never switches look under the reader's eyes.
   */
  isDense(block: Element): boolean {
    if (!this.linesCostLayout) return false;
    let dense = this.known.get(block);
    if (dense === undefined) {
      // A live collection's length is counted without building a list of the elements.
      dense = block.getElementsByTagName('*').length > DENSE_BLOCK_ELEMENTS;
      this.known.set(block, dense);
    }
    return dense;
  }
}
