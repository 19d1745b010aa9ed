/**
 * "On this page" in the popup: each click on a term brings the page to its next occurrence
 * (wrapping around), flashes it so the eye finds it, and opens its popover.
 */
import { occurrenceStarts, TERM_SELECTOR } from '../popover/term-navigation';
export const FLASH_ATTRIBUTE = 'data-glossary-flash';
const FLASH_MS = 1600;

export interface TermJumper {
  /** The highlight jumped to, or null when the entry has none on the page. */
  jump(entryId: string): HTMLElement | null;
}

export function createTermJumper(doc: Document, openTerm: (term: HTMLElement) => void): TermJumper {
  const lastIndex = new Map<string, number>();
  return {
    jump(entryId) {
      const terms = occurrenceStarts(doc.querySelectorAll<HTMLElement>(`${TERM_SELECTOR}[data-glossary-term="${CSS.escape(entryId)}"]`));
      if (terms.length === 0) return null;
      const index = ((lastIndex.get(entryId) ?? -1) + 1) % terms.length;
      lastIndex.set(entryId, index);
      const term = terms[index]!;
      // Instant and centred: no motion to follow, and the flash happens where the eye already is.
      term.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
      flash(term);
      openTerm(term);
      return term;
    },
  };
}

/** The highlight.css rules animate this attribute (or show a static outline with reduced motion). */
function flash(term: HTMLElement): void {
  // One flashing term at a time: the one just jumped to.
  for (const other of term.ownerDocument.querySelectorAll(`[${FLASH_ATTRIBUTE}]`)) other.removeAttribute(FLASH_ATTRIBUTE);
  // Re-adding in the same frame would not restart the animation: force a style flush.
  void term.offsetWidth;
  term.setAttribute(FLASH_ATTRIBUTE, '');
  setTimeout(() => term.removeAttribute(FLASH_ATTRIBUTE), FLASH_MS);
}
