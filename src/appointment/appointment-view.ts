/**
 * The appointment page's view (issue #17): one card per saved term, with its short definition,
 * its "Important" notes, the user's note (a text box on screen, its text in print), and Remove.
 * Text only, as everywhere (src/ui/dom.ts). The entrypoint saves what is typed.
 */
import { t } from '../i18n/message';
import type { AppointmentItem } from '../my-terms/appointment-list';
import { NOTE_MAX } from '../my-terms/saved-terms';
import { renderRemoveSaved } from '../ui/ask-in-place';
import { h } from '../ui/dom';

export interface AppointmentActions {
  onNote(entryId: string, note: string): void;
  onRemove(entryId: string): void;
}

export function renderAppointmentItem(doc: Document, item: AppointmentItem, actions: AppointmentActions): HTMLElement {
  const noteId = `note-${item.id}`;
  const area = h(doc, 'textarea', { className: 'note-input', attrs: { id: noteId, rows: '2', maxlength: String(NOTE_MAX) } });
  area.value = item.note;
  // Print shows the note as text: a text box prints with its frame and, when long, cut off.
  const printed = h(doc, 'p', { className: 'note-print' });
  const showPrinted = () => {
    printed.replaceChildren(...(area.value.trim() ? [h(doc, 'strong', { text: `${t('appointmentNote')}: ` }), area.value.trim()] : []));
  };
  showPrinted();
  area.addEventListener('input', () => {
    showPrinted();
    actions.onNote(item.id, area.value);
  });
  return h(
    doc,
    'article',
    { className: 'appointment-term', attrs: { 'data-entry-id': item.id, 'aria-labelledby': `term-${item.id}` } },
    h(doc, 'h2', { className: 'term-name', text: item.term, attrs: { id: `term-${item.id}` } }),
    h(doc, 'p', { className: 'term-short', text: item.short }),
    ...item.safety.map((s) => h(doc, 'p', { className: 'term-safety' }, h(doc, 'strong', { text: `${t('appointmentImportant')}: ` }), s)),
    h(doc, 'label', { className: 'note-label', text: t('appointmentNoteLabel', item.term), attrs: { for: noteId } }),
    area,
    printed,
    renderRemoveSaved(
      doc,
      item.term,
      () => area.value,
      () => actions.onRemove(item.id),
    ),
  );
}
