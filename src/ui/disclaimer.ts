/**
 * What every explanation says about itself (medical-review.md section 6): not medical advice
 * and no medicine changes because of it, when to call for emergency help, that brands and
 * approvals differ by country, and exactly how far the content was checked (against its
 * cited sources, not by a clinician). A user's own term says only that it is theirs.
 */
import { isCustomEntry } from '../glossary/custom-entry';
import { GLOSSARY_CHECKED, GLOSSARY_NEXT_CHECK } from '../glossary/review-dates';
import type { GlossaryEntry } from '../glossary/types';
import { h } from './dom';
import { readableDate } from './readable-date';
import { uiText } from './strings';

/** The glossary's note, shown in the popover footer and at the foot of the popup. */
export function renderDisclaimer(doc: Document): HTMLElement {
  return h(
    doc,
    'div',
    { className: 'dg-disclaimer' },
    h(doc, 'p', { className: 'dg-not-advice', text: uiText('notMedicalAdvice') }),
    h(doc, 'p', { className: 'dg-emergency', text: uiText('emergency') }),
    h(doc, 'p', {
      className: 'dg-checked',
      text: uiText('checked', { date: readableDate(GLOSSARY_CHECKED), next: readableDate(GLOSSARY_NEXT_CHECK) }),
    }),
  );
}

/** The label on a user's own term, in place of the glossary's note. */
export function renderOwnWordsNote(doc: Document): HTMLElement {
  return h(doc, 'p', { className: 'dg-own-words', text: uiText('ownWords') });
}

export function renderEntryNote(doc: Document, entry: GlossaryEntry): HTMLElement {
  return isCustomEntry(entry) ? renderOwnWordsNote(doc) : renderDisclaimer(doc);
}
