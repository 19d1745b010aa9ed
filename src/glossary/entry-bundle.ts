/**
 * What the background sends a page for the entries it shows (issue #13: entry texts are not in
 * the content script). Asked for some ids, it sends each entry with everything its explanation
 * shows: the entries it takes safety text from, all the way up the chain (a brand's "Important"
 * block must never be missing its class warning), the entries its related-term buttons name,
 * and the sources all of them cite. Pure.
 */
import type { Source } from './sources';
import type { GlossaryEntry } from './types';

export interface EntryBundle {
  /** The entries asked for that exist, then the ones they lead to. */
  entries: GlossaryEntry[];
  sources: Record<string, Source>;
  /** The ids asked for whose explanation is complete with these entries. */
  complete: string[];
}

/** The most ids one request may ask for: a page shows a few dozen entries. */
export const MAX_BUNDLE_IDS = 1_000;

export function entryBundle(
  ids: unknown,
  byId: ReadonlyMap<string, GlossaryEntry>,
  sources: Readonly<Record<string, Source>>,
): EntryBundle {
  const asked = Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string').slice(0, MAX_BUNDLE_IDS) : [];
  const picked = new Map<string, GlossaryEntry>();
  const pick = (id: string | undefined): GlossaryEntry | undefined => {
    const entry = id === undefined ? undefined : byId.get(id);
    if (entry) picked.set(entry.id, entry);
    return entry;
  };
  const complete: string[] = [];
  for (const id of asked) {
    const entry = pick(id);
    if (!entry) continue;
    complete.push(id);
    for (const related of entry.related) pick(related);
    const seen = new Set([entry.id]);
    for (let e = pick(entry.safetyFrom); e && !seen.has(e.id); e = pick(e.safetyFrom)) seen.add(e.id);
  }
  const cited: Record<string, Source> = {};
  for (const entry of picked.values()) {
    for (const id of entry.sources) {
      const source = sources[id];
      if (source) cited[id] = source;
    }
  }
  return { entries: [...picked.values()], sources: cited, complete };
}
