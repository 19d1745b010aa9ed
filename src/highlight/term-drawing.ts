/**
 * How a page's highlights are drawn, and what the page's own changes do to them (issue #12).
 *
 * Two renderers behind one owner:
 * - **paint** (paint-renderer.ts): the CSS Custom Highlight API over the page's own text
 *   nodes. Nothing in the page changes. The default.
 * - **elements** (highlight-terms.ts): `<mark>` elements, for users who want terms as real
 *   elements (Tab stops, a screen reader's description on each term). Chosen in settings.
 *
 * Even in elements mode, text the page would be hurt by our marks is painted instead:
 * - the whole page when it was rendered on a server for a framework to hydrate (React's
 *   hydration fails on any changed text node: security review H5);
 * - a block the page streams text into (C1), or keeps undoing our marks in (M9);
 * - a block too long to read in one run, or a text node over HUGE_NODE_CHARS (splitting
 *   it copies the rest of the node for every term: H7);
 * - text that is itself a flex or grid item (a mark would become an item of its own).
 */
import { HighlightRegistry } from './highlight-registry';
import { wrapOccurrences, type TermOccurrence } from './highlight-terms';
import { canWrapWithoutLayoutChange, type DisplayCache } from './layout-safety';
import type { MutationChanges } from './mutation-changes';
import { highlightApi, PaintRenderer } from './paint-renderer';
import type { TextRun } from './text-runs';

export type { HighlightMethod } from '../settings/settings';
import type { HighlightMethod } from '../settings/settings';

/** Splitting a text node copies its rest: past this size, terms in it are painted. */
const HUGE_NODE_CHARS = 10_000;
/** A block the page undoes our marks in this many times within FIGHT_WINDOW_MS is painted from then on. */
const FIGHTS_BEFORE_PAINT = 3;
const FIGHT_WINDOW_MS = 10_000;

/** What server-rendered framework pages carry before they hydrate. */
const HYDRATION_MARKERS =
  '#__next, #__nuxt, #___gatsby, [data-reactroot], [data-server-rendered], [ng-version], [ng-server-context], [data-sveltekit-hydrate], script#__NEXT_DATA__, astro-island';

export class TermDrawing {
  readonly registry = new HighlightRegistry();
  readonly paint: PaintRenderer | null;
  readonly method: HighlightMethod;
  /** Blocks whose terms are painted even in elements mode. */
  private readonly paintOnly = new WeakSet<Node>();
  private readonly fights = new WeakMap<Node, number[]>();
  private readonly wraps = new WeakMap<Node, number[]>();
  private readonly pagePaintOnly: boolean;

  /** `linesCostLayout`: see PaintRenderer. */
  constructor(doc: Document, method: HighlightMethod, linesCostLayout = false) {
    const api = highlightApi(doc.defaultView);
    this.paint = api ? new PaintRenderer(doc, api, linesCostLayout) : null;
    // Without the Highlight API (an old browser) elements are the only way.
    this.method = method === 'paint' && this.paint ? 'paint' : 'elements';
    this.pagePaintOnly = this.method === 'elements' && this.paint !== null && doc.querySelector(HYDRATION_MARKERS) !== null;
  }

  /** Which renderer draws these pieces of `run` (in `block`), or null when neither may. */
  rendererFor(run: TextRun, block: Node, occurrence: TermOccurrence, displays: DisplayCache): HighlightMethod | null {
    if (this.method === 'paint') return 'paint';
    const wrappable =
      !this.pagePaintOnly &&
      !this.paintOnly.has(block) &&
      !run.cut &&
      run.seenBefore === 0 &&
      occurrence.pieces.every((p) => p.node.data.length <= HUGE_NODE_CHARS && canWrapWithoutLayoutChange(p.node, displays));
    if (wrappable) return 'elements';
    return this.paint ? 'paint' : null;
  }

  /** Draws the occurrences; returns how many elements were inserted (the layout pacer counts those). */
  draw(wrapped: readonly TermOccurrence[], painted: readonly TermOccurrence[], blockOf: (node: Node) => Node): number {
    this.paint?.draw(painted);
    // A block wrapped again and again is one the page keeps undoing (however it does it:
    // rewriting the text under our marks, or replacing them all with fresh text).
    for (const block of new Set(wrapped.map((o) => blockOf(o.pieces[0]!.node)))) this.noteWrap(block);
    let marks = 0;
    wrapOccurrences(wrapped, (mark) => {
      this.registry.recordMark(mark);
      marks++;
    });
    return marks;
  }

