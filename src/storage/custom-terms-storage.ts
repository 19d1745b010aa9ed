/**
 * Where the user's own terms live: the `local` area (they can grow past sync's 8 KB per item),
 * in two items (src/contracts/storage.ts). `customTerms` holds the terms in use;
 * `customTermsRefused` holds those that could not be used, exactly as they were, until the
 * user renames, saves or deletes them. Beside them, their prefilter (CUSTOM_PREFILTER_ITEM).
 * Every move between the two writes the receiving item first, so a failed write leaves a term
 * in both places, never in neither: no step ever writes back a shorter list on its own
 * (security review H6).
 *
 * Browsers store strings as they please: Chromium turns a lone surrogate (half of an emoji)
 * into U+FFFD, so a stored term is not always byte for byte what was imported (security review
 * L15). Nothing depends on those characters, so they are left to the browser.
 */
import { CUSTOM_PREFILTER_ITEM, CUSTOM_TERMS_ITEM, REFUSED_TERMS_ITEM } from '../contracts/storage';
import { GLOSSARY, type GlossaryEntry } from '../glossary';
import { userGlossary } from '../glossary/user-glossary';
import { customPrefilter } from '../settings/custom-prefilter';
import type { CustomTerm, CustomTermsReading } from '../settings/custom-terms';
import { withRefused, type RefusedTerm } from '../settings/refused-terms';
import { storedItem } from './stored-item';

export const customTermsItem = storedItem(CUSTOM_TERMS_ITEM);
const refusedTermsItem = storedItem(REFUSED_TERMS_ITEM);
const customPrefilterItem = storedItem(CUSTOM_PREFILTER_ITEM);

export function loadCustomTerms(builtIn: readonly GlossaryEntry[]): Promise<CustomTermsReading> {
  return customTermsItem.load(builtIn);
}

/** The glossary as the user sees it (src/glossary/user-glossary.ts), with their terms read from storage. */
export async function loadUserGlossary(): Promise<GlossaryEntry[]> {
  const { terms } = await loadCustomTerms(GLOSSARY);
  return userGlossary(terms);
}

/**
 * Their prefilter (custom-prefilter.ts) is written first, so an engine that starts in between
 * knows there are terms of the user's own already; the background rewrites it from the terms it can use.
 */
export async function saveCustomTerms(terms: readonly CustomTerm[]): Promise<void> {
  await saveCustomPrefilter(customPrefilter(terms));
  await customTermsItem.save([...terms]);
}

export function watchCustomTerms(builtIn: readonly GlossaryEntry[], onChange: (reading: CustomTermsReading) => void): () => void {
  return customTermsItem.watch(onChange, builtIn);
}

/** The prefilter table of the user's terms, '' when they have none (src/settings/custom-prefilter.ts). */
export function loadCustomPrefilter(): Promise<string> {
  return customPrefilterItem.load();
}

export function saveCustomPrefilter(table: string): Promise<void> {
  return customPrefilterItem.save(table);
}

export function loadRefusedTerms(): Promise<RefusedTerm[]> {
  return refusedTermsItem.load();
}

export function watchRefusedTerms(onChange: (refused: RefusedTerm[]) => void): () => void {
  return refusedTermsItem.watch(onChange);
}

/**
 * Moves the stored terms that cannot be used into `customTermsRefused`, then writes the list
 * without them, so pages stop working around them. Reads both items afresh, so a term another
 * tab added meanwhile is kept. Returns what it read.
 */
export async function setAsideRefusedTerms(builtIn: readonly GlossaryEntry[]): Promise<CustomTermsReading> {
  const reading = await loadCustomTerms(builtIn);
  if (reading.refused.length === 0) return reading;
  const refused = await loadRefusedTerms();
  await refusedTermsItem.save(
    withRefused(
      refused,
      reading.refused.map((r) => r.value),
    ),
  );
  await saveCustomTerms(reading.terms);
  return reading;
}

/** A set-aside term, revised and checked, joins the terms in use; then it leaves the set-aside list. */
export async function addBackRefusedTerm(key: string, terms: readonly CustomTerm[]): Promise<void> {
  await saveCustomTerms(terms);
  await deleteRefusedTerm(key);
}

export async function deleteRefusedTerm(key: string): Promise<void> {
  const refused = await loadRefusedTerms();
  await refusedTermsItem.save(refused.filter((r) => r.key !== key));
}

export async function deleteAllRefusedTerms(): Promise<void> {
  await refusedTermsItem.remove();
}
