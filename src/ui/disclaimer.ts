import { DISCLAIMER, GLOSSARY_REVIEWED } from '../glossary';
import { h } from './dom';

/** The "not medical advice" note with the review date, shown in the popover footer and the popup. */
export function renderDisclaimer(doc: Document): HTMLElement {
  return h(doc, 'p', { className: 'dg-disclaimer' }, DISCLAIMER, ' ', h(doc, 'span', { className: 'dg-reviewed', text: `Reviewed ${GLOSSARY_REVIEWED}.` }));
}
