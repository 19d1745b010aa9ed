/**
 * Background: wiring only. Keyboard commands go to the active tab, the context menu opens
 * the glossary at the selected term, content scripts' term counts become the badge, and a
 * change of categories or custom terms is compiled here once, before any page needs it.
 */
import { browser, type Browser } from 'wxt/browser';
import prefilterTable from 'virtual:glossary-prefilter';
import { batchMayHoldTerm } from '../src/background/candidate-check';
import { defaultIcon, tabIcon } from '../src/background/toolbar-icon';
import { opensWelcome, WELCOME_PATH } from '../src/background/welcome';
import { decodePrefilter, type Prefilter } from '../src/matching/term-prefilter';
import { t } from '../src/i18n/message';
import {
  COMMANDS,
  glossaryHash,
  type CandidateReply,
  type CommandName,
  type ContentRequest,
  type GlossaryLocation,
  type PageGlossaryReply,
  type TextBatch,
} from '../src/contracts/messages';
import { handleBackgroundRequests, sendToTab } from '../src/contracts/message-channel';
import { createRateLimit } from '../src/background/rate-limit';
import { lookupSelection } from '../src/search/lookup-selection';
import { customPrefilter } from '../src/settings/custom-prefilter';
import { pageGlossaryReply, pageMatcher, pageMatcherData, type PageMatcher } from '../src/content/page-matcher';
import type { MatcherStore, StoredMatcher } from '../src/matching/stored-matcher';
import { entriesById, GLOSSARY, SOURCES, type GlossaryEntry } from '../src/glossary';
import { userGlossary } from '../src/glossary/user-glossary';
import { CATEGORIES } from '../src/glossary/types';
import type { CustomTerm } from '../src/settings/custom-terms';
import { entryBundle } from '../src/glossary/entry-bundle';
import { isActiveOn } from '../src/settings/settings';
import { saveCustomPrefilter } from '../src/storage/custom-terms-storage';
import { matcherCache } from '../src/storage/matcher-cache';
import { loadCustomTerms, loadSettings, watchCustomTerms, watchSettings } from '../src/storage/settings-storage';

const EXPLAIN_MENU_ID = 'explain-selection';

/** What a frame may see: the user's own terms only in the top frame, unless they allow frames (security review H1). */
function mayShowOwnTerms(sender: Browser.runtime.MessageSender, inFramesToo: boolean): boolean {
  return sender.frameId === 0 || sender.frameId === undefined || inFramesToo;
}

