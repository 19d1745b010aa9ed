/** The glossary in a tab of its own (the popup's page), at an entry or a search that found nothing. */
import { browser } from 'wxt/browser';
import { glossaryHash, type GlossaryLocation } from '../contracts/messages';
import { lookupSelection } from '../search/lookup-selection';
import { readerPathFor } from '../reader/pdf-address';
import type { PageMatcher } from './page-matcher';

const EXPLAIN_MENU_ID = 'explain-selection';
const OPEN_PDF_MENU_ID = 'open-pdf';
/** Links whose path ends in .pdf (query and fragment allowed), as the menu's link patterns say it. */
const PDF_LINKS = ['*://*/*.pdf', '*://*/*.pdf?*', '*://*/*.PDF', '*://*/*.PDF?*'];

export const openGlossaryTab = (location: GlossaryLocation) =>
  browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}${glossaryHash(location)}` });

/** "Explain …" on selected text: the glossary opens at the entry the selection names, or says it found none. */
/** And "Open PDF with Dystonia Glossary" on a link to a PDF: the reader opens it (issue #18). */
export function installExplainMenu(menuTitle: string, pdfMenuTitle: string, lookupGlossary: () => Promise<PageMatcher>): void {
  // Menus are recreated at every start: Firefox forgets them, Chrome would reject a duplicate id.
  void browser.contextMenus
    .removeAll()
    .then(() => {
      browser.contextMenus.create({ id: EXPLAIN_MENU_ID, title: menuTitle, contexts: ['selection'] });
      browser.contextMenus.create({ id: OPEN_PDF_MENU_ID, title: pdfMenuTitle, contexts: ['link'], targetUrlPatterns: PDF_LINKS });
    })
    .catch((error: unknown) => console.error('[dystonia-glossary] could not create the context menu', error));

  const explainSelection = async (text: string) => {
    const { entries, matcher } = await lookupGlossary();
    const entry = lookupSelection(text, entries, matcher);
    await openGlossaryTab(entry ? { entryId: entry.id } : { notFound: text.trim().slice(0, 100) });
  };
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === OPEN_PDF_MENU_ID && info.linkUrl)
      void browser.tabs.create({ url: browser.runtime.getURL(readerPathFor(info.linkUrl)) });
    if (info.menuItemId === EXPLAIN_MENU_ID && info.selectionText)
      void explainSelection(info.selectionText).catch((error: unknown) =>
        console.error('[dystonia-glossary] could not look up the selection', error),
      );
  });
}
