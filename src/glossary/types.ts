/** The glossary schema: one entry per concept. Pure data, no DOM, no browser API. */
import type { SourceId } from './sources';

export const CATEGORIES = [
  'anatomy',
  'brain-chemistry',
  'types',
  'genetics',
  'symptoms',
  'related-conditions',
  'medications',
  'procedures',
  'therapies',
  'rating-scales',
] as const;

export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  anatomy: 'Anatomy and brain',
  'brain-chemistry': 'Brain chemistry',
  types: 'Types and classification',
  genetics: 'Genetics',
  symptoms: 'Symptoms and signs',
  'related-conditions': 'Related conditions',
  medications: 'Medications',
  procedures: 'Procedures and tests',
  therapies: 'Therapies',
  'rating-scales': 'Rating scales',
};

export interface GlossaryEntry {
  /** Stable kebab-case id; used in `data-glossary-term` and `related`. */
  id: string;
  /** Display form, as a reader would write it ("Parkinson's disease"). Always matched. */
  term: string;
  /**
   * Other spellings matched case-insensitively as whole words: plurals, adjective forms,
   * British spellings, brand names, long forms. Apostrophes, hyphens and spaces are
   * matched loosely by the matcher, so list `writer's cramp` once, not its curly twin.
   */
  aliases: string[];
  /** Forms matched only exactly as written (capitals), whole word: "GPi", "DBS", "CD". */
  abbreviations?: string[];
  /**
   * Forms that are ordinary English or short abbreviations ("tremor", "stroke", "PD"):
   * highlighted only on pages that also contain an unambiguous glossary term.
   * `true` gates every form of the entry; a list gates just those forms.
   */
  contextGated?: true | string[];
  /** The term is a phrase whose single words are ordinary English ("focal dystonia"): none of those words may be a form of its own. */
  phraseOnly?: boolean;
  category: Category;
  /** Sounds-like respelling, stressed syllable in capitals: "PUT-uh-men". */
  pronunciation?: string;
  /** Plain language, one or two sentences, at most 35 words. Shown first. */
  short: string;
  /** What it means for a patient: why it matters in dystonia, how it is treated or tested. */
  long: string;
  /** Ids of related entries; each must exist. */
  related: string[];
  /** At least one; ids from the allowed source list so no URL is ever invented. */
  sources: SourceId[];
}
