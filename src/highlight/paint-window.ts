/**
 * Which painted occurrences are registered with the browser (security review H7).
 *
 * Any change to a registered Highlight (one range added, the active term changed) makes the
 * next frame cost time in proportion to every range registered, wherever it is. Measured in
 * Chromium 156 on one 100 KB text node: one range added to 11,000 registered ranges costs a
 * 597 ms frame, to 3,000 194 ms, to 1,000 49 ms, to 300 27 ms; Firefox 140 is steeper (see
 * SMALL_BLOCK). So up to LIVE_ALL occurrences all are registered, as an ordinary page needs;
 * past it only those of blocks near the viewport (an IntersectionObserver on each block, a
 * screen's height around it), and in a block with many occurrences only those whose boxes
 * are within a quarter of a screen of the viewport (a binary search over their positions: a
 * block's occurrences are in reading order).
 * Everything else stays indexed (counts, "On this page", next/previous) and is registered
 * when scrolling brings it near.
 */
import { DenseBlocks } from './dense-blocks';
import { blockOf } from './run-walker';

/** Up to this many occurrences, all are registered (no observer, no measuring). */
export const LIVE_ALL = 300;
/** The most ever registered at once past LIVE_ALL: a screen and a half of an ordinary article holds about 45; Firefox pays for each range over a node (see SMALL_BLOCK). */
const LIVE_MAX = 80;
/**
 * A block with up to this many occurrences near the viewport registers them all unmeasured.
 * One with more starts windowing whatever the total: Firefox 140 paints a text node's
 * highlights in time that grows with the ranges over it (one 100 KB node: 300 ranges, a
 * 430-500 ms frame; 50, under 60 ms).
 */
const SMALL_BLOCK = 40;
/** Scrolling re-chooses at most this often: each choice that changes something costs a frame. */
const REFRESH_EVERY_MS = 120;
/**
 * While a pass is still drawing, the choice waits until no occurrence has come for this long
 * (at most DRAWING_WAIT_MAX_MS): Firefox 140 repaints a 50,000-span block for 150-200 ms on
 * any change to its highlights, so one change instead of one per batch.
 */
const DRAWING_QUIET_MS = 150;
const DRAWING_WAIT_MAX_MS = 1_000;

export interface Windowed {
  /** Read only for the occurrences registered or measured: it may be made on first use. */
  readonly range: StaticRange;
  /** The node the occurrence starts in (its range's start container). */
  readonly startNode: Node;
  /** The block the occurrence's text belongs to, set by the window. */
  block?: Element;
  /** Drawn without a line (a dense block in Firefox: dense-blocks.ts), set by the window. */
  lineless?: boolean;
}

interface HighlightRanges {
  add(range: AbstractRange): void;
  delete(range: AbstractRange): void;
  clear(): void;
}

export class PaintWindow<T extends Windowed> {
  private readonly live = new Set<T>();
  private readonly blocks = new Map<Element, T[]>();
  /** How many occurrences each block's list still holds that were deleted. */
  private readonly stale = new Map<Element, number>();
  private readonly near = new Set<Element>();
  private observer: IntersectionObserver | null = null;
  private total = 0;
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;
  private lastRefresh = 0;
  private readonly onScroll = () => this.scheduleRefresh();

  /** `lined` draws occurrences as the style setting says; `lineless` those of blocks `dense` says are dense. */
  constructor(
    private readonly doc: Document,
    private readonly lined: HighlightRanges,
    private readonly lineless: HighlightRanges = lined,
    private readonly dense = new DenseBlocks(false),
  ) {}

  /** Whether only the occurrences near the viewport are registered. */
  get windowed(): boolean {
    return this.observer !== null;
  }

  get liveCount(): number {
    return this.live.size;
  }

  add(occurrence: T): void {
    this.total++;
    const block = blockElement(occurrence.startNode, this.doc);
    occurrence.block = block;
    occurrence.lineless = this.dense.isDense(block);
    let list = this.blocks.get(block);
    if (!list) {
      this.blocks.set(block, (list = []));
      this.observer?.observe(block);
    }
    list.push(occurrence);
    if (!this.windowed && (this.total > LIVE_ALL || list.length > SMALL_BLOCK)) this.startWindowing();
    if (this.windowed) this.refreshWhenQuiet();
    else this.register(occurrence);
  }

  delete(occurrence: T): void {
    this.total--;
    if (this.live.delete(occurrence)) this.rangesOf(occurrence).delete(occurrence.range);
    const block = occurrence.block;
    if (!block) return;
    // Left in its block's list until the list is next read: removing each at once would make
    // forgetting a node with thousands of occurrences quadratic.
    occurrence.block = undefined;
    const stale = (this.stale.get(block) ?? 0) + 1;
    this.stale.set(block, stale);
    if (stale < (this.blocks.get(block)?.length ?? 0)) return;
    this.blocks.delete(block);
    this.stale.delete(block);
    this.near.delete(block);
    this.observer?.unobserve(block);
  }

  clear(): void {
    this.stopWindowing();
    this.live.clear();
    this.blocks.clear();
    this.stale.clear();
    this.lined.clear();
    this.lineless.clear();
    this.total = 0;
  }

