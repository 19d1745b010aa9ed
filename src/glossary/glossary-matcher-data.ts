/**
 * The built-in glossary's compiled matcher, as data. The build runs this once (see
 * scripts/vite/glossary-matcher-plugin.ts) and ships the result as `virtual:glossary-matcher`,
 * so a page never pays for compiling the glossary; only custom terms or a category choice
 * need a compile on the page.
 */
import { compileMatcherData, formsOf, type MatcherData } from '../matching';
import { GLOSSARY } from './index';

export function glossaryMatcherData(): MatcherData {
  return compileMatcherData(formsOf(GLOSSARY));
}
