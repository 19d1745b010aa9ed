/**
 * The glossary forms the generated article uses. Every pattern set of the scaling rows
 * contains all of them, so each row finds the same matches and only the size of the
 * regex changes between rows.
 */
import type { MatchForm } from '../../src/matching';

export const ARTICLE_TERMS = [
  'dystonia',
  'cervical dystonia',
  'basal ganglia',
  'botulinum toxin',
  'deep brain stimulation',
  'blepharospasm',
  "writer's cramp",
  'putamen',
  'globus pallidus',
  'dopamine',
  'levodopa',
  'trihexyphenidyl',
  'sensory trick',
  'torticollis',
  'DYT1',
  'tremor',
  'spasmodic dysphonia',
  'movement disorder',
  'physical therapy',
  'EMG',
  'baclofen',
  'thalamus',
  'cerebellum',
  "Parkinson's disease",
] as const;

/** `size` forms: the article's own forms first, then other glossary forms in glossary order. */
export function patternSet(forms: readonly MatchForm[], size: number): MatchForm[] {
  const used = new Set<string>(ARTICLE_TERMS);
  const own = forms.filter((f) => used.has(f.text));
  if (own.length !== ARTICLE_TERMS.length) {
    const missing = ARTICLE_TERMS.filter((t) => !own.some((f) => f.text === t));
    throw new Error(`article terms missing from the glossary: ${missing.join(', ')}`);
  }
  return [...own, ...forms.filter((f) => !used.has(f.text))].slice(0, size);
}