  private register(occurrence: T): void {
    this.live.add(occurrence);
    this.rangesOf(occurrence).add(occurrence.range);
  }

  private rangesOf(occurrence: T): HighlightRanges {
    return occurrence.lineless ? this.lineless : this.lined;
  }

  private startWindowing(): void {
    const View = this.doc.defaultView;
    if (!View?.IntersectionObserver) return;
    this.observer = new View.IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) this.near.add(entry.target);
          else this.near.delete(entry.target);
        }
        this.scheduleRefresh();
      },
      { rootMargin: '100% 0px' },
    );
    for (const block of this.blocks.keys()) this.observer.observe(block);
    this.doc.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    View.addEventListener('resize', this.onScroll, { passive: true });
  }

  private stopWindowing(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.near.clear();
    if (this.refreshTimer !== null) clearTimeout(this.refreshTimer);
    this.refreshTimer = null;
    if (this.quietTimer !== null) clearTimeout(this.quietTimer);
    this.quietTimer = null;
    this.doc.removeEventListener('scroll', this.onScroll, { capture: true });
    this.doc.defaultView?.removeEventListener('resize', this.onScroll);
  }

  private quietTimer: ReturnType<typeof setTimeout> | null = null;
  private waitingSince = 0;
  private lastAdd = 0;

  /** Refreshes once occurrences stop arriving (see DRAWING_QUIET_MS): one timer, not one per occurrence. */
  private refreshWhenQuiet(): void {
    const now = Date.now();
    this.lastAdd = now;
    if (this.quietTimer !== null) return;
    this.waitingSince = now;
    const check = () => {
      const at = Date.now();
      const quietFor = at - this.lastAdd;
      if (quietFor >= DRAWING_QUIET_MS || at - this.waitingSince >= DRAWING_WAIT_MAX_MS) {
        this.quietTimer = null;
        this.scheduleRefresh();
      } else {
        this.quietTimer = setTimeout(check, DRAWING_QUIET_MS - quietFor);
      }
    };
    this.quietTimer = setTimeout(check, DRAWING_QUIET_MS);
  }

  private scheduleRefresh(): void {
    if (this.refreshTimer !== null) return;
    const wait = Math.max(0, this.lastRefresh + REFRESH_EVERY_MS - Date.now());
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = null;
      this.lastRefresh = Date.now();
      this.refresh();
    }, wait);
  }

  /** Registers what is near the viewport and unregisters the rest. */
  private refresh(): void {
    if (!this.windowed) return;
    const height = this.doc.defaultView?.innerHeight ?? 800;
    const top = -height / 4;
    const bottom = 1.25 * height;
    const wanted = new Set<T>();
    for (const block of this.near) {
      const list = this.sorted(block);
      if (list.length <= SMALL_BLOCK) {
        for (const o of list) if (wanted.size < LIVE_MAX) wanted.add(o);
        continue;
      }
      // Two binary searches for the occurrences whose boxes meet the band: measuring each one
      // instead cost Firefox about 1 ms a box in one 100 KB text node.
      const first = this.firstIndex(list, (box) => box.bottom >= top);
      const end = this.firstIndex(list, (box) => box.top > bottom, first);
      for (let i = first; i < end && wanted.size < LIVE_MAX; i++) wanted.add(list[i]!);
    }
    for (const o of [...this.live]) {
      if (wanted.has(o)) continue;
      this.live.delete(o);
      this.rangesOf(o).delete(o.range);
    }
    for (const o of wanted) if (!this.live.has(o)) this.register(o);
  }

  /**
   * A block's occurrences in the order they were drawn, which is reading order: the walk
   * reads a block from its start. (Sorting by DOM position instead cost 245 ms on 50,000
   * sibling spans: `compareDocumentPosition` walks the siblings.) Text the page changed is
   * read again and drawn later, out of order; at worst a few such terms are registered
   * only once the block is reread whole.
   */
  private sorted(block: Element): T[] {
    let list = this.blocks.get(block) ?? [];
    if (this.stale.delete(block)) this.blocks.set(block, (list = list.filter((o) => o.block === block)));
    return list;
  }

  /** The first index from `from` whose box passes `test` (boxes in reading order; the unmeasurable count as before). */
  private firstIndex(list: readonly T[], test: (box: DOMRect) => boolean, from = 0): number {
    let lo = from;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const box = this.boxOf(list[mid]!);
      if (box === null || !test(box)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private boxOf(o: T): DOMRect | null {
    const { startContainer, startOffset, endContainer, endOffset } = o.range;
    if (!startContainer.isConnected || !endContainer.isConnected) return null;
    const range = this.doc.createRange();
    try {
      range.setStart(startContainer, startOffset);
      range.setEnd(endContainer, endOffset);
    } catch {
      return null;
    }
    return range.getBoundingClientRect();
  }
}

/** The element an occurrence's block is observed by (a shadow root's host, the root element for a bare document). */
function blockElement(node: Node, doc: Document): Element {
  const block = blockOf(node);
  if (block && block.nodeType === Node.ELEMENT_NODE) return block as Element;
  if (block && block.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return (block as ShadowRoot).host;
  return doc.documentElement;
}
