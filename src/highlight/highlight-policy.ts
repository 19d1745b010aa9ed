/**
 * Which matches a page may highlight, decided match by match while a pass runs:
 * - context gating: gated forms ("stroke", "PD") only once the page has shown an ungated
 *   form. Until then the text node holding a gated match is remembered so that a later
 *   ungated match, even further down or added later, brings it back for another look;
 * - first-occurrence mode: one highlight per entry on the page.
 * No DOM here beyond holding node references; the page highlighter owns the passes.
 */
import type { FormTarget } from '../matching';

export interface HighlightPolicyOptions {
  firstOccurrenceOnly: boolean;
}

export class HighlightPolicy<N = Text> {
  /** Whether the page has shown an ungated glossary form, which lets gated forms through. */
  hasContext = false;
  /** Nodes holding gated matches skipped before the page had context. */
  readonly deferredGated = new Set<N>();
  private readonly seen = new Set<string>();

  constructor(private readonly options: HighlightPolicyOptions) {}

  /** Whether to highlight `target`, matched inside `node`. Call only for matches about to be wrapped if true. */
  allows(target: FormTarget, node: N): boolean {
    if (!target.gated) this.hasContext = true;
    else if (!this.hasContext) {
      this.deferredGated.add(node);
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

  /** The deferred nodes, ready for another look now that the page has context. */
  takeDeferredGated(): N[] {
    if (!this.hasContext) return [];
    const nodes = [...this.deferredGated];
    this.deferredGated.clear();
    return nodes;
  }

  /** A new page (SPA navigation): context and first occurrences start over. */
  reset(): void {
    this.hasContext = false;
    this.deferredGated.clear();
    this.seen.clear();
  }
}
