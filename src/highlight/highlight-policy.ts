/**
 * Which matches a page may highlight, decided match by match while a pass runs:
 * - context gating (src/matching/gating.ts): a gated form ("stroke", "CD") waits until the
 *   page shows what it means. Until then the text node holding it is remembered under what
 *   would release it, so that a later unlock, even further down or added later, brings it
 *   back for another look;
 * - first-occurrence mode: one highlight per entry on the page.
 * No DOM here beyond holding node references; the page highlighter owns the passes.
 */
import { PageGate, type FormTarget, type UnlockKey } from '../matching';

export interface HighlightPolicyOptions {
  firstOccurrenceOnly: boolean;
}

export class HighlightPolicy<N = Text> {
  private readonly gate = new PageGate();
  /** Nodes holding gated matches held back, by what would release them. */
  private readonly deferred = new Map<UnlockKey, Set<N>>();
  private readonly seen = new Set<string>();

  constructor(private readonly options: HighlightPolicyOptions) {}

  /** Whether the page has shown dystonia context. */
  get hasContext(): boolean {
    return this.gate.hasContext;
  }

  /** Whether to highlight `target`, matched inside `node`. Call only for matches about to be wrapped if true. */
  allows(target: FormTarget, node: N): boolean {
    if (!this.gate.allows(target)) {
      for (const key of this.gate.waitsOn(target)) {
        let nodes = this.deferred.get(key);
        if (!nodes) this.deferred.set(key, (nodes = new Set()));
        nodes.add(node);
      }
      return false;
    }
    if (this.options.firstOccurrenceOnly && this.seen.has(target.entryId)) return false;
    this.seen.add(target.entryId);
    return true;
  }

  /**
   * First-occurrence bookkeeping follows the page: an entry whose highlight the page has
   * removed may be highlighted again where it next appears.
   */
  setHighlightedEntries(ids: Iterable<string>): void {
    this.seen.clear();
    for (const id of ids) this.seen.add(id);
  }

  /** The held-back nodes that something on the page has since unlocked, ready for another look. */
  takeDeferredGated(): N[] {
    const nodes = new Set<N>();
    for (const key of this.gate.takeUnlocked()) {
      for (const node of this.deferred.get(key) ?? []) nodes.add(node);
      this.deferred.delete(key);
    }
    return [...nodes];
  }

  /** A new page (SPA navigation): context and first occurrences start over. */
  reset(): void {
    this.gate.reset();
    this.deferred.clear();
    this.seen.clear();
  }
}
