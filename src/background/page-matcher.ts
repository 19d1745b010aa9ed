/**
 * Which matcher a page uses. The built-in glossary in every category is compiled at build
 * time (virtual:glossary-matcher), so the usual page compiles nothing. Custom terms or a
 * narrower choice of categories need a compile of their own, which only the background does
 * (code review F2: one owner for the page glossary): it is kept in storage, keyed by a
 * fingerprint of the forms it came from, compiled as soon as the settings change, and handed
 * to pages that ask (`PageGlossaryReply`, src/contracts/messages.ts).
 */
import builtInMatcherData from 'virtual:glossary-matcher';
import { BUILT_IN_FINGERPRINT, type PageGlossaryReply } from '../contracts/messages';
import { GLOSSARY, type GlossaryEntry } from '../glossary';
import { substanceIds } from '../glossary/substances';
import { userGlossary } from '../glossary/user-glossary';
import {
  compileMatcherData,
  flattenTrie,
  FormCollisionError,
  formsFingerprint,
  formsOf,
  matcherFromData,
  type Matcher,
  type MatcherData,
} from '../matching';
import { storedData, type MatcherStore, type StoredMatcher } from '../matching/stored-matcher';
import type { CustomTerm } from '../settings/custom-terms';
import type { Settings } from '../settings/settings';

export interface PageMatcher {
  entries: GlossaryEntry[];
  matcher: Matcher;
}

export interface PageMatcherData {
  entries: GlossaryEntry[];
  data: MatcherData;
  /** 'built-in' for the build's own matcher, else the fingerprint of the forms compiled. */
  fingerprint: string;
}

/** Built-in and custom entries in the chosen categories, as one matcher; a custom term that clashes is dropped, not fatal. */
export async function pageMatcher(
  settings: Pick<Settings, 'categories'>,
  custom: readonly CustomTerm[],
  store: MatcherStore,
): Promise<PageMatcher> {
  const { entries, data } = await pageMatcherData(settings, custom, store);
  return { entries, matcher: matcherFromData(data) };
}

export async function pageMatcherData(
  settings: Pick<Settings, 'categories'>,
  custom: readonly CustomTerm[],
  store: MatcherStore,
): Promise<PageMatcherData> {
  const builtIn = userGlossary([], settings.categories);
  const entries = userGlossary(custom, settings.categories);
  const builtInData = { entries: builtIn, data: builtInMatcherData, fingerprint: BUILT_IN_FINGERPRINT };
  if (entries.length === GLOSSARY.length && builtIn.length === GLOSSARY.length) return builtInData;
  try {
    return { entries, ...(await storedMatcher(entries, store)) };
  } catch (error) {
    if (!(error instanceof FormCollisionError)) throw error;
    console.error('[dystonia-glossary] custom terms clash with the glossary; highlighting built-in terms only', error);
    return builtIn.length === GLOSSARY.length ? builtInData : { entries: builtIn, ...(await storedMatcher(builtIn, store)) };
  }
}

/** The reply to a page's `page-glossary` request. */
export function pageGlossaryReply({ entries, data, fingerprint }: PageMatcherData): PageGlossaryReply {
  // The page has the built-in matcher already: only its name travels.
  if (fingerprint === BUILT_IN_FINGERPRINT) return { fingerprint, trie: null, owners: [], formCount: data.formCount, substances: [] };
  return { fingerprint, trie: flattenTrie(data.trie), owners: data.owners, formCount: data.formCount, substances: substanceIds(entries) };
}

async function storedMatcher(entries: readonly GlossaryEntry[], store: MatcherStore): Promise<{ data: MatcherData; fingerprint: string }> {
  const forms = formsOf(entries);
  const fingerprint = formsFingerprint(forms);
  // A damaged cache is only a cache: it is compiled again below, and overwritten.
  const stored = storedData(await store.read().catch(() => undefined), fingerprint);
  if (stored) return { data: stored, fingerprint };
  const data = compileMatcherData(forms);
  const kept: StoredMatcher = { fingerprint, trie: flattenTrie(data.trie), owners: data.owners, formCount: data.formCount };
  await store.write(kept).catch((error: unknown) => console.warn('[dystonia-glossary] could not keep the compiled matcher', error));
  return { data, fingerprint };
}
