/**
 * Popup: wiring only. Reads the glossary (with the user's own terms) and settings, mounts the
 * glossary browser (search first), the "this page" panel under its empty search box, the
 * all-sites switch and the shortcuts at the foot, and talks to the active tab's content script.
 * `popup.html#entry=<id>` opens an entry; `#notfound=<text>` says the text is not in the glossary.
 * `?tab=<id>` targets a given tab (the popup opened as a page, and the e2e tests).
 */
import { browser } from 'wxt/browser';
import { WELCOME_PATH } from '../../src/background/welcome';
import { entriesById } from '../../src/glossary';
import { localizePage, t } from '../../src/i18n/message';
import { APPOINTMENT_PATH, parseGlossaryHash, type ContentRequest } from '../../src/contracts/messages';
import { handleBackgroundRequests, sendToTab } from '../../src/contracts/message-channel';
import { backgroundMyTerms } from '../../src/popover/my-terms-port';
import { mountMyTerms } from '../../src/popup/my-terms-panel';
import { h } from '../../src/ui/dom';
import { createAllSitesSwitch } from '../../src/popup/all-sites-switch';
import { mountGlossaryBrowser } from '../../src/popup/glossary-browser';
import { createPagePanel } from '../../src/popup/page-panel';
import { looksLikePdf, READER_PATH, readerPathFor } from '../../src/reader/pdf-address';
import { createSettingsQueue } from '../../src/popup/settings-queue';
import { renderShortcuts } from '../../src/popup/shortcuts-list';
import { isSiteEnabled, setSiteEnabled, type Settings } from '../../src/settings/settings';
import { loadUserGlossary } from '../../src/storage/custom-terms-storage';
import { loadSettings, updateSettings, watchSettings } from '../../src/storage/settings-storage';

async function targetTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  // Opened as a page of its own ("Open in glossary"), the active tab is this page.
  const self = await browser.tabs.getCurrent();
  return tab?.id !== undefined && tab.id !== self?.id ? tab.id : undefined;
}

async function main() {
  localizePage(document);
  document.title = t('popupTitle');
  document.querySelector('.open-settings')?.addEventListener('click', () => void browser.runtime.openOptionsPage());
  document.querySelector('.open-welcome')?.addEventListener('click', () => void openExtensionTab(WELCOME_PATH));

  const entries = await loadUserGlossary();
  const byId = entriesById(entries);
  const pageSlot = document.getElementById('page')!;
  const myTermsSlot = document.getElementById('my-terms')!;
  const glossary = mountGlossaryBrowser(document.getElementById('app')!, entries, {
    besideEmptySearch: h(document, 'div', {}, pageSlot, myTermsSlot),
    myTerms: backgroundMyTerms(),
  });
  mountMyTerms(
    myTermsSlot,
    byId,
    (id) => glossary.showEntry(id),
    () => void openExtensionTab(APPOINTMENT_PATH),
  );
  const opened = parseGlossaryHash(location.hash);
  if (opened.entryId) glossary.showEntry(opened.entryId);
  else if (opened.notFound) glossary.showNotFound(opened.notFound);

  void browser.commands
    .getAll()
    .then((commands) => document.getElementById('shortcuts')!.replaceChildren(renderShortcuts(document, commands)));

  const tabId = await targetTabId();
  if (tabId === undefined) return;
  const isRealPopup = (await browser.tabs.getCurrent()) === undefined;
  // The top frame speaks for the page: iframes have content scripts of their own.
  const ask = <Q extends ContentRequest>(request: Q) => sendToTab(tabId, request, { frameId: 0 });

  let hostname: string | undefined;
  let settings: Settings = (await loadSettings()).settings;
  const change = createSettingsQueue<Settings>(updateSettings, (error) =>
    console.error('[dystonia-glossary] the popup could not save a switch', error),
  );
  const panel = createPagePanel(document, (id) => byId.get(id), {
    onSiteToggle: (on) => {
      const site = hostname;
      // On while paused everywhere: the pause is lifted too, or the switch would change nothing the user can see (as the toggle command does).
      if (site) void change((s) => (on ? { ...setSiteEnabled(s, site, true), enabled: true } : setSiteEnabled(s, site, false)));
    },
    onJump: (entryId) =>
      void ask({ type: 'jump-to-term', entryId }).then(() => {
        // The popover opens on the page; a real popup would cover it, so it steps aside.
        if (isRealPopup) window.close();
      }),
    onReopenLast: () =>
      void ask({ type: 'reopen-last' }).then(() => {
        if (isRealPopup) window.close();
      }),
    onOpenPdf: () => {
      if (pdfAddress) void openExtensionTab(readerPathFor(pdfAddress));
    },
    onOpenReader: () => void openExtensionTab(READER_PATH),
  });
  // A PDF tab: its address is the PDF's, which the popup sees through activeTab (the user's click on the toolbar button).
  const tabAddress = (await browser.tabs.get(tabId).catch(() => undefined))?.url;
  const pdfAddress = looksLikePdf(tabAddress) ? tabAddress : undefined;
  pageSlot.replaceChildren(panel.element);
  const allSites = createAllSitesSwitch(document, (on) => void change((s) => ({ ...s, enabled: on })));
  allSites.show(settings.enabled);
  document.getElementById('all-sites')!.replaceChildren(allSites.element);
  const showSwitches = () =>
    panel.showSwitches({ siteOn: hostname ? isSiteEnabled(settings, hostname) : true, everywhereOn: settings.enabled });

  const refreshPage = async () => {
    const page = await ask({ type: 'get-page-terms' }).catch(() => undefined);
    hostname = page?.hostname;
    panel.showPage(page);
    panel.showPdf(pdfAddress !== undefined);
    showSwitches();
  };
  await refreshPage();
  watchSettings((reading) => {
    settings = reading.settings;
    showSwitches();
    // Only from storage, never on a page report: one arriving before the pause's own change
    // would show the old state and take the Undo away.
    allSites.show(settings.enabled);
  });
  // The content script reports each highlighting pass (for the badge); the list follows it too.
  handleBackgroundRequests({
    'page-terms-changed': (_request, sender) => {
      if (sender.tab?.id === tabId) void refreshPage();
    },
  });
}

main().catch((error: unknown) => console.error('[dystonia-glossary] popup failed to start', error));

async function openExtensionTab(path: Parameters<typeof browser.runtime.getURL>[0]): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(path) });
  // A real popup steps aside for the new tab; the popup opened as a page stays.
  if ((await browser.tabs.getCurrent()) === undefined) window.close();
}
