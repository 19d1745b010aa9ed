/** The bundled glossary: every entry, in one array, plus the review metadata shown to users. */
import { anatomy } from './entries/anatomy';
import { brainChemistry } from './entries/brain-chemistry';
import { genetics } from './entries/genetics';
import { medications } from './entries/medications';
import { procedures } from './entries/procedures';
import { ratingScales } from './entries/rating-scales';
import { relatedConditions } from './entries/related-conditions';
import { symptoms } from './entries/symptoms';
import { therapies } from './entries/therapies';
import { types } from './entries/types';
import type { GlossaryEntry } from './types';

export const GLOSSARY: readonly GlossaryEntry[] = [
  ...anatomy,
  ...brainChemistry,
  ...types,
  ...genetics,
  ...symptoms,
  ...relatedConditions,
  ...medications,
  ...procedures,
  ...therapies,
  ...ratingScales,
];

/** Date the whole glossary was last checked against its sources (ISO 8601). */
export const GLOSSARY_REVIEWED = '2026-11-25';

export const DISCLAIMER = 'This explains words; it is not medical advice. Talk to your own doctor about your care.';

export function entriesById(entries: readonly GlossaryEntry[]): Map<string, GlossaryEntry> {
  return new Map(entries.map((e) => [e.id, e]));
}

export type { GlossaryEntry, Category } from './types';
export { CATEGORIES, CATEGORY_LABELS } from './types';
export { SOURCES, type SourceId, type Source } from './sources';
