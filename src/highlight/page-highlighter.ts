/**
 * Owns highlighting for one document over its lifetime: the initial pass, and removal.
 * The content script talks only to this.
 */
import type { Matcher } from '../matching';
import { highlightPage } from './highlight-page';
import { removeHighlights } from './highlight-terms';

export interface PageHighlighterOptions {
  firstOccurrenceOnly: boolean;
  /** Called after each pass with the per-entry highlight counts on the page. */
  onCounts?: (counts: ReadonlyMap<string, number>) => void;
}

export interface PageHighlighter {
  /** Highlight counts per entry id currently on the page. */
  counts(): ReadonlyMap<string, number>;
  stop(): void;
}

export async function startPageHighlighter(doc: Document, matcher: Matcher, options: PageHighlighterOptions): Promise<PageHighlighter> {
  const root = doc.body;
  const result = await highlightPage(root, matcher, { firstOccurrenceOnly: options.firstOccurrenceOnly });
  options.onCounts?.(result.counts);
  return {
    counts: () => result.counts,
    stop: () => removeHighlights(root),
  };
}
