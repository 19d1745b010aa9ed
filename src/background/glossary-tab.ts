/** The glossary in a tab of its own (the popup's page), at an entry or a search that found nothing. */
import { browser } from 'wxt/browser';
import { glossaryHash, type GlossaryLocation } from '../contracts/messages';
import { lookupSelection } from '../search/lookup-selection';
import type { PageMatcher } from './page-matcher';

const EXPLAIN_MENU_ID = 'explain-selection';

export const openGlossaryTab = (location: GlossaryLocation) =>
  browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}${glossaryHash(location)}` });

/** "Explain …" on selected text: the glossary opens at the entry the selection names, or says it found none. */
export function installExplainMenu(menuTitle: string, lookupGlossary: () => Promise<PageMatcher>): void {
  // Menus are recreated at every start: Firefox forgets them, Chrome would reject a duplicate id.
  void browser.contextMenus
    .removeAll()
    .then(() => browser.contextMenus.create({ id: EXPLAIN_MENU_ID, title: menuTitle, contexts: ['selection'] }))
    .catch((error: unknown) => console.error('[dystonia-glossary] could not create the context menu', error));

  const explainSelection = async (text: string) => {
    const { entries, matcher } = await lookupGlossary();
    const entry = lookupSelection(text, entries, matcher);
    await openGlossaryTab(entry ? { entryId: entry.id } : { notFound: text.trim().slice(0, 100) });
  };
  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === EXPLAIN_MENU_ID && info.selectionText)
      void explainSelection(info.selectionText).catch((error: unknown) =>
        console.error('[dystonia-glossary] could not look up the selection', error),
      );
  });
}
