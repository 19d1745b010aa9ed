/**
 * The surface forms of glossary entries, and how a form is broken into tokens.
 * Separators (spaces, hyphens) and apostrophes are tokens of their own, so the matcher
 * can accept "Parkinson's"/"Parkinson’s", "dopa-responsive"/"dopa responsive" and
 * "basal\n  ganglia" while the lookup key stays the same.
 */
import type { GlossaryEntry } from '../glossary/types';
import { entryGivesContext, gateOf, type Gate } from './gating';

export interface MatchForm {
  text: string;
  entryId: string;
  /** Matched only exactly as written (abbreviations, gene names). */
  caseSensitive: boolean;
  /** What the page must show before this form is highlighted (gating.ts). */
  gate: Gate;
  /** An ungated form of an entry that shows the page is about dystonia. */
  givesContext: boolean;
}

export type Token =
  { kind: 'char'; char: string; caseSensitive: boolean } | { kind: 'space' } | { kind: 'hyphen' } | { kind: 'apostrophe' };

/** The characters read as a hyphen and as an apostrophe: one list for the tokenizer, the lookup key, the matcher and the popup's search. */
export const HYPHEN_CHARS: readonly string[] = ['-', '\u2010', '\u2011', '\u2013'];
export const APOSTROPHE_CHARS: readonly string[] = ["'", '\u2018', '\u2019', '\u02bc'];

// Free of side effects, so a bundle that imports this module and never uses the classes drops them (the content script's first stage).
const classBody = /* @__NO_SIDE_EFFECTS__ */ (chars: readonly string[]) => chars.map((c) => (c === '-' ? '\\-' : c)).join('');
/** The same lists as RegExp character-class bodies. */
export const HYPHEN_CLASS = classBody(HYPHEN_CHARS);
export const APOSTROPHE_CLASS = classBody(APOSTROPHE_CHARS);

const SPACE = /\s/u;
const HYPHEN = new RegExp(`[${HYPHEN_CLASS}]`, 'u');
const APOSTROPHE = new RegExp(`[${APOSTROPHE_CLASS}]`, 'u');

/** Every form of every entry. An entry's `term` is case-sensitive only when it is also listed as an abbreviation. */
export function formsOf(entries: readonly GlossaryEntry[]): MatchForm[] {
  const forms: MatchForm[] = [];
  for (const entry of entries) {
    const abbreviations = entry.abbreviations ?? [];
    const isGated = (text: string) =>
      entry.contextGated === true || (Array.isArray(entry.contextGated) && entry.contextGated.includes(text));
    const context = entryGivesContext(entry);
    const form = (text: string, caseSensitive: boolean): MatchForm => {
      const gate = gateOf(isGated(text), caseSensitive, entry.contextUnlocksAbbreviations?.includes(text));
      return { text, entryId: entry.id, caseSensitive, gate, givesContext: context && gate === 'none' };
    };
    const insensitive = [entry.term, ...entry.aliases].filter((t) => !abbreviations.includes(t));
    for (const text of new Set(insensitive)) forms.push(form(text, false));
    for (const text of new Set(abbreviations)) forms.push(form(text, true));
  }
  return forms;
}

export function tokenize(text: string, caseSensitive: boolean): Token[] {
  const tokens: Token[] = [];
  for (const char of text.trim()) {
    const last = tokens[tokens.length - 1];
    if (SPACE.test(char)) {
      if (last?.kind !== 'space') tokens.push({ kind: 'space' });
    } else if (HYPHEN.test(char)) tokens.push({ kind: 'hyphen' });
    else if (APOSTROPHE.test(char)) tokens.push({ kind: 'apostrophe' });
    else tokens.push({ kind: 'char', char, caseSensitive });
  }
  return tokens;
}

const SEPARATORS = new RegExp(`[\\s${HYPHEN_CLASS}${APOSTROPHE_CLASS}]+`, 'gu');

/**
 * The lookup key of a form or of matched text: separators and apostrophes removed, so every
 * spelling the matcher accepts for a form maps back to it. Case is kept for case-sensitive forms.
 */
export function formKey(text: string, caseSensitive: boolean): string {
  const bare = text.replace(SEPARATORS, '');
  return caseSensitive ? `s:${bare}` : `i:${bare.toLowerCase()}`;
}
