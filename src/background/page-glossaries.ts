/**
 * The one owner of "the glossary as pages see it" (code review F2): the user's own terms are
 * read and validated once per change of them, the matcher for each choice of categories is
 * compiled once and kept, and frames are handed what they ask for (their matcher, the entries
 * they show, whether their text could hold a term). Nothing here runs per page load but the
 * lookups.
 */
import type { Browser } from 'wxt/browser';
import prefilterTable from 'virtual:glossary-prefilter';
import type { CandidateReply, PageGlossaryReply, TextBatch } from '../contracts/messages';
import { entriesById, GLOSSARY, SOURCES, type GlossaryEntry } from '../glossary';
import { entryBundle } from '../glossary/entry-bundle';
import { CATEGORIES } from '../glossary/types';
import { userGlossary } from '../glossary/user-glossary';
import { decodePrefilter, type Prefilter } from '../matching/term-prefilter';
import type { MatcherStore, StoredMatcher } from '../matching/stored-matcher';
import { customPrefilter } from '../settings/custom-prefilter';
import type { CustomTerm } from '../settings/custom-terms';
import { isActiveOn, type Settings } from '../settings/settings';
import { saveCustomPrefilter } from '../storage/custom-terms-storage';
import { matcherCache } from '../storage/matcher-cache';
import { loadCustomTerms, loadSettings } from '../storage/settings-storage';
import { batchMayHoldTerm } from './candidate-check';
import { pageGlossaryReply, pageMatcher, pageMatcherData, type PageMatcher } from './page-matcher';

type Sender = Browser.runtime.MessageSender;

/** What a frame may see: the user's own terms only in the top frame, unless they allow frames (security review H1). */
function mayShowOwnTerms(sender: Sender, inFramesToo: boolean): boolean {
  return sender.frameId === 0 || sender.frameId === undefined || inFramesToo;
}

/** Keeps a promise until it fails, so a failure is retried at the next ask and never kept. */
function kept<T>(make: () => Promise<T>): { get(): Promise<T>; forget(): void } {
  let made: Promise<T> | null = null;
  return {
    get() {
      if (made) return made;
      const now = make();
      now.catch(() => made === now && (made = null));
      return (made = now);
    },
    forget: () => void (made = null),
  };
}

export interface PageGlossaries {
  /** The answer to a frame's "could this text hold a term?" (`onTopFrame` hears of the top frame's site as it loads). */
  candidateReply(host: string, batch: TextBatch, sender: Sender): Promise<CandidateReply>;
  /** The frame's matcher. */
  glossaryReply(sender: Sender): Promise<PageGlossaryReply>;
  /** The entries a frame shows, with what their explanations need. */
  entries(ids: string[], sender: Sender): Promise<ReturnType<typeof entryBundle>>;
  /** The whole glossary (every category, the user's own terms), for the context menu's lookup. */
  lookupGlossary(): Promise<PageMatcher>;
  /** Compiles the stored matcher for pages, before any page asks (install, start-up, a settings change). */
  compileForPages(): Promise<void>;
  /** The user's own terms changed: drop everything made from them. */
  forgetOwnTerms(): void;
}

export function createPageGlossaries(onTopFrame: (tabId: number, settings: Settings, host: string) => void): PageGlossaries {
  const ownTerms = kept(() => loadCustomTerms(GLOSSARY).then(({ terms }) => terms));
  // The built-in glossary's prefilter, decoded once; the user's terms' made once per change of
  // them: the table (stored for the engine by compileForPages) and its reading.
  const builtInPrefilter = decodePrefilter(prefilterTable);
  const ownPrefilter = kept<{ table: string; prefilter: Prefilter | null }>(() =>
    ownTerms.get().then((terms) => {
      const table = customPrefilter(terms);
      return { table, prefilter: table ? decodePrefilter(table) : null };
    }),
  );
  // The context menu's matcher is compiled apart from the pages' stored one, which follows the chosen categories.
  const lookup = kept(() =>
    ownTerms.get().then((terms: CustomTerm[]) => {
      let value: StoredMatcher | undefined;
      const inMemory: MatcherStore = { read: async () => value, write: async (next) => void (value = next) };
      return pageMatcher({ categories: [...CATEGORIES] }, terms, inMemory);
    }),
  );
  /** What pages are sent, per choice of categories and whether the frame gets the user's own terms. */
  const forPages = new Map<string, Promise<{ reply: PageGlossaryReply; byId: Map<string, GlossaryEntry> }>>();

  // Settings are read afresh: a page may ask before the background has heard of a change.
  const pageGlossaryFor = async (sender: Sender) => {
    const [{ settings }, terms] = await Promise.all([loadSettings(), ownTerms.get()]);
    const withOwn = mayShowOwnTerms(sender, settings.customTermsInFrames);
    const key = JSON.stringify([settings.categories, withOwn]);
    let made = forPages.get(key);
    if (!made) {
      const here = withOwn ? terms : [];
      made = pageMatcherData(settings, here, matcherCache).then((data) => ({
        reply: pageGlossaryReply(data),
        byId: entriesById(userGlossary(here)),
      }));
      made.catch(() => forPages.get(key) === made && forPages.delete(key));
      forPages.set(key, made);
    }
    return made;
  };

  return {
    async candidateReply(host, batch, sender) {
      const { settings } = await loadSettings();
      if (sender.frameId === 0 && sender.tab?.id !== undefined) onTopFrame(sender.tab.id, settings, host);
      if (!isActiveOn(settings, host)) return { off: true, holds: false };
      const own = mayShowOwnTerms(sender, settings.customTermsInFrames) ? (await ownPrefilter.get()).prefilter : null;
      return { off: false, holds: batchMayHoldTerm(batch, own ? [builtInPrefilter, own] : [builtInPrefilter]) };
    },
    glossaryReply: (sender) => pageGlossaryFor(sender).then(({ reply }) => reply),
    entries: (ids, sender) => pageGlossaryFor(sender).then(({ byId }) => entryBundle(ids, byId, SOURCES)),
    lookupGlossary: () => lookup.get(),
    async compileForPages() {
      const [{ settings }, terms, { table }] = await Promise.all([loadSettings(), ownTerms.get(), ownPrefilter.get()]);
      // The engine reads from here whether the user has terms of their own (and so asks for its matcher).
      await saveCustomPrefilter(table);
      await pageMatcherData(settings, terms, matcherCache);
    },
    forgetOwnTerms() {
      ownTerms.forget();
      ownPrefilter.forget();
      lookup.forget();
      forPages.clear();
    },
  };
}
