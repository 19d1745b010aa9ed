/**
 * Owns highlighting for one document over its lifetime: the first pass (what is on screen,
 * then the rest of the page, in slices that yield), incremental passes for what the page
 * adds or changes later, healing of text the page rewrites under our marks, SPA
 * navigations, and an exact undo. The content script talks only to this.
 *
 * In benchmark builds each pass records the User Timing measure `glossary:highlight`, and
 * the first pass `glossary:highlight-viewport` when the screen is done (options.timing).
 */
import { findTerms, PageAbbreviations, type Matcher } from '../matching';
import type { ReadingDensity } from '../settings/settings';
import { HighlightPolicy, type DensityScope } from './highlight-policy';
import type { TermOccurrence } from './highlight-terms';
import { createDisplayCache, laysOutItems, type DisplayCache } from './layout-safety';
import { mutationChanges, OBSERVED } from './mutation-changes';
import { styleShadowRoot } from './shadow-root-styles';
import { isInHeading, SectionFinder } from './reading-sections';
import { blockOf, RunWalker } from './run-walker';
import type { TextRun } from './text-runs';
import { FIRST_PASS_HIT_BUDGET_MS, viewportRoots } from './viewport-roots';
import { LayoutPacer } from './layout-pacer';
import { TermDrawing, type HighlightMethod } from './term-drawing';
import { SliceClock, yieldToMain } from './yield-to-main';

const HIGHLIGHT_MEASURE = 'glossary:highlight';
export const VIEWPORT_MEASURE = 'glossary:highlight-viewport';

/*
 * Every highlight adds boxes that the browser walks again on each frame (Chromium's
 * pre-paint walk is proportional to the page's boxes): on the 5 MB benchmark page, 41,000
 * highlights took a one-character change by the page itself from 15-24 ms of pre-paint
 * per frame to 31-121 ms. Past this many highlights the rest of the page is therefore
 * highlighted where the reader looks: what comes on screen as they scroll.
 */
const EAGER_MARK_LIMIT = 10_000;
/** Pieces wrapped together at most: a few runs' worth, so reads and writes do not alternate run by run. */
const BATCH_PIECES = 256;
/** How often, at most, the screen is checked for text to highlight while scrolling such a page. */
const SCROLL_CHECK_MS = 150;
/** A change of the page is highlighted in its own task when it holds at most this much text in this many pieces of work (a paragraph or two: well under a millisecond). */
const INLINE_REPAINT_CHARS = 2_000;
const INLINE_WORK_ITEMS = 3;

export interface PageHighlighterOptions {
  /** Every occurrence, or once per entry in each section or on the page (headings then left alone). */
  density: ReadingDensity;
  /** Paint over the page's text (the default: nothing in the page changes), or wrap terms in elements. */
  method?: HighlightMethod;
  /** Highlights made ahead of the reader before switching to highlighting on scroll (default EAGER_MARK_LIMIT). */
  eagerMarkLimit?: number;
  /** The browser lays text out again when a decorated highlight changes: Firefox (dense-blocks.ts). Default false. */
  linesCostLayout?: boolean;
  /** Entries that are substances (drugs, brain chemicals), which an "anti-" prefix negates. */
  isSubstance?: (entryId: string) => boolean;
  /**
   * Record the User Timing measures (default false). Any page can read them, and they tell
   * it a health extension is installed (security review M2): only benchmark builds
   * (`WXT_DG_TIMINGS=1`, scripts/bench.ts) turn them on.
   */
  timing?: boolean;
  /**
   * Called after each pass that added or removed highlights (and once after the first pass),
   * with the per-entry counts on the page.
   */
  onCounts?: (counts: ReadonlyMap<string, number>) => void;
}

