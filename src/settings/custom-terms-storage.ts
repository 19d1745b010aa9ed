/**
 * Where the user's own terms live: the `local` area (they can grow past sync's 8 KB per item),
 * in two items. `customTerms` holds the terms in use; `customTermsRefused` holds those that
 * could not be used, exactly as they were, until the user renames, saves or deletes them.
 * Every move between the two writes the receiving item first, so a failed write leaves a term
 * in both places, never in neither: no step ever writes back a shorter list on its own
 * (security review H6).
 *
 * Browsers store strings as they please: Chromium turns a lone surrogate (half of an emoji)
 * into U+FFFD, so a stored term is not always byte for byte what was imported (security review
 * L15). Nothing depends on those characters, so they are left to the browser.
 */
import { storage } from 'wxt/utils/storage';
import type { GlossaryEntry } from '../glossary';
import { CUSTOM_PREFILTER_KEY, customPrefilter } from './custom-prefilter';
import { readCustomTerms, type CustomTerm, type CustomTermsReading } from './custom-terms';
import { readRefusedTerms, withRefused, type RefusedTerm } from './refused-terms';

export const customTermsItem = storage.defineItem<unknown>('local:customTerms', { version: 1 });
export const refusedTermsItem = storage.defineItem<unknown>('local:customTermsRefused', { version: 1 });

export async function loadCustomTerms(builtIn: readonly GlossaryEntry[]): Promise<CustomTermsReading> {
  return readCustomTerms(await customTermsItem.getValue(), builtIn);
}

/**
 * Their prefilter (custom-prefilter.ts) is written first, so an engine that starts in between
 * knows there are terms of the user's own already; the background rewrites it from the terms it can use.
 */
export async function saveCustomTerms(terms: readonly CustomTerm[]): Promise<void> {
  await storage.setItem(`local:${CUSTOM_PREFILTER_KEY}`, customPrefilter(terms));
  await customTermsItem.setValue([...terms]);
}

export function watchCustomTerms(builtIn: readonly GlossaryEntry[], onChange: (reading: CustomTermsReading) => void): () => void {
  return customTermsItem.watch((value) => onChange(readCustomTerms(value, builtIn)));
}

export async function loadRefusedTerms(): Promise<RefusedTerm[]> {
  return readRefusedTerms(await refusedTermsItem.getValue());
}

export function watchRefusedTerms(onChange: (refused: RefusedTerm[]) => void): () => void {
  return refusedTermsItem.watch((value) => onChange(readRefusedTerms(value)));
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
  await refusedTermsItem.setValue(withRefused(refused, reading.refused.map((r) => r.value)));
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
  await refusedTermsItem.setValue(refused.filter((r) => r.key !== key));
}

export async function deleteAllRefusedTerms(): Promise<void> {
  await refusedTermsItem.removeValue();
}
