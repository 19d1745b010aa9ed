/**
 * Applies glossary highlights to a DOM subtree with mark.js `markRegExp`: one pass, one
 * compiled regex. Each highlight is a `<mark data-glossary-term="<entry id>">`, the public
 * DOM contract that the popover, tests and user stylesheets rely on.
 */
import Mark from 'mark.js';
import type { Matcher } from '../matching';
import { EXCLUDED_SELECTORS } from './exclusions';

export const HIGHLIGHT_CLASS = 'dystonia-glossary-term';

export interface HighlightOptions {
  /** Whether context-gated forms may be highlighted on this page. */
  pageHasContext: boolean;
  /** Highlight only the first occurrence of each entry. */
  firstOccurrenceOnly?: boolean;
  /** Entries already highlighted (for first-occurrence mode across several passes). */
  seen?: Set<string>;
}

export interface HighlightResult {
  /** Highlight count per entry id. */
  counts: Map<string, number>;
}

export function highlightTerms(root: HTMLElement, matcher: Matcher, options: HighlightOptions): Promise<HighlightResult> {
  const counts = new Map<string, number>();
  const seen = options.seen ?? new Set<string>();
  return new Promise((resolve) => {
    new Mark(root).markRegExp(matcher.regex, {
      element: 'mark',
      className: HIGHLIGHT_CLASS,
      exclude: [...EXCLUDED_SELECTORS],
      filter: (_node, matched) => {
        const target = matcher.resolve(matched);
        if (!target || (target.gated && !options.pageHasContext)) return false;
        if (options.firstOccurrenceOnly && seen.has(target.entryId)) return false;
        seen.add(target.entryId);
        return true;
      },
      each: (element) => {
        const target = matcher.resolve(element.textContent ?? '');
        if (!target) return;
        element.setAttribute('data-glossary-term', target.entryId);
        counts.set(target.entryId, (counts.get(target.entryId) ?? 0) + 1);
      },
      done: () => resolve({ counts }),
    });
  });
}

/**
 * Removes every highlight under `root`, merging each mark's text back into the text node
 * it was split from, so `textContent` is exactly what the page had. Unlike mark.js
 * `unmark`, it never calls `normalize()` on nodes the page owns.
 */
export function removeHighlights(root: ParentNode): void {
  for (const mark of Array.from(root.querySelectorAll<HTMLElement>('mark[data-glossary-term]'))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    const text = mark.textContent ?? '';
    const prev = mark.previousSibling;
    const next = mark.nextSibling;
    if (prev && prev.nodeType === Node.TEXT_NODE) {
      (prev as Text).appendData(text);
      mark.remove();
      if (next && next.nodeType === Node.TEXT_NODE) {
        (prev as Text).appendData((next as Text).data);
        next.parentNode?.removeChild(next);
      }
    } else {
      parent.replaceChild(mark.ownerDocument.createTextNode(text), mark);
    }
  }
}
