/**
 * Search over terms, aliases and lay keywords for the popup, with MiniSearch: prefix matching
 * ("blepharo"), typo tolerance ("distonia", "parkinsons"), and the everyday words a patient
 * who does not know the term would type ("shaking", "eyelids"). Pure: no DOM, no browser API.
 *
 * Ranking: MiniSearch's relevance (the term weighted above aliases), then a bonus when the whole query is the term or starts it, so typing a term
 * exactly always puts that entry first; ties alphabetical.
 */
import MiniSearch from 'minisearch';
import type { GlossaryEntry } from '../glossary';
import { APOSTROPHE_CLASS, HYPHEN_CLASS } from '../matching/forms';

const APOSTROPHES = new RegExp(`[${APOSTROPHE_CLASS}]`, 'gu');
const SPACES_AND_HYPHENS = new RegExp(`[\\s${HYPHEN_CLASS}]+`, 'gu');
const TOKEN_SEPARATORS = new RegExp(`[\\s${HYPHEN_CLASS},;:.()/]+`, 'u');

/** Case, accents, apostrophes and hyphens do not matter: "Parkinson’s" = "parkinsons", "co-contraction" = "co contraction". */
export const foldForSearch = (s: string): string =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(APOSTROPHES, '').replace(SPACES_AND_HYPHENS, ' ').trim();

export function byTerm(a: GlossaryEntry, b: GlossaryEntry): number {
  return a.term.localeCompare(b.term, 'en', { sensitivity: 'base' });
}

interface IndexedEntry {
  id: string;
  term: string;
  forms: string;
  /** Everyday words a patient might type ("shaking", "eyelids"): found, but ranked below the names themselves. */
  keywords: string;
}

export interface EntrySearch {
  /** Entries matching the query, best first; an empty query lists every entry A–Z. */
  search(query: string): GlossaryEntry[];
}

// Typos: one edit per ~5 letters ("distonia" → "dystonia"), never on very short words
// where one edit turns "gpi" into anything.
const fuzzyFor = (word: string) => (word.length < 4 ? false : word.length < 8 ? 1 : 2);

export function createEntrySearch(entries: readonly GlossaryEntry[]): EntrySearch {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const index = new MiniSearch<IndexedEntry>({
    // Terms and aliases only: with definitions indexed too, one typed letter matched most of
    // the glossary and a keystroke could miss the frame (scripts/bench-search.ts).
    fields: ['term', 'forms', 'keywords'],
    processTerm: (t) => foldForSearch(t) || null,
    // Apostrophes stay inside a word ("parkinson's" is one token, folded to "parkinsons").
    tokenize: (text) => text.split(TOKEN_SEPARATORS).filter(Boolean),
    searchOptions: { boost: { term: 2, keywords: 0.75 }, prefix: true, combineWith: 'AND' },
  });
  index.addAll(
    entries.map((e) => ({
      id: e.id,
      term: e.term,
      forms: [...e.aliases, ...(e.abbreviations ?? [])].join(' ; '),
      keywords: (e.keywords ?? []).join(' ; '),
    })),
  );
  const folded = new Map(entries.map((e) => [e.id, [e.term, ...e.aliases, ...(e.abbreviations ?? [])].map(foldForSearch)]));
  const foldedKeywords = new Map(entries.map((e) => [e.id, (e.keywords ?? []).map(foldForSearch)]));
  const sorted = [...entries].sort(byTerm);

  // Whole-query bonus: the exact term or alias outranks any partial hit, and a typo of a whole
  // term ("distonia", matched to the word "dystonia") outranks longer terms that merely share a word.
  const bonus = (id: string, q: string, matchedWords: string[], typo: boolean): number => {
    const [term = '', ...others] = folded.get(id) ?? [];
    const isMatched = (form: string) => matchedWords.includes(form) || matchedWords.join(' ') === form;
    if (term === q) return 1000;
    if (others.includes(q)) return 500;
    // "shaking" is tremor's keyword: the entry a patient meant, above names that merely start with the word ("Voice Handicap Index").
    if (foldedKeywords.get(id)?.includes(q)) return 250;
    if (typo && isMatched(term)) return 300;
    if (typo && others.some(isMatched)) return 150;
    if (term.startsWith(q)) return 100;
    if (others.some((f) => f.startsWith(q))) return 50;
    return 0;
  };

  return {
    search(query) {
      const q = foldForSearch(query);
      if (!q) return [...sorted];
      // Typo tolerance only when the words as typed find nothing ("distonia"): otherwise
      // "dystonia" would also bring "dysphonia", two letters away, among its results.
      let hits = index.search(query, { fuzzy: false });
      const typo = hits.length === 0;
      if (typo) hits = index.search(query, { fuzzy: (word) => fuzzyFor(word) });
      return hits
        .map((hit) => ({ entry: byId.get(String(hit.id)), score: hit.score + bonus(String(hit.id), q, hit.terms, typo) }))
        .filter((r): r is { entry: GlossaryEntry; score: number } => r.entry !== undefined)
        .sort((a, b) => b.score - a.score || byTerm(a.entry, b.entry))
        .map((r) => r.entry);
    },
  };
}

const cache = new WeakMap<readonly GlossaryEntry[], EntrySearch>();

/** One-shot search; the index for an entries array is built once and reused. */
export function searchEntries(entries: readonly GlossaryEntry[], query: string): GlossaryEntry[] {
  let s = cache.get(entries);
  if (!s) {
    s = createEntrySearch(entries);
    cache.set(entries, s);
  }
  return s.search(query);
}
