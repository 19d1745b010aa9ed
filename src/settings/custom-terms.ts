/**
 * The user's own glossary entries (their medication, their clinic's word for a procedure).
 * They have the same shape as built-in entries, so they are highlighted, searched and
 * explained exactly like built-in ones; their own rules are in custom-term-rules.ts.
 * A term that fails a rule (or no longer fits: a newer glossary took its word, the list is
 * full) is *refused*, never dropped: the reading hands it back with its reasons, so the
 * options page can set it aside for the user to rename, save or delete (security review H6).
 * Pure: no browser API.
 */
import { CUSTOM_ID_PREFIX, type Category, type GlossaryEntry } from '../glossary';
import { echoValue } from '../i18n/echo';
import type { Problem } from '../i18n/message';
import { FormOwners } from '../matching/form-owners';
import { formKey, formsOf, type MatchForm } from '../matching/forms';
import { customTermProblems, isCustomId, termLabel } from './custom-term-rules';
import { randomToken } from './random-token';

export type CustomTerm = GlossaryEntry;

export const MAX_CUSTOM_TERMS = 500;

/**
 * The fields a custom term keeps. `contextGated` and `phraseOnly` are not among them: the
 * options page can neither show nor set them, and a gated personal term that silently stays
 * unmarked would look broken; an import that has them is told they were ignored (L14).
 */
const FIELDS = ['id', 'term', 'aliases', 'abbreviations', 'category', 'short', 'long', 'related', 'pronunciation', 'sources'] as const;
// Pure: the content script's first stage imports this module's graph for a storage key (src/contracts/storage.ts) and drops the rest.
const KNOWN = /* @__PURE__ */ new Set<string>(FIELDS);

/**
 * A new, opaque id: `custom-` and 12 random characters. Ids are written into web pages
 * (`data-glossary-term`), so one made from the name would tell any page which medication
 * the user added (security review H1). Older ids made from the name stay valid.
 */
export function customIdFor(taken: ReadonlySet<string>): string {
  for (;;) {
    const id = `${CUSTOM_ID_PREFIX}${randomToken()}`;
    if (!taken.has(id)) return id;
  }
}

/** A new custom term from the options form: only a name and a short definition are required. */
export function makeCustomTerm(
  fields: { term: string; aliases: string[]; category: Category; short: string; long: string },
  taken: ReadonlySet<string>,
): CustomTerm {
  return {
    id: customIdFor(taken),
    term: fields.term.trim(),
    aliases: fields.aliases.map((a) => a.trim()).filter(Boolean),
    category: fields.category,
    short: fields.short.trim(),
    long: fields.long.trim(),
    related: [],
    sources: [],
  };
}

/** A stored or imported item that could not be used, kept as it was, with why. */
interface RefusedCustomTerm {
  /** Its place in the list it came from. */
  index: number;
  /** The item exactly as stored: nothing of it is lost. */
  value: unknown;
  reasons: Problem[];
}

export interface CustomTermsReading {
  /** The entries that passed every check. */
  terms: CustomTerm[];
  /** The items that did not, as they were. */
  refused: RefusedCustomTerm[];
  /** Why, in words, for a report or a refused import; empty when everything was valid. */
  problems: Problem[];
  /** Unknown fields, reported but ignored. */
  unknownFields: string[];
}

const EMPTY: CustomTermsReading = { terms: [], refused: [], problems: [], unknownFields: [] };

function knownFields(record: Record<string, unknown>): Record<keyof GlossaryEntry, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of FIELDS) if (Object.hasOwn(record, key)) picked[key] = record[key];
  picked.aliases ??= [];
  picked.long ??= '';
  picked.related ??= [];
  picked.sources ??= [];
  return picked;
}

/** The name of the entry that already owns `form`, to say which word it clashes with. */
function ownerName(form: MatchForm, entries: readonly GlossaryEntry[]): string {
  const key = formKey(form.text, false);
  const owner = entries.find((entry) => entry.id !== form.entryId && formsOf([entry]).some((f) => formKey(f.text, false) === key));
  return owner?.term ?? '';
}

/** What the terms accepted so far claim: built-in forms and ids, and the accepted terms' own. */
class TermVetting {
  readonly terms: CustomTerm[] = [];
  readonly unknownFields = new Set<string>();
  private readonly builtInIds: ReadonlySet<string>;
  private readonly owners = new FormOwners();
  private readonly seenIds = new Set<string>();

  constructor(private readonly builtIn: readonly GlossaryEntry[]) {
    this.builtInIds = new Set(builtIn.map((e) => e.id));
    // Every page reads custom terms at start-up: vet their forms by key, without compiling a matcher.
    for (const form of formsOf(builtIn)) this.owners.claim(form);
  }