export interface PageHighlighter {
  /** Highlight counts per entry id currently on the page. */
  counts(): ReadonlyMap<string, number>;
  /** How the highlights are drawn, and where to find them (the popover's hit-testing and navigation). */
  readonly drawing: TermDrawing;
  /** Resolves when no highlighting work is pending. */
  idle(): Promise<void>;
  /** Whether highlighting work is pending now. */
  readonly busy: boolean;
  /** How many passes have finished (tests wait on this, without anything a page could see). */
  readonly passes: number;
  /** Removes every highlight, restoring the page's own text nodes exactly, and stops watching. */
  stop(): void;
}

interface Work {
  roots: Node[];
  /** Walk text even if an earlier pass scanned it (a subtree that stopped being excluded). */
  rescan: boolean;
  /** The visible screen: done in one go, not held to the layout pacer's budget (it is one screen). */
  unpaced?: boolean;
  /** Ahead of the reader (the rest of the page): stops at the eager limit. */
  ahead?: boolean;
  /** Only runs whose text holds one of these (abbreviations the page has just defined). */
  onlyContaining?: string[];
}

/**
 * Starts highlighting and resolves at once, before the first pass is done: on a long page
 * the popover should not wait for the last screen. `idle()` waits for the pass.
 */
export async function startPageHighlighter(doc: Document, matcher: Matcher, options: PageHighlighterOptions): Promise<PageHighlighter> {
  const highlighter = new DocumentHighlighter(doc, matcher, options);
  highlighter.start();
  return highlighter;
}

class DocumentHighlighter implements PageHighlighter {
  readonly drawing: TermDrawing;
  private readonly policy: HighlightPolicy<Node>;
  private abbreviations = new PageAbbreviations();
  private readonly isSubstance: (entryId: string) => boolean;
  /** Occurrence ids: opaque and unique on the page (a random prefix per highlighter, then a counter). */
  private readonly occurrencePrefix = `g${Math.random().toString(36).slice(2, 8)}-`;
  private occurrenceCount = 0;
  private readonly observer: MutationObserver;
  private readonly shadowRoots = new Set<ShadowRoot>();
  private readonly pacer = new LayoutPacer();
  private readonly unstyle: Array<() => void> = [];
  private scanned = new WeakSet<Text>();
  private queue: Work[] = [];
  private afterViewport: Work | null = null;
  /** Past the eager limit: the screen is highlighted as the reader scrolls. */
  private onScreenOnly = false;
  private scrollCheck: ReturnType<typeof setTimeout> | null = null;
  /** When the current page's first pass began, finding what is on screen included. */
  private pageStartedAt = 0;
  private draining: Promise<void> | null = null;
  /** Bumped on navigation and stop, so a pass in flight abandons its walk. */
  private generation = 0;
  private stopped = false;
  private lastCounts: Map<string, number> | null = null;
  /** Marks made since counts were last reported: new marks need describing even if counts are unchanged. */
  private marksMade = 0;
  private pageKey: string;

  constructor(
    private readonly doc: Document,
    private readonly matcher: Matcher,
    private readonly options: PageHighlighterOptions,
  ) {
    this.drawing = new TermDrawing(doc, options.method ?? 'paint', options.linesCostLayout);
    this.policy = new HighlightPolicy<Node>({ density: options.density });
    this.isSubstance = options.isSubstance ?? (() => false);
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.pageKey = pageKeyOf(doc);
  }

  start(): void {
    this.observeAll();
    this.doc.defaultView?.addEventListener('popstate', this.onNavigation);
    // Capture: scrolling inside an element does not bubble, but passes the window on the way down.
    this.doc.defaultView?.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    this.beginPage();
  }

  counts(): ReadonlyMap<string, number> {
    return this.drawing.counts();
  }

  get busy(): boolean {
    return this.draining !== null;
  }

  private finishedPasses = 0;

  get passes(): number {
    return this.finishedPasses;
  }

