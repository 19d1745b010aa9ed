/**
 * The prefilter table of the user's own terms (src/matching/term-prefilter.ts), which the
 * background keeps in `storage.local` whenever they change, so that the first-stage content
 * script knows their words without reading or validating the terms themselves. A cache: the
 * engine never depends on it, and it is rebuilt at every start of the background.
 */
import type { GlossaryEntry } from '../glossary/types';
import { formsOf } from '../matching/forms';
import { encodePrefilter, prefilterKeys } from '../matching/term-prefilter';

export const CUSTOM_PREFILTER_KEY = 'customTermPrefilter';

/** The table for these terms, or '' when there are none. */
export function customPrefilter(terms: readonly GlossaryEntry[]): string {
  return terms.length === 0 ? '' : encodePrefilter(prefilterKeys(formsOf(terms)));
}
