/**
 * The writer of My terms for every tab and page (issue #17). Lookups arrive from every tab and
 * frame at once; each change is a read-modify-write of one stored list, so each is made alone
 * (`changeMyTerms`) and none is lost to another's overwrite. Nothing is written while the user
 * has history off.
 */
import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import { forgetLookup, recordLookup } from '../my-terms/history';
import { isSaved, setNote, setSaved } from '../my-terms/saved-terms';
import { loadSettings } from '../storage/settings-storage';
import { changeMyTerms as inTurn, lookupHistoryItem, savedTermsItem } from '../storage/my-terms-storage';

type Sender = Browser.runtime.MessageSender;

/** Entry ids are short (kebab-case, or `custom-` and 12 characters): anything else is not one. */
const ENTRY_ID = /^[a-z0-9-]{1,120}$/;

export interface MyTermsKeeper {
  /** `frameTitle`: the title the sending frame reports, used when the browser does not tell its tab's. */
  lookedUp(entryId: string, sender: Sender, frameTitle?: string): Promise<boolean>;
  isSaved(entryId: string): Promise<boolean>;
  setSaved(entryId: string, saved: boolean): Promise<boolean>;
  /** Only from the extension's own pages: a content script runs beside a page and is not trusted with the user's words. */
  setNote(entryId: string, note: string, sender: Sender): Promise<boolean>;
  forgetLookup(entryId: string, sender: Sender): Promise<boolean>;
  clearHistory(sender: Sender): Promise<boolean>;
}

/** A sender that is one of the extension's pages (popup, options, appointment), not a content script. */
function fromExtensionPage(sender: Sender, extensionOrigin: string): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin) && (sender.tab === undefined || sender.frameId === 0);
}

export function createMyTermsKeeper(now: () => number = Date.now): MyTermsKeeper {
  const origin = browser.runtime.getURL('/');
  const ownPage = (sender: Sender) => fromExtensionPage(sender, origin);

  return {
    lookedUp: (entryId, sender, frameTitle) =>
      inTurn(async () => {
        if (!ENTRY_ID.test(entryId)) return false;
        const { settings } = await loadSettings();
        if (!settings.keepHistory) return false;
        // Of the extension's pages only the glossary counts: the welcome page's practice text is not reading.
        if (ownPage(sender) && !sender.url?.startsWith(`${origin}popup.html`)) return false;
        // The tab's title and address, as the browser reports them. Firefox reports them only with
        // the `tabs` permission, which is not asked for: there the top frame's own are used (a
        // frame inside the page has another document's). The glossary's own pages have none.
        const page = ownPage(sender) ? undefined : sender.tab;
        const topFrame = page !== undefined && sender.frameId === 0;
        const title = page?.title ?? (topFrame ? frameTitle : undefined) ?? '';
        const url = settings.historyWithAddress ? (page?.url ?? (topFrame ? sender.url : undefined)) : undefined;
        await lookupHistoryItem.save(recordLookup(await lookupHistoryItem.load(), { id: entryId, at: now(), title, url }));
        return true;
      }),
    isSaved: async (entryId) => isSaved(await savedTermsItem.load(), entryId),
    setSaved: (entryId, saved) =>
      inTurn(async () => {
        if (!ENTRY_ID.test(entryId)) return false;
        const next = setSaved(await savedTermsItem.load(), entryId, saved, now());
        await savedTermsItem.save(next);
        return isSaved(next, entryId);
      }),
    setNote: (entryId, note, sender) =>
      inTurn(async () => {
        if (!ownPage(sender)) return false;
        await savedTermsItem.save(setNote(await savedTermsItem.load(), entryId, note));
        return true;
      }),
    forgetLookup: (entryId, sender) =>
      inTurn(async () => {
        if (!ownPage(sender)) return false;
        await lookupHistoryItem.save(forgetLookup(await lookupHistoryItem.load(), entryId));
        return true;
      }),
    clearHistory: (sender) =>
      inTurn(async () => {
        if (!ownPage(sender)) return false;
        await lookupHistoryItem.save([]);
        return true;
      }),
  };
}
