/**
 * The rules one custom term must meet, each broken rule worded for the person who wrote the
 * term (a message key, never an internal id). They are the glossary schema's rules for the
 * fields a custom term has, without the editorial rules for bundled content: no source is
 * needed, the longer note may be short or empty, and there is no reading-grade gate, since
 * Flesch–Kincaid means nothing on a three-word note like "Anticholinergic tablet."
 * (security review L2). Added: every form needs two letters (L3), and size limits that keep
 * the largest backup re-importable (M7). Pure.
 */
import { CATEGORIES, CUSTOM_ID_PREFIX, SOURCES, type GlossaryEntry } from '../glossary';
import { words } from '../glossary/readability';
import { SHORT_DEFINITION_MAX_WORDS } from '../glossary/validate';
import { echoValue } from '../i18n/echo';
import type { Problem } from '../i18n/message';
import { utf8Bytes } from './sync-quota';

/** Limits shared by these rules and the options form's fields (`maxlength`). */
export const CUSTOM_TERM_LIMITS = {
  /** The name, and each other name or abbreviation. The longest built-in form has 58 characters. */
  formChars: 80,
  /** Other names per term (the glossary's most is 15). */
  aliases: 20,
  /** The form's "other names" field, commas included. */
  aliasesFieldChars: 800,
  abbreviations: 20,
  shortChars: 400,
  shortWords: SHORT_DEFINITION_MAX_WORDS,
  longChars: 4000,
  related: 20,
  sources: 20,
  pronunciationChars: 80,
} as const;

/**
 * The most one term may take as JSON. Every field the form offers, filled to its `maxlength`
 * with characters of 3 UTF-8 bytes (any script but emoji, which take 2 bytes per UTF-16 unit),
 * plus 1 KB for keys, the id and the category: so no term the form can make is ever refused
 * for its size, and 500 of them still fit the import limit and `storage.local`.
 */
export const MAX_TERM_BYTES =
  3 * (CUSTOM_TERM_LIMITS.formChars + CUSTOM_TERM_LIMITS.aliasesFieldChars + CUSTOM_TERM_LIMITS.shortChars + CUSTOM_TERM_LIMITS.longChars) +
  1024;

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const RESPELLING = /^[A-Za-z]+(?:[- ][A-Za-z]+)*$/;
const LETTER = /\p{L}/gu;
const LETTER_OR_DIGIT_AT_EDGES = /^[\p{L}\p{N}](?:.*[\p{L}\p{N}])?$/su;

export function isCustomId(id: unknown): id is string {
  return typeof id === 'string' && id.length <= 80 && id.startsWith(CUSTOM_ID_PREFIX) && ID.test(id);
}

const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim().length > 0);

/** How a term is named in a message: its name, or its place in the list when it has none. */
export function termLabel(term: unknown, index: number): string {
  const name = typeof term === 'object' && term !== null ? (term as { term?: unknown }).term : undefined;
  return typeof name === 'string' && name.trim() !== '' ? echoValue(name.trim()) : `#${index + 1}`;
}

/** Problems with one form (the name, another name or an abbreviation): too long, too few letters, odd edges. */
function formProblems(form: string): Problem | null {
  const text = form.trim();
  if (text.length > CUSTOM_TERM_LIMITS.formChars)
    return { key: 'problemTermFormTooLong', values: [echoValue(text), String(CUSTOM_TERM_LIMITS.formChars)] };
  // "a", "I", "-", "'" or "[a-z]" would mark that character on every page.
  if ((text.match(LETTER) ?? []).length < 2) return { key: 'problemTermFormTooShort', values: [echoValue(text)] };
  if (!LETTER_OR_DIGIT_AT_EDGES.test(text)) return { key: 'problemTermFormEdges', values: [echoValue(text)] };
  return null;
}

/**
 * Everything wrong with one term (empty when it can be used). `term` holds only the known
 * fields, with `unknown` values; `index` is its place in the list, for terms without a name.
 */
