/**
 * The user's own glossary entries (their medication, their clinic's word for a procedure).
 * They have the same shape as built-in entries and go through the same validator, so they
 * are highlighted, searched and explained exactly like built-in ones. Pure: no browser API.
 */
import { CUSTOM_ID_PREFIX, type Category, type GlossaryEntry } from '../glossary';
import { validateGlossary } from '../glossary/validate';
import { formsOf, FormOwners } from '../matching';
import type { Problem } from '../i18n/message';

export type CustomTerm = GlossaryEntry;

export { CUSTOM_ID_PREFIX };
export const MAX_CUSTOM_TERMS = 500;

const FIELDS = new Set(['id', 'term', 'aliases', 'abbreviations', 'category', 'short', 'long', 'related', 'pronunciation', 'sources', 'contextGated', 'phraseOnly']);

export function customIdFor(term: string, taken: ReadonlySet<string>): string {
  const slug =
    term
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'term';
  let id = `${CUSTOM_ID_PREFIX}${slug}`;
  for (let n = 2; taken.has(id); n++) id = `${CUSTOM_ID_PREFIX}${slug}-${n}`;
  return id;
}

/** A new custom term from the options form: only a name and a short definition are required. */
export function makeCustomTerm(fields: { term: string; aliases: string[]; category: Category; short: string; long: string }, taken: ReadonlySet<string>): CustomTerm {
  return {
    id: customIdFor(fields.term, taken),
    term: fields.term.trim(),
    aliases: fields.aliases.map((a) => a.trim()).filter(Boolean),
    category: fields.category,
    short: fields.short.trim(),
    long: fields.long.trim(),
    related: [],
    sources: [],
  };
}

export interface CustomTermsReading {
  /** The entries that passed every check. */
  terms: CustomTerm[];
  /** Why the others were left out; empty when everything was valid. */
  problems: Problem[];
  /** Unknown fields, reported but ignored. */
  unknownFields: string[];
}

/**
 * Checks custom terms read from storage or an import: the shared glossary validator (no
 * sources needed), ids that cannot clash with built-in ones, and forms no built-in entry
 * already owns (the matcher must know which entry a word belongs to).
 */
export function readCustomTerms(raw: unknown, builtIn: readonly GlossaryEntry[]): CustomTermsReading {
  if (raw === undefined || raw === null) return { terms: [], problems: [], unknownFields: [] };
  if (!Array.isArray(raw)) return { terms: [], problems: [{ key: 'problemCustomTermsNotList' }], unknownFields: [] };
  const problems: Problem[] = [];
  if (raw.length > MAX_CUSTOM_TERMS) problems.push({ key: 'problemTooManyCustomTerms', values: [String(MAX_CUSTOM_TERMS)] });
  const unknownFields = new Set<string>();
  const candidates: CustomTerm[] = [];
  for (const [i, item] of raw.slice(0, MAX_CUSTOM_TERMS).entries()) {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.push({ key: 'problemCustomTermNotObject', values: [String(i + 1)] });
      continue;
    }
    const record = item as Record<string, unknown>;
    for (const key of Object.keys(record)) if (!FIELDS.has(key)) unknownFields.add(key);
    candidates.push({
      id: record.id,
      term: record.term,
      aliases: record.aliases ?? [],
      abbreviations: record.abbreviations,
      category: record.category,
      short: record.short,
      long: record.long ?? '',
      related: record.related ?? [],
      sources: record.sources ?? [],
      pronunciation: record.pronunciation,
    } as CustomTerm);
  }

  const builtInIds = new Set(builtIn.map((e) => e.id));
  const bad = new Set<CustomTerm>();
  for (const term of candidates) {
    // The validator spreads these lists: anything but an array is reported before it runs.
    const notLists = (['aliases', 'abbreviations', 'related', 'sources'] as const).filter((k) => term[k] !== undefined && !Array.isArray(term[k]));
    if (notLists.length > 0) {
      bad.add(term);
      for (const k of notLists) problems.push({ key: 'problemCustomTerm', values: [`${String(term.id ?? term.term)}: ${k} must be a list`] });
      continue;
    }
    const found = validateGlossary([forValidation(term)], { knownIds: builtInIds, requireSources: false });
    if (typeof term.id === 'string' && !term.id.startsWith(CUSTOM_ID_PREFIX)) found.push(`${term.id}: id must start with "${CUSTOM_ID_PREFIX}"`);
    if (found.length > 0) {
      bad.add(term);
      for (const text of found) problems.push({ key: 'problemCustomTerm', values: [text] });
    }
  }
  const seenIds = new Set<string>();
  const terms: CustomTerm[] = [];
  // Every page reads custom terms at start-up: vet their forms by key, without compiling a matcher.
  const owners = new FormOwners();
  for (const form of formsOf(builtIn)) owners.claim(form);
  for (const term of candidates) {
    if (bad.has(term)) continue;
    if (seenIds.has(term.id)) {
      problems.push({ key: 'problemCustomTerm', values: [`${term.id}: duplicate id`] });
      continue;
    }
    // Forms another entry already owns: the word would be ambiguous on a page.
    const forms = formsOf([term]);
    const clash = forms.map((form) => owners.conflict(form)).find((problem) => problem !== null);
    if (clash) {
      problems.push({ key: 'problemCustomTermTaken', values: [term.term, clash] });
      continue;
    }
    for (const form of forms) owners.claim(form);
    seenIds.add(term.id);
    terms.push(term);
  }
  return { terms, problems, unknownFields: [...unknownFields].sort() };
}

/**
 * The editorial rule "the longer explanation adds to the short one" is for the bundled
 * glossary; a user's own note may be short or absent. Every other rule still applies.
 */
function forValidation(term: CustomTerm): CustomTerm {
  if (typeof term.long === 'string' && typeof term.short === 'string') return { ...term, long: `${term.short} ${term.long}`.trim() + ' …' };
  return term;
}
