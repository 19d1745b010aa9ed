/**
 * "On this page" in the popup: each click on a term brings the page to its next occurrence
 * (wrapping around), flashes it so the eye finds it, and opens its popover.
 */
import type { TermRef, TermSource } from '../popover/term-source';
import { FLASH_ATTRIBUTE } from '../contracts/dom';

const FLASH_MS = 1600;

export interface TermJumper {
  /** The term jumped to, or null when the entry has none on the page. */
  jump(entryId: string): TermRef | null;
}

export function createTermJumper(terms: TermSource, openTerm: (term: TermRef) => void): TermJumper {
  const lastIndex = new Map<string, number>();
  return {
    jump(entryId) {
      const found = terms.ofEntry(entryId);
      if (found.length === 0) return null;
      const index = ((lastIndex.get(entryId) ?? -1) + 1) % found.length;
      lastIndex.set(entryId, index);
      const term = found[index]!;
      // Instant and centred: no motion to follow, and the flash happens where the eye already is.
      terms.reveal(term);
      if (term.element) flash(term.element);
      openTerm(term);
      return term;
    },
  };
}

/** The highlight.css rules animate this attribute (or show a static outline with reduced motion). A painted term shows as open instead. */
function flash(term: HTMLElement): void {
  // One flashing term at a time: the one just jumped to.
  for (const other of term.ownerDocument.querySelectorAll(`[${FLASH_ATTRIBUTE}]`)) other.removeAttribute(FLASH_ATTRIBUTE);
  // Re-adding in the same frame would not restart the animation: force a style flush.
  void term.offsetWidth;
  term.setAttribute(FLASH_ATTRIBUTE, '');
  setTimeout(() => term.removeAttribute(FLASH_ATTRIBUTE), FLASH_MS);
}
