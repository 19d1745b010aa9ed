/**
 * A press that would lose the user's own words (their history, a note) asks once more, in place:
 * a question and two buttons take the pressed button's place, and the safe answer has focus, so
 * a slipped second press, Enter or Escape keeps everything. Tremor makes double presses common.
 */
import { t } from '../i18n/message';
import { h } from './dom';

export interface Question {
  question: string;
  yes: string;
  no: string;
}

/**
 * Replaces `area`'s content with the question. `onYes` runs on the yes button only; either answer
 * then calls `restore` (with `true` when focus should go back to the original button).
 */
export function askInPlace(
  doc: Document,
  area: HTMLElement,
  words: Question,
  onYes: () => void,
  restore: (refocus: boolean) => void,
): void {
  const answer = (isYes: boolean) => {
    area.removeEventListener('keydown', onEscape);
    if (isYes) onYes();
    restore(!isYes);
  };
  const onEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    // Escape means "no" here, and nothing more: the glossary's own Escape (back to the list) must not also run.
    event.preventDefault();
    event.stopPropagation();
    answer(false);
  };
  const yes = h(doc, 'button', { className: 'confirm-yes', text: words.yes, attrs: { type: 'button' }, on: { click: () => answer(true) } });
  const no = h(doc, 'button', { className: 'confirm-no', text: words.no, attrs: { type: 'button' }, on: { click: () => answer(false) } });
  area.replaceChildren(h(doc, 'p', { className: 'confirm-question', text: words.question }), yes, ' ', no);
  area.addEventListener('keydown', onEscape);
  no.focus();
}

/**
 * Remove, for a saved term: at once when it has no note (Save brings it back), asked twice when
 * it has one, since the note goes with it. `note` is read at the press: the note may be typed
 * after the button was made.
 */
export function renderRemoveSaved(doc: Document, term: string, note: () => string, onRemove: () => void): HTMLElement {
  const area = h(doc, 'span', { className: 'remove-area', attrs: { role: 'group' } });
  const remove = h(doc, 'button', {
    className: 'remove',
    text: t('myTermsRemove'),
    attrs: { type: 'button', 'aria-label': t('myTermsRemoveLabel', term) },
  });
  const showRemove = (refocus: boolean) => {
    area.replaceChildren(remove);
    if (refocus) remove.focus();
  };
  const words = { question: t('myTermsRemoveNoteConfirm', term), yes: t('myTermsRemove'), no: t('myTermsKeep') };
  remove.addEventListener('click', () => (note().trim() ? askInPlace(doc, area, words, onRemove, showRemove) : onRemove()));
  showRemove(false);
  return area;
}
