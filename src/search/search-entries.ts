/**
 * Search over terms and aliases for the popup. Pure: no DOM, no browser API.
 * Ranking: exact term, then term prefix, then alias prefix, then a word inside the term or
 * an alias; ties alphabetical.
 */
import type { GlossaryEntry } from '../glossary';

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc]/g, '')
    .replace(/[\s\-\u2010\u2011\u2013]+/g, ' ')
    .trim();

export function byTerm(a: GlossaryEntry, b: GlossaryEntry): number {
  return a.term.localeCompare(b.term, 'en', { sensitivity: 'base' });
}

function rank(entry: GlossaryEntry, q: string): number {
  const term = fold(entry.term);
  if (term === q) return 0;
  if (term.startsWith(q)) return 1;
  const forms = [...entry.aliases, ...(entry.abbreviations ?? [])].map(fold);
  if (forms.some((f) => f === q)) return 1;
  if (forms.some((f) => f.startsWith(q))) return 2;
  if (term.split(' ').some((w) => w.startsWith(q)) || forms.some((f) => f.split(' ').some((w) => w.startsWith(q)))) return 3;
  if (term.includes(q) || forms.some((f) => f.includes(q))) return 4;
  return -1;
}

export function searchEntries(entries: readonly GlossaryEntry[], query: string): GlossaryEntry[] {
  const q = fold(query);
  if (!q) return [...entries].sort(byTerm);
  return entries
    .map((entry) => ({ entry, score: rank(entry, q) }))
    .filter((r) => r.score >= 0)
    .sort((a, b) => a.score - b.score || byTerm(a.entry, b.entry))
    .map((r) => r.entry);
}
