/**
 * Which matcher a page uses. The built-in glossary in every category is compiled at build
 * time (virtual:glossary-matcher), so the usual page compiles nothing. Custom terms or a
 * narrower choice of categories need a compile of their own: it is kept in storage, keyed
 * by a fingerprint of the forms it came from, so only the first page after a change pays
 * for it (the background fills the cache as soon as the settings change).
 */
import builtInMatcherData from 'virtual:glossary-matcher';
import { GLOSSARY, type GlossaryEntry } from '../glossary';
import { compileMatcherData, FormCollisionError, formsFingerprint, formsOf, GATES, isTrieNode, matcherFromData, type Matcher, type MatcherData } from '../matching';
import type { CustomTerm } from '../settings/custom-terms';
import type { Settings } from '../settings/settings';

export interface StoredMatcher {
  fingerprint: string;
  data: MatcherData;
}

/** Where compiled matchers are kept between pages (storage.local in the extension). */
export interface MatcherStore {
  read(): Promise<unknown>;
  write(value: StoredMatcher): Promise<void>;
}

export interface PageMatcher {
  entries: GlossaryEntry[];
  matcher: Matcher;
}

/** Built-in and custom entries in the chosen categories, as one matcher; a custom term that clashes is dropped, not fatal. */
export async function pageMatcher(settings: Pick<Settings, 'categories'>, custom: readonly CustomTerm[], store: MatcherStore): Promise<PageMatcher> {
  const inCategories = (e: GlossaryEntry) => settings.categories.includes(e.category);
  const builtIn = GLOSSARY.filter(inCategories);
  const entries = [...builtIn, ...custom.filter(inCategories)];
  if (entries.length === GLOSSARY.length && builtIn.length === GLOSSARY.length) return { entries, matcher: matcherFromData(builtInMatcherData) };
  try {
    return { entries, matcher: await storedMatcher(entries, store) };
  } catch (error) {
    if (!(error instanceof FormCollisionError)) throw error;
    console.error('[dystonia-glossary] custom terms clash with the glossary; highlighting built-in terms only', error);
    const matcher = builtIn.length === GLOSSARY.length ? matcherFromData(builtInMatcherData) : await storedMatcher(builtIn, store);
    return { entries: builtIn, matcher };
  }
}

async function storedMatcher(entries: readonly GlossaryEntry[], store: MatcherStore): Promise<Matcher> {
  const forms = formsOf(entries);
  const fingerprint = formsFingerprint(forms);
  const stored = await store.read().catch(() => undefined);
  // A damaged cache is only a cache: it is compiled again below, and overwritten.
  if (isStoredMatcher(stored) && stored.fingerprint === fingerprint) return matcherFromData(stored.data);
  const data = compileMatcherData(forms);
  await store.write({ fingerprint, data }).catch((error: unknown) => console.warn('[dystonia-glossary] could not keep the compiled matcher', error));
  return matcherFromData(data);
}

function isStoredMatcher(value: unknown): value is StoredMatcher {
  if (typeof value !== 'object' || value === null) return false;
  const { fingerprint, data } = value as Partial<StoredMatcher>;
  return (
    typeof fingerprint === 'string' &&
    typeof data === 'object' &&
    data !== null &&
    isTrieNode(data.trie) &&
    typeof data.formCount === 'number' &&
    Array.isArray(data.owners) &&
    data.owners.every((o) => Array.isArray(o) && o.length === 4 && typeof o[0] === 'string' && typeof o[1] === 'string' && GATES.includes(o[2]) && typeof o[3] === 'boolean')
  );
}
