/**
 * The built-in glossary's compiled matcher and prefilter, as data. The build runs this once
 * (see scripts/vite/glossary-matcher-plugin.ts) and ships the results as
 * `virtual:glossary-matcher`, `virtual:glossary-prefilter` and `virtual:glossary-substances`, so a page never pays for
 * compiling the glossary; only custom terms or a category choice need a compile of their own.
 */
import { compileMatcherData, formsOf, type MatcherData } from './index';
import { encodePrefilter, prefilterKeys } from './term-prefilter';
import { GLOSSARY } from '../glossary';
import { substanceIds } from '../glossary/substances';

export function glossaryMatcherData(): MatcherData {
  return compileMatcherData(formsOf(GLOSSARY));
}

/** The first-stage content script's table (src/matching/term-prefilter.ts), base64. */
export function glossaryPrefilter(): string {
  return encodePrefilter(prefilterKeys(formsOf(GLOSSARY)));
}

/**
 * The built-in entries an "anti-" prefix negates (`virtual:glossary-substances`).
 * @public read by the Vite plugin through the module's type, which knip cannot follow.
 */
export function glossarySubstances(): string[] {
  return substanceIds(GLOSSARY);
}
