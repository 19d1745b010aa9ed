/**
 * The popup's "Highlight terms on all sites" switch, at the popup's foot. Turning it off
 * pauses every site at once, and says so in a live region with a large Undo, rather than
 * asking first: a confirmation is one more precise click for a shaky hand, and an undo
 * recovers a slip just as well (UX review C10, issue #15). Turning it on needs nothing.
 * DOM only: the entrypoint saves the choice and reports the stored state back through `show`.
 */
import { t } from '../i18n/message';
import { h } from '../ui/dom';

export interface AllSitesSwitch {
  element: HTMLElement;
  /** The stored state. The pause notice is the user's own action's: it shows only after a click here, and goes once highlighting is back on. */
  show(everywhereOn: boolean): void;
}

export function createAllSitesSwitch(doc: Document, onToggle: (on: boolean) => void): AllSitesSwitch {
  const input = h(doc, 'input', { className: 'everywhere-toggle', attrs: { type: 'checkbox', role: 'switch' } });
  const undo = h(doc, 'button', { className: 'undo-pause', text: t('undoPause'), attrs: { type: 'button' } });
  // In the page from the start, empty: a live region added with its text is not reliably read out.
  const notice = h(doc, 'div', { className: 'pause-notice', attrs: { role: 'status' } });
  const showNotice = (paused: boolean) =>
    notice.replaceChildren(...(paused ? [h(doc, 'p', { className: 'pause-notice-text', text: t('pausedEverywhereNotice') }), undo] : []));

  input.addEventListener('change', () => {
    showNotice(!input.checked);
    onToggle(input.checked);
  });
  undo.addEventListener('click', () => {
    // Focus first: the Undo button is about to leave the page, and focus would fall to the body.
    input.focus();
    input.checked = true;
    showNotice(false);
    onToggle(true);
  });

  return {
    element: h(
      doc,
      'section',
      { className: 'all-sites' },
      h(doc, 'label', { className: 'switch' }, input, h(doc, 'span', { text: t('toggleEverywhere') })),
      notice,
    ),
    show(everywhereOn) {
      input.checked = everywhereOn;
      if (everywhereOn) showNotice(false);
    },
  };
}
