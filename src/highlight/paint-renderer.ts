/**
 * Highlights that change nothing in the page (issue #12): each occurrence is a StaticRange
 * over the page's own text nodes, added to one Highlight registered in `CSS.highlights` and
 * painted by `::highlight(dystonia-glossary)` (highlight.css). No element is inserted, no text
 * node is split, so the page's DOM, its text, `childNodes`, structural selectors, labels,
 * editors and framework hydration all stay exactly as the page made them.
 *
 * StaticRanges do not follow the page's edits (live Ranges would, but every live Range is
 * visited by the browser on every DOM change). The page highlighter forgets the occurrences
 * of a text node the page changes, in the mutation observer's callback, before the next
 * paint, and reads that text again.
 *
 * Hit-testing (`occurrenceAt`): the caret position under the pointer, looked up in an index
 * of occurrences by text node, then checked against the range's boxes.
 */
import { composedOrder } from './composed-order';
import { DenseBlocks } from './dense-blocks';
import type { TermOccurrence } from './highlight-terms';
import { PaintWindow, type Windowed } from './paint-window';
import { HIGHLIGHT_NAMES } from '../contracts/dom';

const NAMES = [HIGHLIGHT_NAMES.paint, HIGHLIGHT_NAMES.active, HIGHLIGHT_NAMES.lineless, HIGHLIGHT_NAMES.linelessActive];

/**
 * An occurrence as drawn. Its StaticRange is made when first needed (registered, measured,
 * made active): past a few hundred occurrences most are never registered (paint-window.ts),
 * and making one costs 2-4 µs in Chromium 156, 20-47 ms for the 11,000 terms of one 100 KB
 * text node.
 */
class Painted implements TermOccurrence, Windowed {
  readonly id: string;
  readonly entryId: string;
  readonly text: string;
  readonly pieces: TermOccurrence['pieces'];
  readonly startNode: Text;
  block?: Element;
  lineless?: boolean;
  private made: StaticRange | null = null;

  constructor(
    occurrence: TermOccurrence,
    private readonly view: typeof globalThis,
  ) {
    this.id = occurrence.id;
    this.entryId = occurrence.entryId;
    this.text = occurrence.text;
    this.pieces = occurrence.pieces;
    this.startNode = occurrence.pieces[0]!.node;
  }

  get range(): StaticRange {
    if (this.made) return this.made;
    const first = this.pieces[0]!;
    const last = this.pieces[this.pieces.length - 1]!;
    return (this.made = new this.view.StaticRange({
      startContainer: first.node,
      startOffset: first.start,
      endContainer: last.node,
      endOffset: last.end,
    }));
  }
}

/** The parts of the Highlight API the renderer uses (absent in older browsers and in happy-dom). */
interface HighlightApi {
  registry: { set(name: string, highlight: unknown): unknown; delete(name: string): unknown };
  create(): { add(range: AbstractRange): void; delete(range: AbstractRange): void; clear(): void; priority: number };
}

export function highlightApi(view: Window | null): HighlightApi | null {
  const css = (view as unknown as { CSS?: { highlights?: HighlightApi['registry'] } } | null)?.CSS;
  const Ctor = (view as unknown as { Highlight?: new () => ReturnType<HighlightApi['create']> } | null)?.Highlight;
  if (!css?.highlights || typeof Ctor !== 'function') return null;
  return { registry: css.highlights, create: () => new Ctor() };
}

export class PaintRenderer {
  private readonly active: ReturnType<HighlightApi['create']>;
  private readonly linelessActive: ReturnType<HighlightApi['create']>;
  private readonly byId = new Map<string, Painted>();
  private readonly byNode = new Map<Text, Set<Painted>>();
  private activeId: string | null = null;
  /** Which of the two active highlights holds the active term's range. */
  private activeIn: ReturnType<HighlightApi['create']> | null = null;
  /** Which occurrences are registered with the browser: past a few hundred, those near the viewport (paint-window.ts). */
  private readonly window: PaintWindow<Painted>;

  /** `linesCostLayout`: the browser lays text out again when a decorated highlight changes (Firefox; dense-blocks.ts). */
  constructor(
    private readonly doc: Document,
    private readonly api: HighlightApi,
    linesCostLayout = false,
  ) {
    const [lined, active, lineless, linelessActive] = NAMES.map((name) => {
      const highlight = api.create();
      api.registry.set(name, highlight);
      return highlight;
    }) as [
      ReturnType<HighlightApi['create']>,
      ReturnType<HighlightApi['create']>,
      ReturnType<HighlightApi['create']>,
      ReturnType<HighlightApi['create']>,
    ];
    this.active = active;
    this.linelessActive = linelessActive;
    active.priority = 1;
    linelessActive.priority = 1;
    this.window = new PaintWindow(doc, lined, lineless, new DenseBlocks(linesCostLayout));
  }

