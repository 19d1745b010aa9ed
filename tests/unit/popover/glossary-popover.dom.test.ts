import { afterEach, describe, expect, it, vi } from 'vitest';
import { entriesById, GLOSSARY, SOURCES } from '../../../src/glossary';
import { entriesAtHand } from '../../../src/popover/entry-lookup';
import { GlossaryPopover } from '../../../src/popover/glossary-popover';
import { elementTerms } from './element-terms';

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
    popover.open(terms.ofElement(a)!, entry('putamen'), { pinned: false, focus: false });
    const first = new Set(positioningListeners);
    expect(first.size).toBeGreaterThan(0);
    popover.open(terms.ofElement(b)!, entry('dystonia'), { pinned: false, focus: false });
    expect([...first].some((listener) => positioningListeners.has(listener))).toBe(false);
    expect(positioningListeners.size).toBe(first.size);
    popover.close({ restoreFocus: false });
    expect(positioningListeners.size).toBe(0);
    expect(a.hasAttribute('aria-expanded')).toBe(false);
    popover.destroy();
    expect(document.querySelector('[data-glossary-popover]')).toBeNull();
  });
});
