/**
 * Which matcher a page uses. The built-in glossary in every category is compiled at build
 * time (virtual:glossary-matcher), so the usual page compiles nothing. Custom terms or a
 * narrower choice of categories need a compile of their own: it is kept in storage, keyed
 * by a fingerprint of the forms it came from, so only the first page after a change pays
 * for it (the background fills the cache as soon as the settings change).
 */
import builtInMatcherData from 'virtual:glossary-matcher';
import { GLOSSARY, type GlossaryEntry } from '../glossary';
import { compileMatcherData, flattenTrie, FormCollisionError, formsFingerprint, formsOf, GATES, matcherFromData, unflattenTrie, type FlatTrie, type Matcher, type MatcherData } from '../matching';
import type { CustomTerm } from '../settings/custom-terms';
import type { Settings } from '../settings/settings';

/** The matcher as kept in storage: its trie flat (flat-trie.ts says why). */
export interface StoredMatcher {
  fingerprint: string;
  trie: FlatTrie;
  owners: MatcherData['owners'];
  formCount: number;
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
  // A damaged cache is only a cache: it is compiled again below, and overwritten.
  const stored = storedData(await store.read().catch(() => undefined), fingerprint);
  if (stored) return matcherFromData(stored);
  const data = compileMatcherData(forms);
  const kept: StoredMatcher = { fingerprint, trie: flattenTrie(data.trie), owners: data.owners, formCount: data.formCount };
  await store.write(kept).catch((error: unknown) => console.warn('[dystonia-glossary] could not keep the compiled matcher', error));
  return matcherFromData(data);
}

/** The stored matcher's data when it is well formed and compiled from these forms. */
function storedData(value: unknown, fingerprint: string): MatcherData | null {
  if (typeof value !== 'object' || value === null) return null;
  const stored = value as Partial<StoredMatcher>;
  if (stored.fingerprint !== fingerprint || typeof stored.formCount !== 'number' || !Array.isArray(stored.owners)) return null;
  const ownersOk = stored.owners.every((o) => Array.isArray(o) && o.length === 4 && typeof o[0] === 'string' && typeof o[1] === 'string' && GATES.includes(o[2]) && typeof o[3] === 'boolean');
  const trie = ownersOk ? unflattenTrie(stored.trie) : null;
  return trie ? { trie, owners: stored.owners, formCount: stored.formCount } : null;
}
