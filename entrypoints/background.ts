/**
 * Background: wiring only. Each feature is a module of src/background/: the page glossary's
 * one owner (page-glossaries.ts), the toolbar icon and badge (toolbar.ts), keyboard commands
 * (commands.ts), the glossary tab and the context menu (glossary-tab.ts), the welcome page.
 */
import { browser } from 'wxt/browser';
import { forwardCommands } from '../src/background/commands';
import { installExplainMenu, openGlossaryTab } from '../src/background/glossary-tab';
import { createMyTermsKeeper } from '../src/background/my-terms-keeper';
import { createPageGlossaries } from '../src/background/page-glossaries';
import { createRateLimit } from '../src/background/rate-limit';
import { createToolbar } from '../src/background/toolbar';
import { opensWelcome, WELCOME_PATH } from '../src/background/welcome';
import { handleBackgroundRequests, sendToTab } from '../src/contracts/message-channel';
import { GLOSSARY } from '../src/glossary';
import { t } from '../src/i18n/message';
import { watchCustomTerms, watchSettings } from '../src/storage/settings-storage';

export default defineBackground(() => {
  const toolbar = createToolbar();
  // A page's top frame asks first as it loads: its tab's icon says whether the glossary is on there.
  const glossaries = createPageGlossaries(toolbar.showSiteIcon);
  toolbar.refreshIcons();
  watchSettings(toolbar.refreshIcons);

  installExplainMenu(t('contextMenuExplain'), t('contextOpenPdf'), glossaries.lookupGlossary);
  forwardCommands();

  const myTerms = createMyTermsKeeper();

  // "Open in glossary" needs a trusted click in the popover; still, one tab opens at most a few (M4).
  const glossaryTabsFromPages = createRateLimit({ acts: 3, withinMs: 10_000 });

  // Content scripts' requests (and the welcome page's engine's); each handler's promise is its reply.
  handleBackgroundRequests({
    'may-hold-terms': (request, sender) => glossaries.candidateReply(request.hostname, request.batch, sender),
    // A sender outside a tab has no badge to show.
    'page-terms-changed': (request, sender) =>
      sender.tab?.id === undefined ? undefined : toolbar.showBadge(sender.tab.id, request.distinct).then(() => true),
    'page-glossary': (_request, sender) => glossaries.glossaryReply(sender),
    'get-entries': (request, sender) => glossaries.entries(request.ids, sender),
    'open-glossary': (request, sender) => {
      if (sender.tab?.id !== undefined && !glossaryTabsFromPages.allow(sender.tab.id)) return Promise.resolve(false);
      return openGlossaryTab({ entryId: request.entryId?.slice(0, 200) }).then(() => true);
    },
    'looked-up': (request, sender) => myTerms.lookedUp(request.entryId, sender, request.title),
    'is-saved': (request) => myTerms.isSaved(request.entryId),
    'set-saved': (request) => myTerms.setSaved(request.entryId, request.saved),
    'set-note': (request, sender) => myTerms.setNote(request.entryId, request.note, sender),
    'forget-lookup': (request, sender) => myTerms.forgetLookup(request.entryId, sender),
    'clear-history': (_request, sender) => myTerms.clearHistory(sender),
  });

  const compileForPagesLater = () =>
    void glossaries
      .compileForPages()
      .catch((error: unknown) => console.error('[dystonia-glossary] could not compile the matcher for pages', error));
  // Pages that highlight ask for their glossary again; tabs' ids need no permission.
  const tellPages = async () => {
    for (const tab of await browser.tabs.query({})) {
      if (tab.id !== undefined) void sendToTab(tab.id, { type: 'page-glossary-changed' }).catch(() => undefined);
    }
  };
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
  // Pages hear of a change of the user's terms only after everything made from the old ones is forgotten.
  watchCustomTerms(GLOSSARY, () => {
    glossaries.forgetOwnTerms();
    void glossaries
      .compileForPages()
      .then(tellPages, (error: unknown) => console.error('[dystonia-glossary] could not compile the matcher for pages', error));
  });
});
