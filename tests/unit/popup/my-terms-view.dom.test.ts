import { beforeEach, describe, expect, it, vi } from 'vitest';
import { GLOSSARY, type GlossaryEntry } from '../../../src/glossary';
import type { Lookup } from '../../../src/my-terms/history';
import { createMyTermsView, type MyTermsActions, type MyTermsView } from '../../../src/popup/my-terms-view';

const byId = new Map(GLOSSARY.map((entry) => [entry.id, entry]));
const lookup = (id: string): GlossaryEntry | undefined => byId.get(id);
const DAY = Date.UTC(2026, 11, 3, 12);
const seen = (id: string, count: number, title = ''): Lookup => ({ id, count, first: DAY, last: DAY, title });

const fakeActions = () =>
  ({
    onOpen: vi.fn<MyTermsActions['onOpen']>(),
    onUnsave: vi.fn<MyTermsActions['onUnsave']>(),
    onForget: vi.fn<MyTermsActions['onForget']>(),
    onClearHistory: vi.fn<MyTermsActions['onClearHistory']>(),
    onKeepHistory: vi.fn<MyTermsActions['onKeepHistory']>(),
    onOpenAppointment: vi.fn<MyTermsActions['onOpenAppointment']>(),
  }) satisfies MyTermsActions;

const names = (list: Element) => [...list.querySelectorAll('.my-term-name')].map((n) => n.textContent);

describe('My terms in the popup', () => {
  let actions: ReturnType<typeof fakeActions>;
  let view: MyTermsView;
  beforeEach(() => {
    actions = fakeActions();
    view = createMyTermsView(document, lookup, actions);
    document.body.replaceChildren(view.element);
  });
  const $ = <E extends Element = HTMLElement>(selector: string) => view.element.querySelector<E>(selector)!;

  it('lists saved terms first, then recent ones with how often, when and where', () => {
    view.show({
      saved: [{ id: 'botulinum-toxin', savedAt: DAY, note: '' }],
      history: [seen('putamen', 3, 'Dystonia – causes'), seen('botulinum-toxin', 1)],
      keepHistory: true,
    });
    expect(names($('.saved-terms'))).toEqual(['botulinum toxin']);
    expect(names($('.recent-terms'))).toEqual(['putamen', 'botulinum toxin']);
    const putamen = $('.recent-terms li[data-entry-id="putamen"] .my-term-meta');
    expect(putamen.textContent).toBe('3 times · 3 December 2026 on “Dystonia – causes”');
    expect($('.saved-terms .my-term-meta').textContent).toBe('once · 3 December 2026');
    expect($('.my-terms-count').textContent).toBe('(1 saved, 2 recent)');
    expect(($('.saved-terms').previousElementSibling as HTMLElement).hidden).toBe(true);
  });

  it('skips ids the glossary no longer has instead of showing a blank row', () => {
    view.show({ saved: [{ id: 'custom-gone', savedAt: DAY, note: 'x' }], history: [seen('custom-gone', 2)], keepHistory: true });
    expect($('.saved-terms').children).toHaveLength(0);
    expect($('.recent-terms').children).toHaveLength(0);
    expect($('.my-terms-count').textContent).toBe('(0 saved, 0 recent)');
  });

  it('opens, unsaves and forgets the term of the row pressed', () => {
    view.show({ saved: [{ id: 'putamen', savedAt: DAY, note: '' }], history: [seen('dystonia', 2)], keepHistory: true });
    $('.recent-terms .my-term').click();
    expect(actions.onOpen).toHaveBeenCalledWith('dystonia');
    $('.saved-terms .remove').click();
    expect(actions.onUnsave).toHaveBeenCalledWith('putamen');
    $('.recent-terms .remove').click();
    expect(actions.onForget).toHaveBeenCalledWith('dystonia');
    expect($('.recent-terms .remove').getAttribute('aria-label')).toBe('Remove dystonia');
  });

  it('clears history only after a second, different press, with the safe answer focused', () => {
    view.show({ saved: [], history: [seen('dystonia', 2), seen('putamen', 1)], keepHistory: true });
    $<HTMLButtonElement>('.clear-history').click();
    expect(actions.onClearHistory).not.toHaveBeenCalled();
    expect($('.clear-history-area .confirm-question').textContent).toBe(
      'Clear your whole history? Terms in it: 2. Saved terms and notes stay.',
    );
    expect(document.activeElement).toBe($('.confirm-no'));
    $('.confirm-no').click();
    expect(actions.onClearHistory).not.toHaveBeenCalled();
    expect(document.activeElement).toBe($('.clear-history'));

    $('.clear-history').click();
    $('.confirm-yes').click();
    expect(actions.onClearHistory).toHaveBeenCalledTimes(1);
    expect($('.my-terms-status').textContent).toBe('History cleared.');
  });

  it('offers no clearing of an empty history, and says when history is off', () => {
    view.show({ saved: [], history: [], keepHistory: true });
    expect($<HTMLButtonElement>('.clear-history').disabled).toBe(true);
    expect($('.recent-terms').previousElementSibling!.textContent).toBe('Nothing looked up yet.');

    view.show({ saved: [], history: [seen('dystonia', 1)], keepHistory: false });
    const note = $('.recent-terms').previousElementSibling as HTMLElement;
    expect(note.hidden).toBe(false);
    expect(note.textContent).toBe('History is off: nothing you look up is remembered.');
    expect($<HTMLInputElement>('.keep-history').checked).toBe(false);
    $<HTMLInputElement>('.keep-history').click();
    expect(actions.onKeepHistory).toHaveBeenCalledWith(true);
  });

  it('removes a saved term without a note at once, and one with a note only when asked twice', () => {
    view.show({
      saved: [
        { id: 'putamen', savedAt: DAY, note: '' },
        { id: 'botulinum-toxin', savedAt: DAY, note: 'Ask how long a dose lasts.' },
      ],
      history: [],
      keepHistory: true,
    });
    $('.saved-terms li[data-entry-id="putamen"] .remove').click();
    expect(actions.onUnsave).toHaveBeenCalledWith('putamen');

    const toxin = $('.saved-terms li[data-entry-id="botulinum-toxin"]');
    toxin.querySelector<HTMLElement>('.remove')!.click();
    expect(actions.onUnsave).not.toHaveBeenCalledWith('botulinum-toxin');
    expect(toxin.querySelector('.confirm-question')!.textContent).toBe('Remove botulinum toxin and your note on it?');
    expect(document.activeElement).toBe(toxin.querySelector('.confirm-no'));
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(actions.onUnsave).not.toHaveBeenCalledWith('botulinum-toxin');
    expect(document.activeElement).toBe(toxin.querySelector('.remove'));

    toxin.querySelector<HTMLElement>('.remove')!.click();
    toxin.querySelector<HTMLElement>('.confirm-yes')!.click();
    expect(actions.onUnsave).toHaveBeenCalledWith('botulinum-toxin');
  });

  it('opens the appointment page', () => {
    $('.open-appointment').click();
    expect(actions.onOpenAppointment).toHaveBeenCalledTimes(1);
  });
});