  /** Nodes of ours (marks and the fragments splitting left), which are never read as page text. */
  isOurs(node: Node): boolean {
    return this.registry.isOurs(node);
  }

  /** Highlights drawn, of either kind (the eager limit counts these). */
  get drawn(): number {
    return this.registry.markCount + (this.paint?.size ?? 0);
  }

  /** Each highlight drawn, by entry, with a node it sits in (the reading density's bookkeeping). */
  *highlights(): Generator<{ entryId: string; node: Node }> {
    for (const mark of this.registry.allMarks()) {
      const entryId = mark.dataset.glossaryTerm;
      if (entryId) yield { entryId, node: mark };
    }
    for (const painted of this.paint?.occurrences() ?? []) yield { entryId: painted.entryId, node: painted.pieces[0]!.node };
  }

  counts(): Map<string, number> {
    const counts = this.registry.counts();
    for (const [id, n] of this.paint?.counts() ?? []) counts.set(id, (counts.get(id) ?? 0) + n);
    return counts;
  }

  /**
   * Applies the page's changes to what is drawn (call inside the highlighter's own-mutation
   * guard: undoing splits writes to the DOM). Returns the text nodes moved out of the way
   * that the page still shows, to be read again.
   */
  applyPageChanges(changes: MutationChanges, blockOf: (node: Node) => Node): Text[] {
    const reread: Text[] = [];
    for (const { text, before, added } of changes.appended) {
      // The page extended the head we left it: give it back its whole text, plus what it added.
      text.data = before;
      this.registry.restore(text);
      text.data += added;
      this.paintFromNowOn(blockOf(text));
    }
    for (const text of changes.rewritten) {
      this.registry.dropParts(text);
      this.noteFight(blockOf(text));
    }
    for (const text of changes.removed) {
      this.registry.restore(text);
      if (text.isConnected) reread.push(text);
    }
    for (const el of changes.nowExcluded) this.registry.restoreAll(el);
    if (this.paint && this.paint.size > 0) {
      this.paint.forgetNodes([...changes.changedText, ...changes.removedText]);
      if (changes.removedElements) this.paint.forgetDisconnected();
      for (const el of changes.nowExcluded) this.paint.forgetNodes(textsIn(el));
    }
    return reread;
  }

  /** Removes the highlights whose text is one of `texts` (abbreviations the page has just defined otherwise). */
  forgetTexts(texts: readonly string[]): void {
    const wrong = this.registry.marksWithText(texts);
    if (wrong.length > 0) this.registry.restoreMarks(wrong);
    this.paint?.forgetWhere((o) => texts.includes(o.text));
  }

  /** Removes every highlight, restoring the page's own text nodes exactly. */
  clearAll(): void {
    this.registry.restoreAll();
    this.paint?.clear();
  }

  stop(): void {
    this.registry.restoreAll();
    this.paint?.dispose();
  }

  /** Terms in `block` are painted from now on (or, with no Highlight API, left alone). */
  private paintFromNowOn(block: Node): void {
    this.paintOnly.add(block);
  }

  /** Terms were wrapped in `block`: the first time is the page's text, each time after it a page that undid them (M9). */
  private noteWrap(block: Node): void {
    if (countRecent(this.wraps, block) > FIGHTS_BEFORE_PAINT) this.paintFromNowOn(block);
  }

  /** The page undid our marks in `block` once more: past a few times, stop fighting it (M9). */
  private noteFight(block: Node): void {
    if (countRecent(this.fights, block) >= FIGHTS_BEFORE_PAINT) this.paintFromNowOn(block);
  }
}

/** Records one more event for `block` and returns how many fell within the last FIGHT_WINDOW_MS. */
function countRecent(times: WeakMap<Node, number[]>, block: Node): number {
  const now = Date.now();
  const recent = (times.get(block) ?? []).filter((t) => now - t < FIGHT_WINDOW_MS);
  recent.push(now);
  times.set(block, recent);
  return recent.length;
}

function textsIn(root: Node): Text[] {
  const texts: Text[] = [];
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  return texts;
}
