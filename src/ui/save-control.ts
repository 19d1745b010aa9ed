/**
 * The Save toggle of an explanation (issue #17), in the popover and the popup alike: a button
 * with `aria-pressed` (its name stays "Save", the pressed state says whether it is saved) and a
 * status beside it for a list that is full.
 */
import { h } from './dom';
import { uiText } from './strings';

/** My terms as an explanation reaches them (through the background: src/popover/my-terms-port.ts). */
export interface MyTermsPort {
  isSaved(entryId: string): Promise<boolean>;
  /** Resolves with whether the term is saved now (a full list saves no more). */
  setSaved(entryId: string, saved: boolean): Promise<boolean>;
  lookedUp(entryId: string): void;
}

/** `accepts` decides which clicks count: in the popover, only the user's own (security review M4). */
export function renderSaveControl(doc: Document, entryId: string, myTerms: MyTermsPort, accepts: (event: Event) => boolean): HTMLElement {
  const star = h(doc, 'span', { className: 'dg-save-star', text: '☆', attrs: { 'aria-hidden': 'true' } });
  const button = h(
    doc,
    'button',
    { className: 'dg-save', attrs: { type: 'button', 'aria-pressed': 'false' } },
    star,
    ' ',
    h(doc, 'span', { className: 'dg-header-word', text: uiText('save') }),
  );
  const status = h(doc, 'span', { className: 'dg-save-status', attrs: { role: 'status' } });
  const show = (saved: boolean) => {
    button.setAttribute('aria-pressed', String(saved));
    star.textContent = saved ? '★' : '☆';
  };
  void myTerms.isSaved(entryId).then(show, () => undefined);
  button.addEventListener('click', (event) => {
    if (!accepts(event)) return;
    const wanted = button.getAttribute('aria-pressed') !== 'true';
    void myTerms.setSaved(entryId, wanted).then(
      (saved) => {
        show(saved);
        status.textContent = wanted && !saved ? uiText('savedFull') : '';
      },
      () => undefined,
    );
  });
  return h(doc, 'span', { className: 'dg-save-control' }, button, status);
}
