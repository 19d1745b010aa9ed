/**
 * Checks a glossary against its schema and editorial rules. Returns human-readable
 * problems, each naming the entry, so a failing test or a rejected import says exactly
 * what to fix. Used by the glossary tests and by the custom-term import.
 */
import { fleschKincaidGrade, words } from './readability';
import { SOURCES } from './sources';
import { CATEGORIES, type GlossaryEntry } from './types';

export const SHORT_DEFINITION_MAX_WORDS = 35;
const SHORT_DEFINITION_MAX_GRADE = 12;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ValidateOptions {
  /** Ids that `related` may point to besides the entries themselves (custom terms may link to built-in ones). */
  knownIds?: ReadonlySet<string>;
  /** Custom terms need no source; built-in ones always do. */
  requireSources?: boolean;
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim().length > 0);
}

export function validateEntry(entry: GlossaryEntry, options: ValidateOptions = {}): string[] {
  const problems: string[] = [];
  const name = typeof entry.id === 'string' && entry.id ? entry.id : JSON.stringify(entry.term ?? '?');
  const say = (msg: string) => problems.push(`${name}: ${msg}`);
  if (typeof entry.id !== 'string' || !ID.test(entry.id)) say('id must be kebab-case (a-z, 0-9, hyphens)');
  if (typeof entry.term !== 'string' || entry.term.trim() === '') say('term is missing');
  if (!isStringArray(entry.aliases)) say('aliases must be a list of non-empty strings');
  if (entry.abbreviations !== undefined && !isStringArray(entry.abbreviations)) say('abbreviations must be a list of non-empty strings');
  if (!CATEGORIES.includes(entry.category)) say(`unknown category ${JSON.stringify(entry.category)}`);
  if (typeof entry.short !== 'string' || entry.short.trim() === '') {
    say('short definition is missing');
  } else {
    const n = words(entry.short).length;
    if (n > SHORT_DEFINITION_MAX_WORDS) say(`short definition has ${n} words (max ${SHORT_DEFINITION_MAX_WORDS})`);
    const grade = fleschKincaidGrade(entry.short);
    if (grade > SHORT_DEFINITION_MAX_GRADE) say(`short definition reads at grade ${grade.toFixed(1)} (max ${SHORT_DEFINITION_MAX_GRADE})`);
  }
  if (typeof entry.long !== 'string' || entry.long.trim() === '') say('longer explanation is missing');
  else if (typeof entry.short === 'string' && entry.long.length <= entry.short.length)
    say('longer explanation should add to the short definition');
  if (!isStringArray(entry.related)) say('related must be a list of ids');
  if (!Array.isArray(entry.sources)) say('sources must be a list');
  else {
    if (options.requireSources !== false && entry.sources.length === 0) say('needs at least one source');
    // Own keys only: "__proto__" or "toString" is not a source (security review L1).
    for (const s of entry.sources) if (typeof s !== 'string' || !Object.hasOwn(SOURCES, s)) say(`unknown source ${JSON.stringify(s)}`);
    if (new Set(entry.sources).size !== entry.sources.length) say('sources has duplicates');
  }
  if (entry.safety !== undefined && (typeof entry.safety !== 'string' || entry.safety.trim() === '')) say('safety must be non-empty text');
  if (entry.safetyFrom !== undefined && (typeof entry.safetyFrom !== 'string' || entry.safetyFrom === entry.id))
    say('safetyFrom must name another entry');
  if (entry.keywords !== undefined) {
    if (!isStringArray(entry.keywords)) say('keywords must be a list of non-empty strings');
    else for (const k of entry.keywords) if (k !== k.toLowerCase()) say(`keyword ${JSON.stringify(k)} should be lower case`);
  }
  if (entry.dystoniaContext !== undefined && typeof entry.dystoniaContext !== 'boolean') say('dystoniaContext must be true or false');
  if (entry.pronunciation !== undefined && !/^[A-Za-z]+(?:[- ][A-Za-z]+)*$/.test(entry.pronunciation)) {
    say('pronunciation should be a respelling like "PUT-uh-men"');
  }
  const forms = [entry.term, ...(entry.aliases ?? []), ...(entry.abbreviations ?? [])];
  if (Array.isArray(entry.contextGated)) {
    for (const f of entry.contextGated) if (!forms.includes(f)) say(`context-gated form ${JSON.stringify(f)} is not one of its forms`);
  } else if (entry.contextGated !== undefined && entry.contextGated !== true) say('contextGated must be true or a list of forms');
  for (const f of entry.contextUnlocksAbbreviations ?? []) {
    if (!(entry.abbreviations ?? []).includes(f))
      say(`contextUnlocksAbbreviations form ${JSON.stringify(f)} is not one of its abbreviations`);
  }
  if (entry.phraseOnly && typeof entry.term === 'string') {
    // "muscle tone" must never match "tone" alone; a distinct word like "hypertonia" is fine.
    const phraseWords = new Set(entry.term.toLowerCase().split(/[\s-]+/));
    for (const f of [entry.term, ...(entry.aliases ?? []), ...(entry.abbreviations ?? [])]) {
      if (phraseWords.has(f.trim().toLowerCase())) say(`phrase-only entry has the single word ${JSON.stringify(f)}`);
    }
    if (phraseWords.size < 2) say('phrase-only entry needs a term of two or more words');
  }
  return problems;
}

/** Whole-glossary checks: every entry, unique ids, related links that resolve. */
export function validateGlossary(entries: readonly GlossaryEntry[], options: ValidateOptions = {}): string[] {
  const problems = entries.flatMap((e) => validateEntry(e, options));
  const ids = new Set<string>();
  for (const e of entries) {
    if (ids.has(e.id)) problems.push(`${e.id}: duplicate id`);
    ids.add(e.id);
  }
  for (const e of entries) {
    if (!Array.isArray(e.related)) continue;
    for (const r of e.related) {
      if (r === e.id) problems.push(`${e.id}: relates to itself`);
      else if (!ids.has(r) && !options.knownIds?.has(r)) problems.push(`${e.id}: related id ${JSON.stringify(r)} does not exist`);
    }
    if (new Set(e.related).size !== e.related.length) problems.push(`${e.id}: related has duplicates`);
    if (typeof e.safetyFrom === 'string' && e.safetyFrom !== e.id) {
      const from = entries.find((x) => x.id === e.safetyFrom);
      if (!from) problems.push(`${e.id}: safetyFrom ${JSON.stringify(e.safetyFrom)} does not exist`);
      else if (!from.safety) problems.push(`${e.id}: safetyFrom ${JSON.stringify(e.safetyFrom)} has no safety text`);
    }
  }
  return problems;
}