  async idle(): Promise<void> {
    while (this.draining) await this.draining;
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.generation++;
    this.queue = [];
    this.afterViewport = null;
    this.observer.disconnect();
    this.doc.defaultView?.removeEventListener('popstate', this.onNavigation);
    this.doc.defaultView?.removeEventListener('scroll', this.onScroll, { capture: true });
    if (this.scrollCheck !== null) clearTimeout(this.scrollCheck);
    this.drawing.stop();
    for (const undo of this.unstyle.splice(0)) undo();
  }

  /** Screen first, then the whole page. */
  private beginPage(): void {
    if (this.stopped || !this.doc.body) return;
    this.pageStartedAt = performance.now();
    this.queue.push({ roots: viewportRoots(this.doc, FIRST_PASS_HIT_BUDGET_MS), rescan: false, unpaced: true });
    this.afterViewport = { roots: [this.doc.body], rescan: false, ahead: true };
    void this.drain();
  }

  /** `inline`: the first slice runs now, in the task that changed the page (see onMutations). */
  private drain(inline = false): Promise<void> {
    this.draining ??= this.runPasses(inline).finally(() => {
      this.draining = null;
      // Work queued while the last pass was finishing.
      if (!this.stopped && this.queue.length > 0) void this.drain();
    });
    return this.draining;
  }

  private async runPasses(inline: boolean): Promise<void> {
    const start = performance.now();
    // Whatever started the pass (the highlighter's own start, a batch of the page's mutations)
    // ran in this task already: the first slice gets a task of its own, unless it is a small
    // repaint of what the page just changed.
    if (!inline) await yieldToMain();
    const clock = new SliceClock();
    this.followDrawnForDensity();
    for (;;) {
      if (this.stopped) return;
      let work = this.queue.shift();
      if (!work && this.afterViewport) {
        this.measure(VIEWPORT_MEASURE, Math.min(start, this.pageStartedAt));
        this.reportCounts();
        // Show the screen's highlights in the very next frame.
        await this.endSlice(clock);
        work = this.afterViewport;
        this.afterViewport = null;
      }
      if (!work) {
        const deferred = this.policy.takeDeferredGated();
        if (deferred.length > 0) work = { roots: deferred, rescan: true, ahead: true };
      }
      if (!work) break;
      await this.highlight(work, clock);
    }
    this.measure(HIGHLIGHT_MEASURE, start);
    this.finishedPasses++;
    this.reportCounts();
  }

