/**
 * Context gating: which forms need the page to show what they mean before they are
 * highlighted, and what on a page counts as showing it (review row D1, matching issue #11).
 *
 * - `none`: highlighted wherever it appears ("putamen", "cervical dystonia").
 * - `context`: an ordinary word with a dystonia sense ("tremor", "spasm", "stroke",
 *   "Botox", "torticollis"). Highlighted once the page shows dystonia context (a form of an
 *   entry that gives context: the dystonia types, and entries marked `dystoniaContext`) or
 *   an ungated form of its own entry.
 * - `expansion`: a short abbreviation ("CD", "PD", "DBS", "ITB"). Highlighted only once the
 *   page writes out its own long form ("cervical dystonia", "deep brain stimulation"), or
 *   defines the abbreviation that way. A generic medical word never unlocks one: an MRI on a
 *   Crohn's disease page says nothing about what "CD" means there.
 *
 * Which entries give context is decided from the glossary (category `types`, or an explicit
 * `dystoniaContext`); generic medical words (MRI, physiotherapy, autosomal dominant) never do.
 * Pure: no DOM.
 */
import type { GlossaryEntry } from '../glossary/types';

export type Gate = 'none' | 'context' | 'expansion';

export const GATES: readonly Gate[] = ['none', 'context', 'expansion'];

/** What gating needs to know about one matched form. */
export interface GateTarget {
  entryId: string;
  gate: Gate;
  /** An ungated form of an entry that shows the page is about dystonia. */
  givesContext: boolean;
}

/** Whether an entry's ungated forms give dystonia context: explicit, else true for the dystonia types. */
export function entryGivesContext(entry: Pick<GlossaryEntry, 'category' | 'dystoniaContext'>): boolean {
  return entry.dystoniaContext ?? entry.category === 'types';
}

/**
 * The gate of one form of an entry: gated abbreviations need their expansion, other gated
 * forms context. `contextEnough`: an abbreviation dystonia context may unlock too.
 */
export function gateOf(gated: boolean, caseSensitive: boolean, contextEnough = false): Gate {
  if (!gated) return 'none';
  return caseSensitive && !contextEnough ? 'expansion' : 'context';
}

/** The key a held-back match waits on: dystonia context, or its own entry's long form. */
export type UnlockKey = 'context' | `entry:${string}`;

/**
 * What one page has shown so far. Matches are fed in as the page is read, in any order; a
 * gated match seen before its unlock is held back under the keys that would release it.
 */
export class PageGate {
  private dystoniaContext = false;
  private readonly spelledOut = new Set<string>();
  private readonly unlocked = new Set<UnlockKey>();

  /** Whether the page has shown dystonia context. */
  get hasContext(): boolean {
    return this.dystoniaContext;
  }

  /**
   * Whether `target` may be highlighted now. An ungated match is always allowed, and records
   * what it unlocks; call this only for matches that would be highlighted if allowed.
   */
  allows(target: GateTarget): boolean {
    switch (target.gate) {
      case 'none':
        this.note(target);
        return true;
      case 'context':
        return this.dystoniaContext || this.spelledOut.has(target.entryId);
      case 'expansion':
        return this.spelledOut.has(target.entryId);
    }
  }

  /** The keys that would release a held-back match of `target`. */
  waitsOn(target: GateTarget): UnlockKey[] {
    const own: UnlockKey = `entry:${target.entryId}`;
    return target.gate === 'context' ? ['context', own] : [own];
  }

  /** Keys unlocked since the last call: held-back matches waiting on them deserve another look. */
  takeUnlocked(): UnlockKey[] {
    const keys = [...this.unlocked];
    this.unlocked.clear();
    return keys;
  }

  reset(): void {
    this.dystoniaContext = false;
    this.spelledOut.clear();
    this.unlocked.clear();
  }

  private note(target: GateTarget): void {
    if (target.givesContext && !this.dystoniaContext) {
      this.dystoniaContext = true;
      this.unlocked.add('context');
    }
    if (!this.spelledOut.has(target.entryId)) {
      this.spelledOut.add(target.entryId);
      this.unlocked.add(`entry:${target.entryId}`);
    }
  }
}

/**
 * The matches of one whole page that gating lets through, whatever their order: what the
 * highlighter ends up showing once every held-back match has had its second look.
 */
export function allowedMatches<T extends GateTarget>(matches: readonly T[]): T[] {
  const gate = new PageGate();
  for (const m of matches) if (m.gate === 'none') gate.allows(m);
  return matches.filter((m) => gate.allows(m));
}
