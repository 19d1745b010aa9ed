/** The bundled glossary: every entry, in one array, plus the review metadata shown to users. */
import { anatomy } from './entries/anatomy';
import { brainChemistry } from './entries/brain-chemistry';
import { careTeam } from './entries/care-team';
import { general } from './entries/general';
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
  ...careTeam,
  ...ratingScales,
  ...general,
];

export function entriesById(entries: readonly GlossaryEntry[]): Map<string, GlossaryEntry> {
  return new Map(entries.map((e) => [e.id, e]));
}

export type { GlossaryEntry, Category } from './types';
export { CATEGORIES } from './types';
export { safetyNotes } from './safety';
export { CUSTOM_ID_PREFIX, isCustomEntry } from './custom-entry';
export { GLOSSARY_CHECKED } from './review-dates';
export { SOURCES, type SourceId } from './sources';
