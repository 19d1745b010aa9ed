/**
 * Owns highlighting for one document over its lifetime: the first pass (what is on screen,
 * then the rest of the page, in slices that yield), incremental passes for what the page
 * adds or changes later, healing of text the page rewrites under our marks, SPA
 * navigations, and an exact undo. The content script talks only to this.
 *
 * Each pass records the User Timing measure `glossary:highlight` (public contract); the
 * first pass also records `glossary:highlight-viewport` when the screen is done.
 */
import type { Matcher } from '../matching';
import { HighlightPolicy } from './highlight-policy';
import { HighlightRegistry } from './highlight-registry';
import { markTextNodes } from './highlight-terms';
import { canWrapWithoutLayoutChange, createDisplayCache } from './layout-safety';
import { mutationChanges, OBSERVED } from './mutation-changes';
import { styleShadowRoot } from './shadow-root-styles';
import { TextNodeWalker } from './text-node-walker';
import { viewportRoots } from './viewport-roots';
import { LayoutPacer } from './layout-pacer';
import { SliceClock, yieldToMain } from './yield-to-main';

export const HIGHLIGHT_MEASURE = 'glossary:highlight';
export const VIEWPORT_MEASURE = 'glossary:highlight-viewport';

/*
 * Batch limits keep one mark.js call far below the 50 ms long-task threshold whatever the
 * page: mark.js compares every pair of contexts (nodes), a match costs a DOM split, and
 * the clock is consulted between batches. The number of marks per slice is set by the
 * layout pacer.
 */
const BATCH_NODES = 64;
const BATCH_CHARS = 16_000;

/*
 * Every highlight adds boxes that the browser walks again on each frame (Chromium's
 * pre-paint walk is proportional to the page's boxes): on the 5 MB benchmark page, 41,000
 * highlights took a one-character change by the page itself from 15-24 ms of pre-paint
 * per frame to 31-121 ms. Past this many highlights the rest of the page is therefore
 * highlighted where the reader looks: what comes on screen as they scroll.
 */
export const EAGER_MARK_LIMIT = 10_000;
/** How often, at most, the screen is checked for text to highlight while scrolling such a page. */
const SCROLL_CHECK_MS = 150;