  /** The item as a usable term, or why it is not one; nothing is claimed yet. */
  vet(item: unknown, index: number): { term: CustomTerm; forms: MatchForm[] } | { reasons: Problem[] } {
    if (this.terms.length >= MAX_CUSTOM_TERMS)
      return { reasons: [{ key: 'problemTooManyCustomTerms', values: [String(MAX_CUSTOM_TERMS)] }] };
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      return { reasons: [{ key: 'problemCustomTermNotObject', values: [String(index + 1)] }] };
    const record = item as Record<string, unknown>;
    for (const key of Object.keys(record)) if (!KNOWN.has(key)) this.unknownFields.add(key);
    const candidate = knownFields(record);
    const found = customTermProblems(candidate, index, this.builtInIds);
    if (found.length > 0) return { reasons: found };
    const term = candidate as unknown as CustomTerm;
    if (this.seenIds.has(term.id)) return { reasons: [{ key: 'problemCustomTermDuplicate', values: [termLabel(term, index)] }] };
    // A form another entry already owns would make the word ambiguous on a page.
    const forms = formsOf([term]);
    const clash = forms.find((form) => this.owners.conflict(form) !== null);
    if (!clash) return { term, forms };
    const own = this.terms.find((t) => formsOf([t]).some((f) => formKey(f.text, false) === formKey(clash.text, false)));
    const reason: Problem = own
      ? { key: 'problemCustomTermTakenOwn', values: [echoValue(clash.text), echoValue(own.term)] }
      : { key: 'problemCustomTermTaken', values: [echoValue(clash.text), echoValue(ownerName(clash, this.builtIn))] };
    return { reasons: [reason] };
  }

  accept(term: CustomTerm, forms: readonly MatchForm[]): void {
    for (const form of forms) this.owners.claim(form);
    this.seenIds.add(term.id);
    this.terms.push(term);
  }
}

/**
 * Checks custom terms read from storage or an import: the rules for one term, ids that are
 * unique and cannot clash with built-in ones, forms no other entry already owns (the matcher
 * must know which entry a word belongs to), and at most MAX_CUSTOM_TERMS of them.
 */
export function readCustomTerms(raw: unknown, builtIn: readonly GlossaryEntry[]): CustomTermsReading {
  if (raw === undefined || raw === null) return EMPTY;
  if (!Array.isArray(raw)) {
    const reasons: Problem[] = [{ key: 'problemCustomTermsNotList' }];
    return { ...EMPTY, refused: [{ index: 0, value: raw, reasons }], problems: reasons };
  }
  const vetting = new TermVetting(builtIn);
  const refused: RefusedCustomTerm[] = [];
  const problems: Problem[] = [];
  let overLimit = 0;
  for (const [index, item] of raw.entries()) {
    const result = vetting.vet(item, index);
    if ('term' in result) {
      vetting.accept(result.term, result.forms);
      continue;
    }
    refused.push({ index, value: item, reasons: result.reasons });
    // Items past the limit are not checked, whatever they hold: one line in `problems` says how many.
    if (vetting.terms.length >= MAX_CUSTOM_TERMS && result.reasons[0]?.key === 'problemTooManyCustomTerms') overLimit++;
    else problems.push(...result.reasons);
  }
  if (overLimit > 0) problems.push({ key: 'problemCustomTermsOverLimit', values: [String(overLimit), String(MAX_CUSTOM_TERMS)] });
  return { terms: vetting.terms, refused, problems, unknownFields: [...vetting.unknownFields].sort() };
}

/**
 * Why each of several items could not join `accepted` now (empty when it could), each on its
 * own: the built-in and accepted forms are claimed once, not once per item. `index` is the
 * item's place in its own list, for messages about an item without a name.
 */
export function customTermChecker(
  accepted: readonly CustomTerm[],
  builtIn: readonly GlossaryEntry[],
): (item: unknown, index: number) => Problem[] {
  const vetting = new TermVetting(builtIn);
  for (const [index, term] of accepted.entries()) {
    const result = vetting.vet(term, index);
    if ('term' in result) vetting.accept(result.term, result.forms);
  }
  return (item, index) => {
    const result = vetting.vet(item, index);
    return 'reasons' in result ? result.reasons : [];
  };
}

/**
 * A refused item with a new name, other names and short explanation, ready to be checked
 * again: every other field it had is kept. It keeps its id unless the id is broken or taken.
 */
export function reviseRefusedTerm(
  value: unknown,
  fields: { term: string; aliases: string[]; short: string },
  taken: ReadonlySet<string>,
): Record<string, unknown> {
  const record = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const revised = knownFields(record);
  return {
    ...revised,
    id: isCustomId(revised.id) && !taken.has(revised.id) ? revised.id : customIdFor(taken),
    term: fields.term.trim(),
    aliases: fields.aliases.map((a) => a.trim()).filter(Boolean),
    short: fields.short.trim(),
    category: revised.category ?? 'medications',
  };
}
