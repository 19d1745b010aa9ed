/**
 * Compiles every form of the glossary into ONE matcher: a trie of all forms walked by a
 * global RegExp (trie-regexp.ts), plus a lookup table from matched text to its entry.
 *
 * At any position the longest form wins ("cervical dystonia" over "dystonia"), and the work
 * per character depends on the letters forms begin with, not on the number of forms.
 * Case-insensitive forms and case-sensitive abbreviations ("PD") share the one trie. Word
 * boundaries are Unicode-aware (`\p{L}`, `\p{N}`, `\p{M}`).
 *
 * Compiling is split in two: `compileMatcherData` does the work and returns plain JSON-safe
 * data, `matcherFromData` turns that data into a Matcher at once. The build runs the first
 * for the built-in glossary (virtual:glossary-matcher), so pages only run the second.
 */
import { FormOwners, type FormTarget, type OwnedForm } from './form-owners';
import type { MatchForm } from './forms';
import { buildGlossaryTrie, type TrieNode } from './glossary-trie';
import { TrieRegExp } from './trie-regexp';

export interface Matcher {
  /** Global. Shared: callers that exec it must reset `lastIndex` first. */
  readonly regex: RegExp;
  /** Which entry a piece of matched text belongs to. */
  resolve(matchedText: string): FormTarget | undefined;
  readonly formCount: number;
}

/** A compiled matcher as plain, JSON-safe data. */
export interface MatcherData {
  trie: TrieNode;
  owners: OwnedForm[];
  formCount: number;
}

export function compileMatcherData(forms: readonly MatchForm[]): MatcherData {
  const owners = new FormOwners();
  // Ownership first: a form claimed by two entries throws before anything is built.
  for (const form of forms) owners.claim(form);
  return { trie: buildGlossaryTrie(forms), owners: owners.toList(), formCount: forms.length };
}

export function matcherFromData(data: MatcherData): Matcher {
  const owners = FormOwners.fromList(data.owners);
  return {
    regex: new TrieRegExp(data.trie),
    formCount: data.formCount,
    resolve: (matchedText) => owners.resolve(matchedText),
  };
}

export function compileMatcher(forms: readonly MatchForm[]): Matcher {
  return matcherFromData(compileMatcherData(forms));
}
