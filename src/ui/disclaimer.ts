import { DISCLAIMER, GLOSSARY_REVIEWED } from '../glossary';
import { h } from './dom';
import { uiText } from './strings';

/** The "not medical advice" note with the review date, shown in the popover footer and the popup. */
export function renderDisclaimer(doc: Document): HTMLElement {
  return h(doc, 'p', { className: 'dg-disclaimer' }, DISCLAIMER, ' ', h(doc, 'span', { className: 'dg-reviewed', text: uiText('reviewed', { date: GLOSSARY_REVIEWED }) }));
}