  /**
   * Walks the work's roots run by run (a block's text across inline markup), wraps the
   * terms each run holds, and yields whenever the slice is spent. A run is scanned and
   * wrapped whole, so nothing is ever left half-done behind a yield (code review F1).
   */
  private async highlight(work: Work, clock: SliceClock): Promise<void> {
    const generation = this.generation;
    const displays = createDisplayCache();
    const sections = new SectionFinder();
    const walker = new RunWalker(work.roots, {
      isOurs: (n) => this.drawing.isOurs(n),
      onShadowRoot: (root) => this.adoptShadowRoot(root),
      laysOutItems: (block) => laysOutItems(block, displays),
    });
    const paced = !work.unpaced;
    // Runs are read a few at a time and their terms wrapped together: style reads and DOM
    // writes alternating run by run would make the browser recompute style for each run.
    const batch = { wrapped: [] as TermOccurrence[], painted: [] as TermOccurrence[] };
    const flush = () => {
      this.draw(batch.wrapped, batch.painted);
      batch.wrapped = [];
      batch.painted = [];
    };
    for (;;) {
      const run = walker.next();
      if (!run) {
        flush();
        return;
      }
      const readBefore = run.nodes.filter((n) => this.scanned.has(n)).length;
      if (!work.rescan && readBefore === run.nodes.length) continue;
      if (work.onlyContaining && !work.onlyContaining.some((s) => run.text.includes(s))) continue;
      for (const n of run.nodes) this.scanned.add(n);
      // Text read again: what was painted over it goes first, or it would be painted twice.
      // (Marks need no such care: their text is ours, and never part of a run.)
      if (readBefore > 0) this.forgetPainted(run.nodes);
      // A huge run (one 100 KB text node) is matched a part at a time, yielding between parts
      // when the slice is used up, so the page's own timers keep running (security review H7).
      const parts = runParts(run.text.length);
      for (let i = 0; i < parts.length; i++) {
        this.termsOf(run, displays, sections, batch, parts[i]!);
        // Drawn part by part, so the slice's clock counts the drawing too: a part's terms
        // take about as long to draw as to find (one 100 KB node: slices of 20-42 ms before).
        // Painting writes nothing to the page, so nothing is laid out between parts.
        if (parts.length > 1) {
          this.draw([], batch.painted);
          batch.painted = [];
        }
        if (i === parts.length - 1 || !clock.expired) continue;
        flush();
        await this.endSlice(clock);
        if (this.stopped || generation !== this.generation) return;
        // The page changed the text meanwhile: the observer has it read again, whole.
        if (!run.unchanged()) break;
      }
      let batchPieces = batch.wrapped.length + batch.painted.length;
      if (batchPieces >= BATCH_PIECES) {
        flush();
        batchPieces = 0;
      }
      if (work.ahead && this.drawing.drawn + batchPieces >= (this.options.eagerMarkLimit ?? EAGER_MARK_LIMIT)) {
        // What this walk has not reached is highlighted when it comes on screen (onScroll):
        // none of it was marked scanned, so nothing is lost.
        flush();
        this.onScreenOnly = true;
        return;
      }
      if (clock.expired || (paced && this.pacer.remaining - batchPieces <= 0)) {
        flush();
        await this.endSlice(clock);
        if (this.stopped || generation !== this.generation) return;
        walker.resumeAfterYield();
      }
    }
  }

  /** Adds the occurrences of one run that the page may show to `batch`, by the renderer that will draw each. */
  private termsOf(
    run: TextRun,
    displays: DisplayCache,
    sections: SectionFinder,
    batch: { wrapped: TermOccurrence[]; painted: TermOccurrence[] },
    part: RunPart,
  ): void {
    if (part.from === 0) {
      const learned = this.abbreviations.learn(run.text, this.matcher);
      if (learned.length > 0) this.onAbbreviationsLearned(learned);
    }
    const block = blockOf(run.nodes[0]!) ?? run.nodes[0]!;
    // The calmer densities leave headings alone: the section under a heading explains its words.
    if (!this.policy.everyOccurrence && isInHeading(run.nodes[0]!)) return;
    const scope = this.scopeOf(block, sections);
    const whole = part.from === 0 && part.to === run.text.length;
    // A part is read with some text either side, so that word edges and terms crossing its
    // end are seen; only the matches that start inside it are its own.
    const readFrom = whole ? 0 : Math.max(0, part.from - PART_CONTEXT_CHARS);
    const text = whole ? run.text : run.text.slice(readFrom, part.to + PART_CONTEXT_CHARS);
    for (const found of findTerms(this.matcher, text, { isSubstance: this.isSubstance, abbreviations: this.abbreviations })) {
      const match = whole ? found : { ...found, start: found.start + readFrom, end: found.end + readFrom };
      if (match.start < part.from || match.start >= part.to) continue;
      // The start of a long block cut in two was read with the part before (run-walker.ts).
      if (match.end <= run.seenBefore) continue;
      const pieces = run.piecesOf(match.start, match.end);
      if (pieces.length === 0) continue;
      const occurrence: TermOccurrence = {
        id: `${this.occurrencePrefix}${++this.occurrenceCount}`,
        entryId: match.entryId,
        text: match.text,
        pieces,
      };
      const renderer = this.drawing.rendererFor(run, block, occurrence, displays);
      if (!renderer || !this.policy.allows(match, block, scope)) continue;
      (renderer === 'elements' ? batch.wrapped : batch.painted).push(occurrence);
    }
  }

