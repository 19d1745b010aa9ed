/**
 * Measures, in the page, what an open explanation must keep clear (reading-placement.ts):
 * the term's boxes, the text column its line runs across, and where the next line of text
 * ends, wherever it is (the same paragraph, or the next block after a margin).
 *
 * Measured once when an explanation opens and kept as offsets from the term, so that
 * following the term while the page scrolls reads one rectangle, not the text again.
 */
import type { Rect } from './reading-placement';

export interface ReadingLines {
  /** From the term's left edge to the column's left and right edges. */
  columnLeft: number;
  columnRight: number;
  /** From the term's bottom to the next line's bottom. */
  nextLineBelow: number;
}

/** How much text after the term is measured, per text node: a line or two at any width. */
const CHARS_PER_NODE = 400;
/** Text nodes walked before giving up on finding a next line (then one line height is assumed). */
const MAX_NODES = 60;

export function unionOf(boxes: readonly Rect[]): Rect | null {
  const shown = boxes.filter((b) => b.right > b.left || b.bottom > b.top);
  if (shown.length === 0) return null;
  return {
    left: Math.min(...shown.map((b) => b.left)),
    top: Math.min(...shown.map((b) => b.top)),
    right: Math.max(...shown.map((b) => b.right)),
    bottom: Math.max(...shown.map((b) => b.bottom)),
  };
}

/** The nearest ancestor laid out as a block (the paragraph, list item or cell the line belongs to). */
function blockOf(element: Element): Element {
  const view = element.ownerDocument.defaultView;
  for (let el: Element | null = element; el; el = el.parentElement) {
    const display = view?.getComputedStyle(el).display ?? 'block';
    if (!display.startsWith('inline') && display !== 'contents') return el;
  }
  return element.ownerDocument.documentElement;
}

function lineHeightOf(element: Element): number {
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  const fontSize = parseFloat(style?.fontSize ?? '') || 16;
  const lineHeight = parseFloat(style?.lineHeight ?? '');
  // 'normal' is about 1.2 em in every browser's default fonts.
  return Number.isFinite(lineHeight) && lineHeight > 0 ? lineHeight : fontSize * 1.2;
}

/**
 * The bottom of the first line of text below `term`, overlapping the column: text after the
 * term's end in document order, a few hundred characters per node. Null when none is near.
 */
function nextLineBottom(
  doc: Document,
  end: { node: Node; offset: number },
  term: Rect,
  column: { left: number; right: number },
  reach: number,
): number | null {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_TEXT);
  const range = doc.createRange();
  let node: Node | null = end.node;
  let start = end.node.nodeType === Node.TEXT_NODE ? end.offset : 0;
  if (end.node.nodeType !== Node.TEXT_NODE) {
    walker.currentNode = end.node;
    node = walker.nextNode();
    start = 0;
  } else {
    walker.currentNode = end.node;
  }
  for (let n = 0; node && n < MAX_NODES; n++, node = walker.nextNode(), start = 0) {
    const text = node as Text;
    if (start >= text.length || !/\S/.test(text.data.slice(start, start + CHARS_PER_NODE))) continue;
    range.setStart(text, start);
    range.setEnd(text, Math.min(text.length, start + CHARS_PER_NODE));
    let first: DOMRect | null = null;
    for (const r of range.getClientRects()) {
      if (r.height === 0 || r.right <= column.left || r.left >= column.right) continue;
      // On a line below the term's: its middle is past the term's bottom.
      if ((r.top + r.bottom) / 2 <= term.bottom) continue;
      if (!first || r.top < first.top) first = r;
    }
    if (first) return first.top - term.bottom > reach ? null : first.bottom;
  }
  return null;
}

/** What an explanation opened on this term must keep clear, as offsets from the term's box. */
export function measureReadingLines(doc: Document, term: Rect, context: Element, end: { node: Node; offset: number } | null): ReadingLines {
  const block = blockOf(context);
  const blockBox = block.getBoundingClientRect();
  const lineHeight = lineHeightOf(context);
  const column = { left: Math.min(blockBox.left, term.left), right: Math.max(blockBox.right, term.right) };
  const found = end ? nextLineBottom(doc, end, term, column, 4 * lineHeight) : null;
  return {
    columnLeft: column.left - term.left,
    columnRight: column.right - term.left,
    nextLineBelow: found === null ? lineHeight : Math.max(0, found - term.bottom),
  };
}
