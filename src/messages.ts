/**
 * Messages between the background script, the popup and content scripts: defined once,
 * imported everywhere.
 */

/** Sent to a tab's content script (from the background's commands and from the popup). */
export type ContentRequest =
  | { type: 'next-term' }
  | { type: 'previous-term' }
  | { type: 'reopen-last' }
  | { type: 'toggle-highlighting' }
  | { type: 'get-page-terms' }
  | { type: 'jump-to-term'; entryId: string }
  | { type: 'explain-selection'; text: string };

/** Reply to `get-page-terms`: distinct entries on the page with their highlight counts. */
export interface PageTerms {
  counts: Record<string, number>;
}

/** Sent by a content script to the background. */
export type BackgroundRequest = { type: 'page-terms-changed'; distinct: number } | { type: 'open-glossary'; entryId?: string };
