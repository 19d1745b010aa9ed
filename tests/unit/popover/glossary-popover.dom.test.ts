import { afterEach, describe, expect, it, vi } from 'vitest';
import { entriesById, GLOSSARY, SOURCES } from '../../../src/glossary';
import { entriesAtHand } from '../../../src/popover/entry-lookup';
import { GlossaryPopover } from '../../../src/popover/glossary-popover';
import { elementTerms } from './element-terms';
import { POPOVER_HOST_SELECTOR } from '../../../src/contracts/dom';

const terms = elementTerms(document);

// autoUpdate's positioning session shows as scroll and resize listeners on the term's ancestors.
type Listener = Parameters<EventTarget['addEventListener']>[1];
const positioningListeners = new Set<string | Listener>();
function watchPositioningListeners(): void {
  for (const target of [EventTarget.prototype, window]) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    vi.spyOn(target, 'addEventListener').mockImplementation(function (this: EventTarget, type, listener, options) {
      if (type === 'scroll' || type === 'resize') positioningListeners.add(listener);
      add.call(this, type, listener, options);
    });
    vi.spyOn(target, 'removeEventListener').mockImplementation(function (this: EventTarget, type, listener, options) {
      if (type === 'scroll' || type === 'resize') positioningListeners.delete(listener);
      remove.call(this, type, listener, options);
    });
  }
}

const byId = entriesById(GLOSSARY);
const entry = (id: string) => byId.get(id)!;

function term(id: string): HTMLElement {
  const mark = document.createElement('mark');
  mark.dataset.glossaryTerm = id;
  mark.textContent = entry(id).term;
  document.body.append(mark, ' ');
  return mark;
}

describe('glossary popover positioning', () => {
  afterEach(() => {
    document.body.replaceChildren();
    positioningListeners.clear();
    vi.restoreAllMocks();
  });

  it('runs autoUpdate only while open: closing (or moving to another term) removes its listeners', () => {
    const popover = new GlossaryPopover(document, { entries: entriesAtHand(byId, SOURCES) });
    watchPositioningListeners();
    const a = term('putamen');
    const b = term('dystonia');
    popover.open(terms.ofElement(a)!, entry('putamen'), { pinned: false, source: 'hover', focus: false });
    const first = new Set(positioningListeners);
    expect(first.size).toBeGreaterThan(0);
    popover.open(terms.ofElement(b)!, entry('dystonia'), { pinned: false, source: 'hover', focus: false });
    expect([...first].some((listener) => positioningListeners.has(listener))).toBe(false);
    expect(positioningListeners.size).toBe(first.size);
    popover.close({ restoreFocus: false });
    expect(positioningListeners.size).toBe(0);
    expect(a.hasAttribute('aria-expanded')).toBe(false);
    popover.destroy();
    expect(document.querySelector(POPOVER_HOST_SELECTOR)).toBeNull();
  });
});

describe('glossary popover drawn from its state', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows, pins, follows a related term, goes back and closes, the dialog always matching the state', async () => {
    const popover = new GlossaryPopover(document, { entries: entriesAtHand(byId, SOURCES), shadowMode: 'open' });
    const dialog = popover.host.shadowRoot!.querySelector<HTMLElement>('.dg-popover')!;
    const back = dialog.querySelector<HTMLElement>('.dg-back')!;
    const anchor = terms.ofElement(term('putamen'))!;
    popover.open(anchor, entry('putamen'), { pinned: false, source: 'hover', focus: false });
    expect([popover.mode, dialog.hidden, dialog.classList.contains('dg-is-pinned')]).toEqual(['unpinned', false, false]);
    const drawn = dialog.querySelector('.dg-body')!.firstChild;
    expect(popover.inspect()).toMatchObject({ open: true, anchor: anchor.id, source: 'hover' });
    popover.pin();
    expect([popover.mode, dialog.classList.contains('dg-is-pinned')]).toEqual(['pinned', true]);
    expect(dialog.querySelector('.dg-pinned')!.textContent).not.toBe('');
    // Pinning changes no entry: the one shown is not drawn again.
    expect(dialog.querySelector('.dg-body')!.firstChild).toBe(drawn);
    await popover.showRelated(entry('dystonia'));
    const title = dialog.querySelector('.dg-title')!;
    expect([popover.entry?.id, back.hidden, title.textContent]).toEqual(['dystonia', false, entry('dystonia').term]);
    popover.goBack();
    popover.goBack();
    expect([popover.entry?.id, back.hidden, popover.pinned]).toEqual(['putamen', true, true]);
    popover.close({ restoreFocus: false });
    expect([popover.mode, popover.anchor, popover.entry, dialog.hidden]).toEqual(['closed', null, undefined, true]);
    expect(dialog.querySelector('.dg-pinned')!.textContent).toBe('');
    expect(popover.lastOpened).toEqual({ anchor, entryId: 'putamen' });
    expect(popover.inspect()).toMatchObject({ open: false, pinned: false, anchor: null, source: null });
    // A related term that arrives after the close follows from nothing.
    await popover.showRelated(entry('dystonia'));
    expect([popover.isOpen, popover.entry]).toEqual([false, undefined]);
    popover.destroy();
  });
});
