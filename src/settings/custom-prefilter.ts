/**
 * The prefilter table of the user's own terms (src/matching/term-prefilter.ts). The background
 * scans frames' text with it (entrypoints/background.ts) and keeps it in `storage.local`
 * (CUSTOM_PREFILTER_ITEM, src/contracts/storage.ts) whenever the terms change, where the
 * engine reads only whether it is empty: whether the user has terms of their own, without
 * reading or validating the terms. Rebuilt at every start of the background. (Since the first stage stopped reading it, a flag would do: issue #16.)
 */
import type { GlossaryEntry } from '../glossary/types';
import { formsOf } from '../matching/forms';
import { encodePrefilter, prefilterKeys } from '../matching/term-prefilter';

/** The table for these terms, or '' when there are none. */
export function customPrefilter(terms: readonly GlossaryEntry[]): string {
  return terms.length === 0 ? '' : encodePrefilter(prefilterKeys(formsOf(terms)));
}