export function customTermProblems(term: Record<keyof GlossaryEntry, unknown>, index: number, builtInIds: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const label = termLabel(term, index);
  const say = (key: Problem['key'], ...values: string[]) => problems.push({ key, values: [label, ...values] });

  if (!isCustomId(term.id)) say('problemTermIdInvalid');
  if (typeof term.term !== 'string' || term.term.trim() === '')
    problems.push({ key: 'problemTermNameMissing', values: [String(index + 1)] });

  const forms: string[] = typeof term.term === 'string' && term.term.trim() !== '' ? [term.term] : [];
  if (!isTextList(term.aliases)) say('problemTermAliasesInvalid');
  else if (term.aliases.length > CUSTOM_TERM_LIMITS.aliases) say('problemTermTooManyAliases', String(CUSTOM_TERM_LIMITS.aliases));
  else forms.push(...term.aliases);
  if (term.abbreviations !== undefined) {
    if (!isTextList(term.abbreviations)) say('problemTermAbbreviationsInvalid');
    else if (term.abbreviations.length > CUSTOM_TERM_LIMITS.abbreviations)
      say('problemTermTooManyAbbreviations', String(CUSTOM_TERM_LIMITS.abbreviations));
    else forms.push(...term.abbreviations);
  }
  // One problem per rule is enough to act on; twenty identical lines are not.
  const seen = new Set<string>();
  for (const form of forms) {
    const problem = formProblems(form);
    if (problem && !seen.has(problem.key)) {
      seen.add(problem.key);
      problems.push(problem);
    }
  }

  if (typeof term.category !== 'string' || !(CATEGORIES as readonly string[]).includes(term.category))
    say('problemTermCategory', echoValue(term.category));

  if (typeof term.short !== 'string' || term.short.trim() === '') say('problemTermShortMissing');
  else if (term.short.length > CUSTOM_TERM_LIMITS.shortChars) say('problemTermShortTooLong', String(CUSTOM_TERM_LIMITS.shortChars));
  else {
    const n = words(term.short).length;
    if (n > CUSTOM_TERM_LIMITS.shortWords) say('problemTermShortTooManyWords', String(n), String(CUSTOM_TERM_LIMITS.shortWords));
  }
  if (typeof term.long !== 'string') say('problemTermLongInvalid');
  else if (term.long.length > CUSTOM_TERM_LIMITS.longChars) say('problemTermLongTooLong', String(CUSTOM_TERM_LIMITS.longChars));

  const related = term.related;
  if (
    !isTextList(related) ||
    related.length > CUSTOM_TERM_LIMITS.related ||
    new Set(related).size !== related.length ||
    !related.every((id) => builtInIds.has(id))
  ) {
    say('problemTermRelatedInvalid');
  }
  const sources = term.sources;
  if (
    !isTextList(sources) ||
    sources.length > CUSTOM_TERM_LIMITS.sources ||
    new Set(sources).size !== sources.length ||
    !sources.every((s) => Object.hasOwn(SOURCES, s))
  ) {
    say('problemTermSourcesInvalid');
  }
  const pronunciation = term.pronunciation;
  if (
    pronunciation !== undefined &&
    (typeof pronunciation !== 'string' || pronunciation.length > CUSTOM_TERM_LIMITS.pronunciationChars || !RESPELLING.test(pronunciation))
  ) {
    say('problemTermPronunciationInvalid');
  }

  // Only a well-formed term is measured: JSON.stringify of a deeply nested value could overflow the stack.
  if (problems.length === 0) {
    const bytes = utf8Bytes(JSON.stringify(term));
    if (bytes > MAX_TERM_BYTES) say('problemTermTooLarge', String(Math.ceil(bytes / 1024)), String(Math.floor(MAX_TERM_BYTES / 1024)));
  }
  return problems;
}
