/**
 * Highlights a whole document once: decides context gating from the page's own text, then
 * marks in one mark.js pass. Records the work as the User Timing measure
 * `glossary:highlight` (public contract: a page-side observer can see it).
 */
import { findMatches, pageHasContext, type Matcher } from '../matching';
import { highlightTerms, type HighlightResult } from './highlight-terms';
import { eligibleText } from './page-text';

export const HIGHLIGHT_MEASURE = 'glossary:highlight';

export interface PageHighlightOptions {
  firstOccurrenceOnly?: boolean;
}

export async function highlightPage(root: HTMLElement, matcher: Matcher, options: PageHighlightOptions = {}): Promise<HighlightResult> {
  const start = performance.now();
  const hasContext = pageHasContext(findMatches(matcher, eligibleText(root)));
  const result = await highlightTerms(root, matcher, { pageHasContext: hasContext, firstOccurrenceOnly: options.firstOccurrenceOnly });
  performance.measure(HIGHLIGHT_MEASURE, { start, end: performance.now(), detail: { terms: result.counts.size } });
  return result;
}
