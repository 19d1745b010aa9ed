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
  'care-team',
  'rating-scales',
  'general',
] as const;

export type Category = (typeof CATEGORIES)[number];

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
   * Forms that are ordinary English or short abbreviations ("tremor", "stroke", "PD"),
   * highlighted only where the page shows what they mean (src/matching/gating.ts):
   * - a gated abbreviation (listed in `abbreviations`) needs its own long form on the page
   *   ("cervical dystonia" for "CD"), or the page defining it that way;
   * - any other gated form needs dystonia context: a form of an entry with
   *   `dystoniaContext`, or an ungated form of its own entry.
   * `true` gates every form of the entry; a list gates just those forms.
   */
  contextGated?: true | string[];
  /**
   * Gated abbreviations that dystonia context unlocks as well as their long form: on a page
   * about dystonia they can mean nothing else ("GP", "DBS"), while elsewhere they still wait
   * for their long form (a DBS check, a Grand Prix).
   */
  contextUnlocksAbbreviations?: string[];
  /**
   * Whether this entry's ungated forms show that a page is about dystonia or a movement
   * disorder, and so unlock gated ordinary words such as "tremor" or "spasm". Default: true
   * in the 'types' category, false elsewhere. Generic medical words (MRI, physiotherapy,
   * autosomal dominant) must never give context: they appear on pages about anything.
   */
  dystoniaContext?: boolean;
  /** The term is a phrase whose single words are ordinary English ("focal dystonia"): none of those words may be a form of its own. */
  phraseOnly?: boolean;
  category: Category;
  /** Sounds-like respelling, stressed syllable in capitals: "PUT-uh-men". */
  pronunciation?: string;
  /** Plain language, one or two sentences, at most 35 words. Shown first. */
  short: string;
  /** What it means for a patient: why it matters in dystonia, how it is treated or tested. */
  long: string;
  /**
   * Safety information where a reader's decision could hurt them: never stopping a medicine
   * suddenly, when to get urgent help. Shown in its own "Important" block above "More",
   * never collapsed, so it cannot be buried in `long`. Plain text, one to three sentences.
   */
  safety?: string;
  /**
   * Id of an entry whose safety text also applies here (a brand of botulinum toxin shows
   * the class warning): rendered from that entry, never copied.
   */
  safetyFrom?: string;
  /**
   * Everyday words a patient might search with ("shaking" for tremor, "eyelids" for
   * blepharospasm). Used by the popup's search only, never matched on pages.
   */
  keywords?: string[];
  /** Ids of related entries; each must exist. */
  related: string[];
  /** At least one; ids from the allowed source list so no URL is ever invented. */
  sources: SourceId[];
}