export default defineBackground(() => {
  // MV3 (Chrome) has `action`, MV2 (Firefox) `browserAction`: same badge API.
  const action = browser.action ?? browser.browserAction;

  const openGlossary = (location: GlossaryLocation) =>
    browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}${glossaryHash(location)}` });

  // Menus are recreated at every start: Firefox forgets them, Chrome would reject a duplicate id.
  void browser.contextMenus
    .removeAll()
    .then(() => browser.contextMenus.create({ id: EXPLAIN_MENU_ID, title: t('contextMenuExplain'), contexts: ['selection'] }))
    .catch((error: unknown) => console.error('[dystonia-glossary] could not create the context menu', error));

  const explainSelection = async (text: string) => {
    const { entries, matcher } = await lookupGlossary();
    const entry = lookupSelection(text, entries, matcher);
    await openGlossary(entry ? { entryId: entry.id } : { notFound: text.trim().slice(0, 100) });
  };
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === EXPLAIN_MENU_ID && info.selectionText) void explainSelection(info.selectionText);
  });

  // The site switch's notice on the page tells the way back with the key the browser has now:
  // the user may have rebound the command, or unset it ('').
  const commandRequest = async (command: CommandName): Promise<ContentRequest> => {
    if (command !== 'toggle-highlighting') return { type: command };
    const commands = await browser.commands.getAll().catch((error: unknown) => {
      console.error('[dystonia-glossary] could not read the keyboard shortcuts', error);
      return [];
    });
    return { type: command, shortcut: commands.find((c) => c.name === command)?.shortcut ?? '' };
  };
  browser.commands.onCommand.addListener((command) => {
    if (!(COMMANDS as readonly string[]).includes(command)) return;
    void Promise.all([browser.tabs.query({ active: true, currentWindow: true }), commandRequest(command as CommandName)])
      .then(([[tab], request]) => (tab?.id === undefined ? undefined : sendToTab(tab.id, request, { frameId: 0 })))
      // Browser pages and web stores have no content script: nothing to do there.
      .catch((error: unknown) => console.info(`[dystonia-glossary] ${command}: no glossary on this tab`, error));
  });

  // The toolbar icon is greyed where highlighting is off (issue #15): everywhere while paused, per tab for a site switched off.
  const showIcon = (tabId: number | undefined, path: ReturnType<typeof defaultIcon>) =>
    void action
      .setIcon(tabId === undefined ? { path } : { tabId, path })
      .catch((error: unknown) => console.info('[dystonia-glossary] toolbar icon not set (a tab that closed?)', error));
  const refreshIcons = async () => {
    const { settings } = await loadSettings();
    showIcon(undefined, defaultIcon(settings));
    // Each open tab's top frame says which site it shows (tabs' addresses need the `tabs` permission).
    for (const tab of await browser.tabs.query({})) {
      if (tab.id === undefined) continue;
      const tabId = tab.id;
      void sendToTab(tabId, { type: 'get-page-terms' }, { frameId: 0 }).then(
        (reply) => reply && typeof reply.hostname === 'string' && showIcon(tabId, tabIcon(settings, reply.hostname)),
        () => undefined /* no content script there: a browser page keeps the default */,
      );
    }
  };
  const refreshIconsLater = () =>
    void refreshIcons().catch((error: unknown) => console.error('[dystonia-glossary] could not update the toolbar icon', error));
  refreshIconsLater();
  watchSettings(refreshIconsLater);

  const showBadge = async (tabId: number, distinct: number) => {
    const { settings } = await loadSettings();
    const text = settings.showBadge && distinct > 0 ? String(Math.min(distinct, 999)) : '';
    await action.setBadgeText({ tabId, text });
    if (text) await action.setBadgeBackgroundColor({ tabId, color: '#3a3ab0' });
  };

  // "Open in glossary" needs a trusted click in the popover; still, one tab opens at most a few (M4).
  const glossaryTabsFromPages = createRateLimit({ acts: 3, withinMs: 10_000 });

  // Content scripts' requests (and the welcome page's engine's); each handler's promise is its reply.
  handleBackgroundRequests({
    'may-hold-terms': (request, sender) => candidateReply(request.hostname, request.batch, sender),
    'page-terms-changed': (request, sender) => {
      // A sender outside a tab has no badge to show.
      return sender.tab?.id === undefined ? undefined : showBadge(sender.tab.id, request.distinct).then(() => true);
    },
    'page-glossary': (_request, sender) => pageGlossaryFor(sender).then(({ reply }) => reply),
    'get-entries': (request, sender) => pageGlossaryFor(sender).then(({ byId }) => entryBundle(request.ids, byId, SOURCES)),
    'open-glossary': (request, sender) => {
      if (sender.tab?.id !== undefined && !glossaryTabsFromPages.allow(sender.tab.id)) return Promise.resolve(false);
      return openGlossary({ entryId: request.entryId?.slice(0, 200) }).then(() => true);
    },
  });

  // The user's own terms, read and validated once per change of them, not once per page (code
  // review F2). Pages hear of such a change only from tellPages, after this is forgotten.
  let ownTerms: Promise<CustomTerm[]> | null = null;
  const loadOwnTerms = () =>
    (ownTerms ??= loadCustomTerms(GLOSSARY).then(
      ({ terms }) => terms,
      (error: unknown) => {
        ownTerms = null;
        throw error;
      },
    ));
  /** What pages are sent, per choice of categories and whether the frame gets the user's own terms. */
  const pageGlossaries = new Map<string, Promise<{ reply: PageGlossaryReply; byId: Map<string, GlossaryEntry> }>>();
  /**
   * The context menu looks in the whole glossary (every category, the user's own terms): the
   * built-in matcher as built, or one compiled once per change of the user's terms and kept
   * here, apart from the pages' stored one, which follows the chosen categories.
   */
  let lookup: Promise<PageMatcher> | null = null;
  const lookupGlossary = () => {
    if (lookup) return lookup;
    const made = loadOwnTerms().then((terms) => {
      let kept: StoredMatcher | undefined;
      const inMemory: MatcherStore = { read: async () => kept, write: async (value) => void (kept = value) };
      return pageMatcher({ categories: [...CATEGORIES] }, terms, inMemory);
    });
    made.catch(() => lookup === made && (lookup = null));
    return (lookup = made);
  };
  /**
   * The frames' prefilters: the built-in glossary's, decoded once, and the user's terms', made
   * once per change of them: the table (stored for the engine by compileForPages) and its reading.
   */
  const builtInPrefilter = decodePrefilter(prefilterTable);
  let ownPrefilter: Promise<{ table: string; prefilter: Prefilter | null }> | null = null;
  const loadOwnPrefilter = () => {
    const made = (ownPrefilter ??= loadOwnTerms().then((terms) => {
      const table = customPrefilter(terms);
      return { table, prefilter: table ? decodePrefilter(table) : null };
    }));
    made.catch(() => ownPrefilter === made && (ownPrefilter = null));
    return made;
  };
  const candidateReply = async (host: string, batch: TextBatch, sender: Browser.runtime.MessageSender): Promise<CandidateReply> => {
    const { settings } = await loadSettings();
    // A page's top frame asks first as it loads: its tab's icon says whether the glossary is on there.
    if (sender.frameId === 0 && sender.tab?.id !== undefined) showIcon(sender.tab.id, tabIcon(settings, host));
    if (!isActiveOn(settings, host)) return { off: true, holds: false };
    const own = mayShowOwnTerms(sender, settings.customTermsInFrames) ? (await loadOwnPrefilter()).prefilter : null;
    return { off: false, holds: batchMayHoldTerm(batch, own ? [builtInPrefilter, own] : [builtInPrefilter]) };
  };
  const forgetOwnTerms = () => {
    ownTerms = null;
    ownPrefilter = null;
    lookup = null;
    pageGlossaries.clear();
  };
  // Settings are read afresh: a page may ask before this script has heard of a change.
  const pageGlossaryFor = async (sender: Browser.runtime.MessageSender) => {
    const [{ settings }, terms] = await Promise.all([loadSettings(), loadOwnTerms()]);
    const withOwn = mayShowOwnTerms(sender, settings.customTermsInFrames);
    const key = JSON.stringify([settings.categories, withOwn]);
    let made = pageGlossaries.get(key);
    if (!made) {
      const here = withOwn ? terms : [];
      made = pageMatcherData(settings, here, matcherCache).then((data) => ({
        reply: pageGlossaryReply(data),
        byId: entriesById(userGlossary(here)),
      }));
      made.catch(() => pageGlossaries.get(key) === made && pageGlossaries.delete(key));
      pageGlossaries.set(key, made);
    }
    return made;
  };

  // Pages that highlight ask for their glossary again; tabs' ids need no permission.
  const tellPages = async () => {
    for (const tab of await browser.tabs.query({})) {
      if (tab.id !== undefined) void sendToTab(tab.id, { type: 'page-glossary-changed' }).catch(() => undefined);
    }
  };

  const compileForPages = async () => {
    const [{ settings }, terms, { table }] = await Promise.all([loadSettings(), loadOwnTerms(), loadOwnPrefilter()]);
    // The engine reads from here whether the user has terms of their own (and so asks for its matcher).
    await saveCustomPrefilter(table);
    await pageMatcherData(settings, terms, matcherCache);
  };
  const compileForPagesLater = () =>
    void compileForPages().catch((error: unknown) => console.error('[dystonia-glossary] could not compile the matcher for pages', error));
  // An update brings a new glossary, so a stored matcher is stale: compile before pages load.
  browser.runtime.onInstalled.addListener(compileForPagesLater);
  browser.runtime.onInstalled.addListener((details) => {
    if (opensWelcome(details))
      void browser.tabs
        .create({ url: browser.runtime.getURL(WELCOME_PATH) })
        .catch((error: unknown) => console.error('[dystonia-glossary] could not open the welcome page', error));
  });
  browser.runtime.onStartup.addListener(compileForPagesLater);
  watchSettings(compileForPagesLater);
  watchCustomTerms(GLOSSARY, () => {
    forgetOwnTerms();
    void compileForPages().then(tellPages, (error: unknown) =>
      console.error('[dystonia-glossary] could not compile the matcher for pages', error),
    );
  });
});
