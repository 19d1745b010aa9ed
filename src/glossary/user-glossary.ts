/**
 * The glossary as the user sees it: the bundled entries, then their own terms. The one place
 * it is put together, for the popup's list (src/storage/custom-terms-storage.ts), the entries
 * sent to pages and the matcher compiled for them (entrypoints/background.ts,
 * src/background/page-matcher.ts). Pure: the user's terms are read and checked by the caller.
 */
import { GLOSSARY } from './index';
import type { Category, GlossaryEntry } from './types';

/** Built-in entries then the user's own, only those in `categories` when it is given. */
export function userGlossary(own: readonly GlossaryEntry[], categories?: readonly Category[]): GlossaryEntry[] {
  const all = [...GLOSSARY, ...own];
  return categories ? all.filter((entry) => categories.includes(entry.category)) : all;
}