  private forgetPainted(nodes: readonly Text[]): void {
    if (!this.drawing.paint?.forgetNodes(nodes)) return;
    this.followDrawnForDensity();
  }

  private scopeOf(node: Node, sections: SectionFinder): DensityScope {
    return this.options.density === 'section' ? sections.sectionOf(node) : null;
  }

  /** The density's bookkeeping follows what is still drawn: a highlight the page removed may be made again. */
  private followDrawnForDensity(): void {
    if (this.policy.everyOccurrence) return;
    const sections = new SectionFinder();
    this.policy.setHighlighted(
      [...this.drawing.highlights()].map(({ entryId, node }) => ({ entryId, scope: this.scopeOf(node, sections) })),
    );
  }

  private draw(wrapped: readonly TermOccurrence[], painted: readonly TermOccurrence[]): void {
    if (wrapped.length + painted.length === 0) return;
    let marks = 0;
    // Painting changes nothing in the page; only wrapping is kept from the observer.
    const blockOfNode = (node: Node) => blockOf(node) ?? node;
    if (wrapped.length > 0) this.asOwnMutations(() => (marks = this.drawing.draw(wrapped, painted, blockOfNode)));
    else this.drawing.draw([], painted, blockOfNode);
    this.marksMade += wrapped.length + painted.length;
    this.pacer.added(marks);
  }

  /**
   * The page has just defined abbreviations: highlights made before with another meaning go,
   * and the text read before is looked at again wherever it holds one of them.
   */
  private onAbbreviationsLearned(shorts: readonly string[]): void {
    this.asOwnMutations(() => this.drawing.forgetTexts(shorts));
    if (this.doc.body) this.queue.push({ roots: [this.doc.body, ...this.shadowRoots], rescan: true, onlyContaining: [...shorts] });
  }

  /** Lays out what the slice changed, then lets the page and the browser run. */
  private async endSlice(clock: SliceClock): Promise<void> {
    this.pacer.settle(this.doc);
    await yieldToMain();
    clock.restart();
  }

  /**
   * Runs a DOM write of ours so that the observer never reports it back (no feedback
   * loop): the page's pending records are handled first, ours are dropped after.
   */
  private asOwnMutations(write: () => void): void {
    const pending = this.observer.takeRecords();
    if (pending.length > 0) this.onMutations(pending);
    // Not observing while we write also spares the garbage of thousands of records.
    this.observer.disconnect();
    try {
      write();
    } finally {
      if (!this.stopped) this.observeAll();
    }
  }

