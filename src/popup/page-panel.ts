/**
 * The popup's "this page" panel: the switch for this site, the terms found on the active tab
 * with their counts (a click jumps to the next occurrence), and "Reopen last explanation".
 * The all-sites switch is not here but at the popup's foot (all-sites-switch.ts): stacked
 * under the site switch, a slip paused every site (UX review C10). DOM only: the entrypoint
 * passes in what it read and what to do.
 */
import type { GlossaryEntry } from '../glossary';
import { t } from '../i18n/message';
import type { PageTerms } from '../contracts/messages';
import { byTerm } from '../search/search-entries';
import { h } from '../ui/dom';

export interface PagePanelActions {
  onSiteToggle(on: boolean): void;
  onJump(entryId: string): void;
  onReopenLast(): void;
  /** Opens the tab's PDF in the reader (issue #18). */
  onOpenPdf(): void;
  /** Opens the reader, to choose a PDF file. */
  onOpenReader(): void;
}

export interface PagePanel {
  element: HTMLElement;
  /** `undefined`: the tab has no content script (browser pages, web stores). */
  showPage(page: PageTerms | undefined): void;
  /** `siteOn`: the user's choice for this site; while paused everywhere the switch shows off whatever it is. */
  showSwitches(state: { siteOn: boolean; everywhereOn: boolean }): void;
  /** Whether the tab shows a PDF: the browser's viewer, where no glossary runs, so the reader is offered first. */
  showPdf(isPdf: boolean): void;
}

export function createPagePanel(doc: Document, lookup: (id: string) => GlossaryEntry | undefined, actions: PagePanelActions): PagePanel {
  const site = {
    input: h(doc, 'input', { className: 'site-toggle', attrs: { type: 'checkbox', role: 'switch' } }),
    text: h(doc, 'span', { text: t('toggleSiteUnknown') }),
  };
  site.input.addEventListener('change', () => actions.onSiteToggle(site.input.checked));

  // While paused everywhere, the site switch shows what happens on this site (off), and says why.
  const pausedHint = h(doc, 'p', { className: 'paused-hint', text: t('pausedEverywhereHint'), attrs: { id: 'paused-hint' } });
  pausedHint.hidden = true;
  const message = h(doc, 'p', { className: 'page-message' });
  const list = h(doc, 'ul', { className: 'page-terms', attrs: { 'aria-labelledby': 'page-heading' } });
  const reopen = h(doc, 'button', {
    className: 'reopen-last',
    text: t('reopenLast'),
    attrs: { type: 'button' },
    on: { click: () => actions.onReopenLast() },
  });
  const openPdf = h(doc, 'button', {
    className: 'open-pdf',
    text: t('popupOpenPdf'),
    attrs: { type: 'button' },
    on: { click: () => actions.onOpenPdf() },
  });
  openPdf.hidden = true;
  const openReader = h(doc, 'button', {
    className: 'open-reader',
    text: t('popupOpenPdfFile'),
    attrs: { type: 'button' },
    on: { click: () => actions.onOpenReader() },
  });
  const element = h(
    doc,
    'section',
    { className: 'page-panel', attrs: { 'aria-labelledby': 'page-heading' } },
    h(doc, 'h2', { className: 'panel-heading', text: t('onThisPage'), attrs: { id: 'page-heading' } }),
    h(doc, 'label', { className: 'switch' }, site.input, site.text),
    pausedHint,
    message,
    openPdf,
    list,
    reopen,
    openReader,
  );

  return {
    element,
    showPage(page) {
      site.input.disabled = page === undefined;
      reopen.hidden = !page?.active;
      if (page?.hostname) site.text.textContent = t('toggleSite', page.hostname);
      const found = Object.entries(page?.counts ?? {})
        .map(([id, count]) => ({ entry: lookup(id), count }))
        .filter((r): r is { entry: GlossaryEntry; count: number } => r.entry !== undefined)
        .sort((a, b) => byTerm(a.entry, b.entry));
      if (!page) message.textContent = t('onThisPageUnavailable');
      else if (!page.active) message.textContent = t('onThisPageOff');
      else message.textContent = found.length === 0 ? t('onThisPageEmpty') : '';
      message.hidden = message.textContent === '';
      list.replaceChildren(
        ...found.map(({ entry, count }) =>
          h(
            doc,
            'li',
            {},
            h(
              doc,
              'button',
              {
                className: 'page-term',
                attrs: { type: 'button', 'data-entry-id': entry.id, 'aria-label': t('jumpLabel', [entry.term, String(count)]) },
                on: { click: () => actions.onJump(entry.id) },
              },
              h(doc, 'span', { className: 'page-term-name', text: entry.term }),
              h(doc, 'span', { className: 'page-term-count', text: String(count), attrs: { 'aria-hidden': 'true' } }),
            ),
          ),
        ),
      );
    },
    showPdf(isPdf) {
      openPdf.hidden = !isPdf;
      // The browser's viewer has no content script: "not available here" would only confuse.
      if (isPdf) message.hidden = true;
    },
    showSwitches({ siteOn, everywhereOn }) {
      site.input.checked = siteOn && everywhereOn;
      pausedHint.hidden = everywhereOn;
      if (everywhereOn) site.input.removeAttribute('aria-describedby');
      else site.input.setAttribute('aria-describedby', 'paused-hint');
    },
  };
}