export interface PageHighlighterOptions {
  firstOccurrenceOnly: boolean;
  /** Highlights made ahead of the reader before switching to highlighting on scroll (default EAGER_MARK_LIMIT). */
  eagerMarkLimit?: number;
  /** Record the User Timing measures (default true; off for the warm-up run, warm-up.ts). */
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
  /** Resolves when no highlighting work is pending. */
  idle(): Promise<void>;
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
  private readonly registry = new HighlightRegistry();
  private readonly policy: HighlightPolicy;
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
    this.policy = new HighlightPolicy({ firstOccurrenceOnly: options.firstOccurrenceOnly });
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
    return this.registry.counts();
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
    this.registry.restoreAll();
    for (const undo of this.unstyle.splice(0)) undo();
  }

  /** Screen first, then the whole page. */
  private beginPage(): void {
    if (this.stopped || !this.doc.body) return;
    this.pageStartedAt = performance.now();
    this.queue.push({ roots: viewportRoots(this.doc), rescan: false, unpaced: true });
    this.afterViewport = { roots: [this.doc.body], rescan: false, ahead: true };
    void this.drain();
  }

  private drain(): Promise<void> {
    this.draining ??= this.runPasses().finally(() => {
      this.draining = null;
      // Work queued while the last pass was finishing.
      if (!this.stopped && this.queue.length > 0) void this.drain();
    });
    return this.draining;
  }

  private async runPasses(): Promise<void> {
    const start = performance.now();
    const clock = new SliceClock();
    if (this.options.firstOccurrenceOnly) this.policy.setHighlightedEntries(this.registry.counts().keys());
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
    this.reportCounts();
  }

  /** Walks the work's roots, marking batch by batch and yielding whenever the slice is spent. */
  private async highlight(work: Work, clock: SliceClock): Promise<void> {
    const generation = this.generation;
    const walker = new TextNodeWalker(work.roots, {
      isOurs: (t) => this.registry.isOurs(t),
      isScanned: work.rescan ? () => false : (t) => this.scanned.has(t),
      onShadowRoot: (root) => this.adoptShadowRoot(root),
    });
    const displays = createDisplayCache();
    let batch: Text[] = [];
    let chars = 0;
    let walked = 0;
    for (;;) {
      const text = walker.next();
      if (text) {
        this.scanned.add(text);
        if (canWrapWithoutLayoutChange(text, displays)) {
          batch.push(text);
          chars += text.length;
        }
        const batchFull = batch.length >= BATCH_NODES || chars >= BATCH_CHARS;
        // Reading the clock for every node would cost more than the walk itself.
        if (!batchFull && (++walked % 32 !== 0 || !clock.expired)) continue;
      }
      const paced = !work.unpaced;
      if (batch.length > 0) {
        if (paced && this.pacer.remaining <= 0) {
          // The slice may add no more marks: this batch starts the next one.
          await this.endSlice(clock);
          if (this.stopped || generation !== this.generation) return;
          walker.resumeAfterYield();
          batch = batch.filter((t) => t.isConnected);
        }
        this.markBatch(batch, paced, work.ahead);
        batch = [];
        chars = 0;
        if (work.ahead && this.registry.markCount >= (this.options.eagerMarkLimit ?? EAGER_MARK_LIMIT)) {
          // What this walk has not reached is highlighted when it comes on screen (onScroll).
          this.onScreenOnly = true;
          return;
        }
      }
      if (!text) return;
      if (clock.expired || (paced && this.pacer.remaining <= 0)) {
        await this.endSlice(clock);
        if (this.stopped || generation !== this.generation) return;
        walker.resumeAfterYield();
      }
    }
  }

  /** Lays out what the slice changed, then lets the page and the browser run. */
  private async endSlice(clock: SliceClock): Promise<void> {
    this.pacer.settle(this.doc);
    await yieldToMain();
    clock.restart();
  }

  private markBatch(batch: Text[], paced: boolean, ahead = false): void {
    const overflow = new Set<Text>();
    const limit = paced ? this.pacer.remaining : Infinity;
    let wraps = 0;
    this.asOwnMutations(() =>
      markTextNodes(batch, this.matcher, {
        allows: (target, node) => {
          if (wraps >= limit) {
            overflow.add(node);
            return false;
          }
          if (!this.policy.allows(target, node)) return false;
          wraps++;
          return true;
        },
        marked: (mark) => {
          this.registry.recordMark(mark);
          this.marksMade++;
        },
      }),
    );
    this.pacer.added(wraps);
    // What did not fit in this slice continues in a later one (the nodes hold the unmarked rest).
    if (overflow.size > 0) this.queue.unshift({ roots: [...overflow], rescan: true, ahead });
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
    const changes = mutationChanges(records, this.registry);
    const moved: Text[] = [];
    if (changes.rewritten.length + changes.removed.length + changes.nowExcluded.length > 0) {
      this.asOwnMutations(() => {
        for (const text of changes.rewritten) this.registry.dropParts(text);
        for (const text of changes.removed) {
          this.registry.restore(text);
          if (text.isConnected) moved.push(text);
        }
        for (const el of changes.nowExcluded) this.registry.restoreAll(el);
      });
    }
    const toHighlight = [...changes.toHighlight, ...moved];
    if (toHighlight.length > 0) this.queue.push({ roots: toHighlight, rescan: false });
    if (changes.toRescan.length > 0) this.queue.push({ roots: changes.toRescan, rescan: true });
    void this.drain();
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
    this.asOwnMutations(() => this.registry.restoreAll());
    this.policy.reset();
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
    const counts = this.registry.counts();
    if (this.lastCounts && this.marksMade === 0 && sameCounts(counts, this.lastCounts)) return;
    this.lastCounts = counts;
    this.marksMade = 0;
    this.options.onCounts?.(counts);
  }

  private measure(name: string, start: number): void {
    if (this.options.timing === false) return;
    performance.measure(name, { start, end: performance.now(), detail: { terms: this.registry.counts().size } });
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
