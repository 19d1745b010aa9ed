/**
 * "My terms" in the popup (issue #17): the saved terms first, then the recent lookups with how
 * often and when, each with Open and Remove; the history switch, Clear history, and the way to
 * the appointment page. Clearing the history and removing a saved term with a note are asked
 * twice (src/ui/ask-in-place.ts): one slipped press must not lose months of lookups or a note.
 * DOM only; the popup's entrypoint wires it to storage and the background.
 */
import type { GlossaryEntry } from '../glossary';
import { t } from '../i18n/message';
import type { Lookup } from '../my-terms/history';
import type { SavedTerm } from '../my-terms/saved-terms';
import { askInPlace, renderRemoveSaved } from '../ui/ask-in-place';
import { h } from '../ui/dom';
import { localDay, readableDate } from '../ui/readable-date';

export interface MyTermsActions {
  onOpen(entryId: string): void;
  onUnsave(entryId: string): void;
  onForget(entryId: string): void;
  onClearHistory(): void;
  onKeepHistory(on: boolean): void;
  onOpenAppointment(): void;
}

export interface MyTermsView {
  element: HTMLElement;
  show(state: { history: readonly Lookup[]; saved: readonly SavedTerm[]; keepHistory: boolean }): void;
}

function lookupSummary(lookup: Lookup): string {
  const times = lookup.count === 1 ? t('myTermsOnce') : t('myTermsTimes', String(lookup.count));
  const day = readableDate(localDay(lookup.last));
  return `${times} · ${lookup.title ? t('myTermsOn', [day, lookup.title]) : day}`;
}

export function createMyTermsView(doc: Document, lookup: (id: string) => GlossaryEntry | undefined, actions: MyTermsActions): MyTermsView {
  const count = h(doc, 'span', { className: 'my-terms-count' });
  const summary = h(doc, 'summary', {}, h(doc, 'span', { text: t('myTermsTab') }), ' ', count);
  const savedList = h(doc, 'ul', { className: 'saved-terms', attrs: { 'aria-label': t('myTermsSaved') } });
  const recentList = h(doc, 'ul', { className: 'recent-terms', attrs: { 'aria-label': t('myTermsRecent') } });
  const savedNone = h(doc, 'p', { className: 'hint', text: t('myTermsNoneSaved') });
  const recentNone = h(doc, 'p', { className: 'hint' });
  const keep = h(doc, 'input', { className: 'keep-history', attrs: { type: 'checkbox' } });
  keep.addEventListener('change', () => actions.onKeepHistory(keep.checked));
  const clearArea = h(doc, 'div', { className: 'clear-history-area', attrs: { role: 'group' } });
  const clearStatus = h(doc, 'p', { className: 'my-terms-status', attrs: { role: 'status' } });
  let historyLength = 0;

  const askToClear = () =>
    askInPlace(
      doc,
      clearArea,
      { question: t('myTermsClearConfirm', String(historyLength)), yes: t('myTermsClearYes'), no: t('myTermsKeep') },
      () => {
        actions.onClearHistory();
        clearStatus.textContent = t('myTermsCleared');
      },
      showClearButton,
    );
  const clearButton = h(doc, 'button', {
    className: 'clear-history',
    text: t('myTermsClear'),
    attrs: { type: 'button' },
    on: { click: askToClear },
  });
  const showClearButton = (focus = false) => {
    clearArea.replaceChildren(clearButton);
    clearButton.disabled = historyLength === 0;
    if (focus) clearButton.focus();
  };
  showClearButton();

  /** `remove`: the row's Remove (a saved term's asks twice when it has a note). */
  const forgetButton = (entry: GlossaryEntry, onForget: () => void) =>
    h(doc, 'button', {
      className: 'remove',
      text: t('myTermsRemove'),
      attrs: { type: 'button', 'aria-label': t('myTermsRemoveLabel', entry.term) },
      on: { click: onForget },
    });
  const row = (entry: GlossaryEntry, meta: string, remove: HTMLElement) => {
    return h(
      doc,
      'li',
      { attrs: { 'data-entry-id': entry.id } },
      h(
        doc,
        'button',
        { className: 'my-term', attrs: { type: 'button' }, on: { click: () => actions.onOpen(entry.id) } },
        h(doc, 'span', { className: 'my-term-name', text: entry.term }),
        h(doc, 'span', { className: 'my-term-meta', text: meta }),
      ),
      remove,
    );
  };

  const element = h(
    doc,
    'details',
    { className: 'my-terms card' },
    summary,
    h(
      doc,
      'p',
      {},
      h(doc, 'button', {
        className: 'open-appointment',
        text: t('appointmentOpen'),
        attrs: { type: 'button' },
        on: { click: () => actions.onOpenAppointment() },
      }),
    ),
    h(doc, 'h3', { text: t('myTermsSaved') }),
    savedNone,
    savedList,
    h(doc, 'h3', { text: t('myTermsRecent') }),
    recentNone,
    recentList,
    h(doc, 'label', { className: 'check' }, keep, h(doc, 'span', { text: t('myTermsKeepHistory') })),
    clearArea,
    clearStatus,
  );

  return {
    element,
    show({ history, saved, keepHistory }) {
      const savedRows = saved.flatMap((s) => {
        const entry = lookup(s.id);
        const seen = history.find((l) => l.id === s.id);
        const remove =
          entry &&
          renderRemoveSaved(
            doc,
            entry.term,
            () => s.note,
            () => actions.onUnsave(s.id),
          );
        return entry && remove ? [row(entry, seen ? lookupSummary(seen) : entry.short, remove)] : [];
      });
      const recentRows = history.flatMap((l) => {
        const entry = lookup(l.id);
        return entry
          ? [
              row(
                entry,
                lookupSummary(l),
                forgetButton(entry, () => actions.onForget(l.id)),
              ),
            ]
          : [];
      });
      savedList.replaceChildren(...savedRows);
      recentList.replaceChildren(...recentRows);
      savedNone.hidden = savedRows.length > 0;
      recentNone.textContent = keepHistory ? t('myTermsNoneRecent') : t('myTermsHistoryOff');
      recentNone.hidden = recentRows.length > 0 && keepHistory;
      count.textContent = t('myTermsCounts', [String(savedRows.length), String(recentRows.length)]);
      keep.checked = keepHistory;
      historyLength = history.length;
      if (clearArea.contains(clearButton)) clearButton.disabled = historyLength === 0;
    },
  };
}
