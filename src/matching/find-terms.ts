/**
 * The terms in one block of page text, with every rule that looks at the words around a
 * match (issue #11): nothing inside a web address, e-mail address or file name; not after a
 * negating prefix ("non-benzodiazepine"); not where the surroundings show an abbreviation
 * means something else ("± SD", "7 pm ET", "DBS check"); and the page's own definitions of
 * its abbreviations first. Gating is left to the caller, which sees the whole page.
 * Pure: no DOM.
 */
import type { Matcher } from './compile-matcher';
import type { TermMatch } from './find-matches';
import type { PageAbbreviations } from './page-abbreviations';
import { isNegatedByPrefix, isOtherMeaningHere, overlapsAny, unmatchableSpans } from './word-edges';

export interface FindTermsOptions {
  /** Entries that are substances (drugs, brain chemicals), which "anti-" negates. */
  isSubstance(entryId: string): boolean;
  /** What the page says its abbreviations mean. */
  abbreviations?: PageAbbreviations;
}

export function findTerms(matcher: Matcher, text: string, options: FindTermsOptions): TermMatch[] {
  const spans = unmatchableSpans(text);
  const pageMeanings = options.abbreviations;
  const found: TermMatch[] = [];
  const regex = matcher.regex;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    let target = matcher.resolve(m[0]);
    if (!target) continue;
    const defined = pageMeanings?.meaning(m[0]);
    if (defined === null) continue;
    if (defined) target = defined;
    if (spans.length > 0 && overlapsAny(spans, start, end)) continue;
    if (isNegatedByPrefix(text, start, options.isSubstance(target.entryId))) continue;
    if (isOtherMeaningHere(text, start, end)) continue;
    found.push({ start, end, text: m[0], ...target });
  }
  regex.lastIndex = 0;
  if (pageMeanings && pageMeanings.size > 0) {
    const extra = pageMeanings
      .extraMatches(text)
      .filter((x) => !overlapsAny(spans, x.start, x.end) && !found.some((f) => f.start < x.end && x.start < f.end));
    if (extra.length > 0) {
      found.push(...extra.map((x) => ({ start: x.start, end: x.end, text: x.text, ...x.target })));
      found.sort((a, b) => a.start - b.start);
    }
  }
  return found;
}