  get size(): number {
    return this.byId.size;
  }

  draw(occurrences: readonly TermOccurrence[]): void {
    const view = this.doc.defaultView as unknown as typeof globalThis;
    for (const occurrence of occurrences) {
      if (occurrence.pieces.length === 0) continue;
      const painted = new Painted(occurrence, view);
      this.byId.set(occurrence.id, painted);
      for (const piece of occurrence.pieces) {
        let set = this.byNode.get(piece.node);
        if (!set) this.byNode.set(piece.node, (set = new Set()));
        set.add(painted);
      }
      this.window.add(painted);
    }
  }

  /** Forgets every occurrence with a piece in one of `nodes` (the page changed or removed them). Returns how many went. */
  forgetNodes(nodes: Iterable<Text>): number {
    let forgotten = 0;
    for (const node of nodes) {
      const painted = this.byNode.get(node);
      if (!painted) continue;
      for (const p of [...painted]) {
        this.forget(p);
        forgotten++;
      }
    }
    return forgotten;
  }

  /** Forgets occurrences whose text nodes left the document (a removed subtree). */
  forgetDisconnected(): number {
    let forgotten = 0;
    for (const p of [...this.byId.values()]) {
      if (p.pieces.every((piece) => piece.node.isConnected)) continue;
      this.forget(p);
      forgotten++;
    }
    return forgotten;
  }

  forgetWhere(test: (occurrence: TermOccurrence) => boolean): void {
    for (const p of [...this.byId.values()]) if (test(p)) this.forget(p);
  }

  /** Whether some occurrence has a piece in `node`. */
  holds(node: Text): boolean {
    return this.byNode.has(node);
  }

  clear(): void {
    this.byId.clear();
    this.byNode.clear();
    this.window.clear();
    this.activeIn?.clear();
    this.activeIn = null;
    this.activeId = null;
  }

  /** Removes the highlights from the page for good (the highlighter stops). */
  dispose(): void {
    this.clear();
    for (const name of NAMES) this.api.registry.delete(name);
  }

  /** Occurrences per entry id. */
  counts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const p of this.byId.values()) counts.set(p.entryId, (counts.get(p.entryId) ?? 0) + 1);
    return counts;
  }

  occurrence(id: string): TermOccurrence | undefined {
    return this.byId.get(id);
  }

  /** Every occurrence, in no particular order (cheap: nothing sorted). */
  occurrences(): IterableIterator<TermOccurrence> {
    return this.byId.values();
  }

  /** Every occurrence, in document order. */
  inOrder(): TermOccurrence[] {
    return [...this.byId.values()].sort((a, b) =>
      a.startNode === b.startNode ? a.pieces[0]!.start - b.pieces[0]!.start : composedOrder(a.startNode, b.startNode),
    );
  }

  /** A live Range over an occurrence, for its boxes (measured when needed, never kept). */
  rangeOf(id: string): Range | null {
    const p = this.byId.get(id);
    if (!p || !p.pieces.every((piece) => piece.node.isConnected)) return null;
    const first = p.pieces[0]!;
    const last = p.pieces[p.pieces.length - 1]!;
    const range = this.doc.createRange();
    try {
      range.setStart(first.node, first.start);
      range.setEnd(last.node, last.end);
    } catch {
      return null;
    }
    return range;
  }

  /** The occurrence drawn under a point of the viewport, if any. */
  occurrenceAt(x: number, y: number): TermOccurrence | null {
    const caret = caretAt(this.doc, x, y);
    if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
    const candidates = this.byNode.get(caret.node as Text);
    if (!candidates) return null;
    for (const p of candidates) {
      const range = this.rangeOf(p.id);
      if (!range) continue;
      for (const r of range.getClientRects()) if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return p;
    }
    return null;
  }

  /** Draws one occurrence as the active one (the open explanation, or the one pointed at). */
  setActive(id: string | null): void {
    if (id === this.activeId) return;
    // Only the highlight that holds the term is changed: any change repaints (Firefox: lays out) its text.
    this.activeIn?.clear();
    this.activeIn = null;
    this.activeId = id;
    const p = id === null ? undefined : this.byId.get(id);
    if (!p) return;
    this.activeIn = p.lineless ? this.linelessActive : this.active;
    this.activeIn.add(p.range);
  }

  private forget(p: Painted): void {
    this.byId.delete(p.id);
    this.window.delete(p);
    if (this.activeId === p.id) this.setActive(null);
    for (const piece of p.pieces) {
      const set = this.byNode.get(piece.node);
      set?.delete(p);
      if (set?.size === 0) this.byNode.delete(piece.node);
    }
  }
}

/** The text position under a point: `caretPositionFromPoint` (standard; Firefox, Chromium 128+), else `caretRangeFromPoint`. */
function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}
