/**
 * A TermSource over the `<mark data-glossary-term>` elements of a test page, for the popover's
 * unit tests: the content script's own source (src/content/highlighted-terms.ts) accepts only
 * marks the highlighter made and events the user made, which synthetic test pages are not.
 */
import type { TermRef, TermSource } from '../../../src/popover/term-source';
import { TERM_SELECTOR } from '../../../src/contracts/dom';

export function elementTerms(doc: Document): TermSource {
  const refs = new WeakMap<HTMLElement, TermRef>();
  const ref = (mark: HTMLElement): TermRef => {
    let r = refs.get(mark);
    if (!r)
      refs.set(
        mark,
        (r = {
          id: mark.dataset.glossaryOccurrence ?? `m${Math.random()}`,
          entryId: mark.dataset.glossaryTerm ?? '',
          reference: mark,
          element: mark,
        }),
      );
    return r;
  };
  const markOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>(TERM_SELECTOR) : null);
  const all = () => Array.from(doc.querySelectorAll<HTMLElement>(TERM_SELECTOR)).map(ref);
  return {
    at: (e) => {
      const m = markOf(e.target);
      return m ? ref(m) : null;
    },
    ofElement: (t) => {
      const m = markOf(t);
      return m ? ref(m) : null;
    },
    byId: (id) => all().find((t) => t.id === id) ?? null,
    adjacent: (from, direction) => {
      const terms = all();
      if (terms.length === 0) return null;
      const at = from ? terms.findIndex((t) => t.id === from.id) : -1;
      return terms[at < 0 ? (direction === 1 ? 0 : terms.length - 1) : (at + direction + terms.length) % terms.length] ?? null;
    },
    ofEntry: (entryId) => all().filter((t) => t.entryId === entryId),
    setActive: (term) => {
      for (const m of doc.querySelectorAll('[aria-expanded]')) m.removeAttribute('aria-expanded');
      term?.element?.setAttribute('aria-expanded', 'true');
    },
    reveal: () => {},
    boxes: (term) => (term.element ? [...term.element.getClientRects()] : []),
    end: (term) => (term.element ? { node: term.element, offset: term.element.childNodes.length } : null),
    all,
  };
}