  private observeAll(): void {
    this.observer.observe(this.doc.documentElement, OBSERVED);
    for (const root of this.shadowRoots) this.observer.observe(root, OBSERVED);
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.stopped) return;
    if (pageKeyOf(this.doc) !== this.pageKey) {
      this.onNavigation();
      return;
    }
    const changes = mutationChanges(records, this.drawing.registry);
    let moved: Text[] = [];
    const apply = () => (moved = this.drawing.applyPageChanges(changes, (node) => blockOf(node) ?? node));
    // Undoing splits writes to the DOM; forgetting painted ranges does not.
    if (changes.appended.length + changes.rewritten.length + changes.removed.length + changes.nowExcluded.length > 0)
      this.asOwnMutations(apply);
    else apply();
    // A changed or added text node is read again with its whole block: a term may continue
    // into the text around it (issue #11). Added elements are walked whole.
    const blocks = new Set<Node>();
    const elements: Node[] = [];
    for (const node of [...changes.toHighlight, ...moved]) {
      if (node.nodeType === Node.TEXT_NODE) blocks.add(blockOf(node) ?? node);
      else elements.push(node);
    }
    if (blocks.size > 0) this.queue.push({ roots: [...blocks], rescan: true });
    if (elements.length > 0) this.queue.push({ roots: elements, rescan: false });
    if (changes.toRescan.length > 0) this.queue.push({ roots: changes.toRescan, rescan: true });
    void this.drain(this.repaintsInline());
  }

  /**
   * Whether the queued work is a small change of painted text, best drawn in the task that
   * made it: the browser then paints the page's change and ours in one frame. Our change in a
   * task of its own cost a second frame that repaints every registered highlight: on a page
   * whose paragraph changes 10× a second with 640 ranges, Chromium 156 spent 2.3× the extra
   * frame time (+720 ms against +310 ms in 4 s), Firefox 153 1.8× (+200 against +110 ms).
   * Only painting: marks written in the page's task could meet a framework's own work there.
   */
  private repaintsInline(): boolean {
    if (this.draining || this.drawing.method !== 'paint' || this.queue.length > INLINE_WORK_ITEMS) return false;
    let chars = 0;
    for (const work of this.queue)
      for (const root of work.roots) if ((chars += root.textContent?.length ?? 0) > INLINE_REPAINT_CHARS) return false;
    return true;
  }

  /** On a page past the eager limit, highlights what scrolling brings on screen, a few times a second at most. */
  private readonly onScroll = (): void => {
    if (!this.onScreenOnly || this.stopped || this.scrollCheck !== null) return;
    this.scrollCheck = setTimeout(() => {
      this.scrollCheck = null;
      if (this.stopped) return;
      this.queue.push({ roots: viewportRoots(this.doc), rescan: false, unpaced: true });
      void this.drain();
    }, SCROLL_CHECK_MS);
  };

  /** A new page in a single-page app: context and first occurrences start over. */
  private readonly onNavigation = (): void => {
    const key = pageKeyOf(this.doc);
    if (this.stopped || key === this.pageKey) return;
    this.pageKey = key;
    this.generation++;
    // Everything is walked again, so the old page's pending changes are moot.
    this.observer.takeRecords();
    this.asOwnMutations(() => this.drawing.clearAll());
    this.policy.reset();
    this.abbreviations = new PageAbbreviations();
    this.onScreenOnly = false;
    this.scanned = new WeakSet();
    this.queue = [];
    this.beginPage();
  };

  private adoptShadowRoot(root: ShadowRoot): void {
    if (this.shadowRoots.has(root)) return;
    this.shadowRoots.add(root);
    this.observer.observe(root, OBSERVED);
    this.asOwnMutations(() => this.unstyle.push(styleShadowRoot(root)));
  }

  private reportCounts(): void {
    const counts = this.drawing.counts();
    if (this.lastCounts && this.marksMade === 0 && sameCounts(counts, this.lastCounts)) return;
    this.lastCounts = counts;
    this.marksMade = 0;
    this.options.onCounts?.(counts);
  }

  private measure(name: string, start: number): void {
    if (this.options.timing !== true) return;
    performance.measure(name, { start, end: performance.now(), detail: { terms: this.drawing.counts().size } });
  }
}

/** A page's identity for SPA navigation: the URL without its fragment. */
function pageKeyOf(doc: Document): string {
  const { origin, pathname, search } = doc.location ?? { origin: '', pathname: '', search: '' };
  return origin + pathname + search;
}

function sameCounts(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, n] of a) if (b.get(id) !== n) return false;
  return true;
}

/** Runs longer than this (a paragraph is far shorter) are matched in parts of RUN_PART_CHARS. */
const RUN_WHOLE_CHARS = 8_000;
const RUN_PART_CHARS = 1_000;
/** Text read either side of a part: more than the longest glossary form. */
const PART_CONTEXT_CHARS = 160;

interface RunPart {
  from: number;
  to: number;
}

function runParts(length: number): RunPart[] {
  if (length <= RUN_WHOLE_CHARS) return [{ from: 0, to: length }];
  const parts: RunPart[] = [];
  for (let from = 0; from < length; from += RUN_PART_CHARS) parts.push({ from, to: Math.min(length, from + RUN_PART_CHARS) });
  return parts;
}
