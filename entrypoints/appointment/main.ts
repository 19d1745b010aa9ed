/**
 * "For my appointment" (issue #17): wiring only. The saved terms with their short definitions,
 * safety notes and the user's notes, to print (print CSS: style.css), save as PDF from the print
 * dialog, or copy as plain text. Notes are saved as they are typed, through the background.
 */
import { sendToBackground } from '../../src/contracts/message-channel';
import { renderAppointmentItem } from '../../src/appointment/appointment-view';
import { createNoteSaver } from '../../src/appointment/note-saver';
import { entriesById } from '../../src/glossary';
import { localizePage, t } from '../../src/i18n/message';
import { appointmentItems, appointmentText } from '../../src/my-terms/appointment-list';
import type { SavedTerm } from '../../src/my-terms/saved-terms';
import { loadUserGlossary } from '../../src/storage/custom-terms-storage';
import { savedTermsItem } from '../../src/storage/my-terms-storage';
import { renderDisclaimer } from '../../src/ui/disclaimer';
import { localDay, readableDate } from '../../src/ui/readable-date';

/** A note is saved once typing pauses this long (src/appointment/note-saver.ts). */
const NOTE_SAVE_AFTER_MS = 500;

async function main() {
  localizePage(document);
  document.title = t('appointmentTitle');
  const byId = entriesById(await loadUserGlossary());
  const lookup = (id: string) => byId.get(id);
  const list = document.getElementById('terms')!;
  const none = document.querySelector<HTMLElement>('.none')!;
  const status = document.querySelector<HTMLElement>('.controls .status')!;
  document.querySelector('.made')!.textContent = t('appointmentMade', readableDate(localDay(Date.now())));
  document.getElementById('disclaimer')!.replaceChildren(renderDisclaimer(document));

  let saved: SavedTerm[] = await savedTermsItem.load();
  const notes = createNoteSaver(
    (entryId, note) =>
      sendToBackground({ type: 'set-note', entryId, note }).then((ok) => (status.textContent = ok ? t('appointmentNoteSaved') : '')),
    NOTE_SAVE_AFTER_MS,
    (error) => {
      status.textContent = t('appointmentNoteNotSaved');
      console.error('[dystonia-glossary] note not saved', error);
    },
  );
  addEventListener('pagehide', notes.flushAll);
  list.addEventListener('focusout', (e) => {
    const id = (e.target as HTMLElement).closest<HTMLElement>('[data-entry-id]')?.dataset.entryId;
    if (id) notes.flush(id);
  });

  /** The saved terms with the notes as they are on screen: typed text not yet saved is kept. */
  const onScreen = (): SavedTerm[] => {
    const typed = new Map(
      [...list.querySelectorAll<HTMLElement>('[data-entry-id]')].map((card) => [
        card.dataset.entryId,
        card.querySelector('textarea')?.value,
      ]),
    );
    return saved.map((s) => ({ ...s, note: typed.get(s.id) ?? s.note }));
  };
  const render = () => {
    const items = appointmentItems(onScreen(), lookup);
    list.replaceChildren(
      ...items.map((item) =>
        renderAppointmentItem(document, item, {
          onNote: notes.typed,
          onRemove: (entryId) =>
            void sendToBackground({ type: 'set-saved', entryId, saved: false }).catch((error: unknown) =>
              console.error('[dystonia-glossary] term not removed', error),
            ),
        }),
      ),
    );
    none.hidden = items.length > 0;
  };
  render();
  // Another tab saved or removed a term: shown, with what is typed here kept. A note saved from this page changes no list.
  savedTermsItem.watch((next) => {
    const same = next.length === saved.length && next.every((s, i) => s.id === saved[i]?.id);
    saved = next;
    if (!same) render();
  });

  document.querySelector('.print')!.addEventListener('click', () => {
    notes.flushAll();
    print();
  });
  document.querySelector<HTMLInputElement>('.large-type')!.addEventListener('change', (e) => {
    document.body.classList.toggle('large-type', (e.target as HTMLInputElement).checked);
  });
  document.querySelector('.copy')!.addEventListener('click', () => {
    const items = appointmentItems(onScreen(), lookup);
    const text = appointmentText(items, {
      title: t('appointmentTitle'),
      made: document.querySelector('.made')!.textContent ?? '',
      important: t('appointmentImportant'),
      note: t('appointmentNote'),
      notAdvice: t('ui_notMedicalAdvice'),
    });
    void navigator.clipboard.writeText(text).then(
      () => (status.textContent = t('appointmentCopied')),
      () => (status.textContent = t('appointmentCopyFailed')),
    );
  });
}

main().catch((error: unknown) => console.error('[dystonia-glossary] appointment page failed to start', error));
