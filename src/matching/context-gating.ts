/**
 * Context gating: ordinary words ("stroke", "cramp") and short abbreviations ("PD") are
 * glossary terms only on pages that are clearly about dystonia or neurology. A page is,
 * when at least one ungated form occurs in it.
 */
import type { TermMatch } from './find-matches';

export function pageHasContext(matches: Iterable<Pick<TermMatch, 'gated'>>): boolean {
  for (const m of matches) if (!m.gated) return true;
  return false;
}

/** Keeps the matches a page may highlight. */
export function applyContextGating<T extends Pick<TermMatch, 'gated'>>(matches: readonly T[], hasContext: boolean): T[] {
  return hasContext ? [...matches] : matches.filter((m) => !m.gated);
}
