/**
 * Entries an "anti-" prefix negates: an "anti-dopamine drug" is not dopamine
 * (src/matching/word-edges.ts). They are the medicines and the brain's own chemicals.
 */
import type { Category, GlossaryEntry } from './types';

const SUBSTANCE_CATEGORIES: ReadonlySet<Category> = new Set(['medications', 'brain-chemistry']);

export function substanceIds(entries: readonly GlossaryEntry[]): string[] {
  return entries.filter((e) => SUBSTANCE_CATEGORIES.has(e.category)).map((e) => e.id);
}
