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
  | { type: 'jump-to-term'; entryId: string };

/** Reply to `get-page-terms`: distinct entries on the page with their highlight counts. */
export interface PageTerms {
  counts: Record<string, number>;
  /** The page's hostname, for the popup's "Highlight terms on <site>" toggle (no `tabs` permission needed). */
  hostname: string;
  /** Whether highlighting runs on this page under the current settings. */
  active: boolean;
}

/** The names of `manifest.commands`; the background forwards each to the active tab as the ContentRequest of the same type. */
export const COMMANDS = ['toggle-highlighting', 'next-term', 'previous-term', 'reopen-last'] as const;
export type CommandName = (typeof COMMANDS)[number];

/** Sent by a content script to the background. */
export type BackgroundRequest = { type: 'page-terms-changed'; distinct: number } | { type: 'open-glossary'; entryId?: string };

/** Where the glossary page opens: an entry, or a search for words that are not in the glossary. */
export interface GlossaryLocation {
  entryId?: string;
  /** Shown as "“…” is not in the glossary" with the closest matches. */
  notFound?: string;
}

export function glossaryHash(location: GlossaryLocation): string {
  const params = new URLSearchParams();
  if (location.entryId) params.set('entry', location.entryId);
  if (location.notFound) params.set('notfound', location.notFound);
  return `#${params}`;
}

export function parseGlossaryHash(hash: string): GlossaryLocation {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return { entryId: params.get('entry') ?? undefined, notFound: params.get('notfound') ?? undefined };
}
