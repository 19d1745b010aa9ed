/**
 * Where the popover finds what it shows. In a page the entries come from the background, a
 * batch at a time (src/content/entry-cache.ts); the popup and unit tests hold the whole
 * glossary (`entriesAtHand`).
 */
import type { Source } from '../glossary/sources';
import type { GlossaryEntry } from '../glossary/types';

export interface EntryLookup {
  /** An entry known here, complete or not: what related-term buttons and safety notes read. */
  lookup(id: string): GlossaryEntry | undefined;
  /** Whether the entry and everything its explanation shows are here (an explanation opens only then). */
  ready(id: string): boolean;
  /** Fetches what `ready` lacks; false when there is no such entry. */
  prepare(id: string): Promise<boolean>;
  source(id: string): Source | undefined;
}

/** Every entry already at hand. */
export function entriesAtHand(byId: ReadonlyMap<string, GlossaryEntry>, sources: Readonly<Record<string, Source>>): EntryLookup {
  return {
    lookup: (id) => byId.get(id),
    ready: (id) => byId.has(id),
    prepare: (id) => Promise.resolve(byId.has(id)),
    source: (id) => sources[id],
  };
}
