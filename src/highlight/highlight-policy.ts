/**
 * Which matches a page may highlight, decided match by match while a pass runs:
 * - context gating (src/matching/gating.ts): a gated form ("stroke", "CD") waits until the
 *   page shows what it means. Until then the text node holding it is remembered under what
 *   would release it, so that a later unlock, even further down or added later, brings it
 *   back for another look;
 * - reading density: every occurrence, or one highlight per entry in each section (the
 *   default) or on the whole page. Where a match lies is its *scope* (the section's heading,
 *   or one scope for the whole page), given by the page highlighter.
 * No DOM here beyond holding node references; the page highlighter owns the passes.
 */
import { PageGate, type FormTarget, type UnlockKey } from '../matching';
import type { ReadingDensity } from '../settings/settings';

export interface HighlightPolicyOptions {
  density: ReadingDensity;
}

/** Where one highlight per entry applies: a section's heading, null for the page's start or the whole page. */
export type DensityScope = object | null;

export class HighlightPolicy<N = Text> {
  private readonly gate = new PageGate();
  /** Nodes holding gated matches held back, by what would release them. */
  private readonly deferred = new Map<UnlockKey, Set<N>>();
  /** Scopes each entry is highlighted in already. */
  private readonly seen = new Map<string, Set<DensityScope>>();

  constructor(private readonly options: HighlightPolicyOptions) {}

  /** Whether the page has shown dystonia context. */
  get hasContext(): boolean {
    return this.gate.hasContext;
  }

  /** Whether every occurrence is highlighted (no scopes needed). */
  get everyOccurrence(): boolean {
    return this.options.density === 'every';
  }

  /** Whether to highlight `target`, matched inside `node` within `scope`. Call only for matches about to be drawn if true. */
  allows(target: FormTarget, node: N, scope: DensityScope = null): boolean {
    if (!this.gate.allows(target)) {
      for (const key of this.gate.waitsOn(target)) {
        let nodes = this.deferred.get(key);
        if (!nodes) this.deferred.set(key, (nodes = new Set()));
        nodes.add(node);
      }
      return false;
    }
    if (this.everyOccurrence) return true;
    let scopes = this.seen.get(target.entryId);
    if (!scopes) this.seen.set(target.entryId, (scopes = new Set()));
    if (scopes.has(scope)) return false;
    scopes.add(scope);
    return true;
  }

  /**
   * The density's bookkeeping follows the page: an entry whose highlight the page has removed
   * may be highlighted again where it next appears in that scope.
   */
  setHighlighted(highlights: Iterable<{ entryId: string; scope: DensityScope }>): void {
    this.seen.clear();
    for (const { entryId, scope } of highlights) {
      let scopes = this.seen.get(entryId);
      if (!scopes) this.seen.set(entryId, (scopes = new Set()));
      scopes.add(scope);
    }
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

  /** A new page (SPA navigation): context and the density's bookkeeping start over. */
  reset(): void {
    this.gate.reset();
    this.deferred.clear();
    this.seen.clear();
  }
}
