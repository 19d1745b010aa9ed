/**
 * Which entry a selected piece of text names, for the context menu's "Explain “…”".
 * Pure: no DOM, no browser API.
 */
import type { GlossaryEntry } from '../glossary';
import { findMatches, type Matcher } from '../matching';
import { foldForSearch } from './search-entries';

/**
 * The selection is the term or one of its forms (any case, curly or straight apostrophes);
 * failing that, the first glossary term inside it ("my cervical dystonia got worse").
 */
export function lookupSelection(text: string, entries: readonly GlossaryEntry[], matcher: Matcher): GlossaryEntry | undefined {
  const q = foldForSearch(text);
  if (!q) return undefined;
  const exact = entries.find((e) => [e.term, ...e.aliases, ...(e.abbreviations ?? [])].some((f) => foldForSearch(f) === q));
  if (exact) return exact;
  const [first] = findMatches(matcher, text.slice(0, 2000));
  return first ? entries.find((e) => e.id === first.entryId) : undefined;
}
