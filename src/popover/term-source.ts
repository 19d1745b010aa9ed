/**
 * What the popover needs to know about the highlighted terms of a page, whatever draws
 * them (issue #12): `<mark>` elements or painted ranges that change nothing in the page.
 * The content script implements it over the page highlighter (src/content/highlighted-terms.ts);
 * the popover, its interactions and the commands only talk to this.
 */
import type { ReferenceElement } from '@floating-ui/dom';

/** One highlighted occurrence of a term. The same object for the same occurrence while it is drawn. */
export interface TermRef {
  /** Opaque occurrence id: every piece of a term split by markup shares it. */
  readonly id: string;
  readonly entryId: string;
  /** What the popover is placed against: the first mark, or a virtual element over the painted range's boxes. */
  readonly reference: ReferenceElement;
  /** The highlight element when terms are elements (focus, aria-expanded); null when painted. */
  readonly element: HTMLElement | null;
}

export interface TermSource {
  /**
   * The term under a pointer event (its target, or the painted text under its position).
   * Only highlights the extension drew, only for events the user made (`isTrusted`): a page
   * cannot forge a term to read what the popover shows.
   */
  at(event: MouseEvent): TermRef | null;
  /** The term an element belongs to (a focused mark), or null. */
  ofElement(target: EventTarget | null): TermRef | null;
  byId(id: string): TermRef | null;
  /**
   * The term after (1) or before (-1) `from` in document order, wrapping around; without a
   * starting point, the first term at or below the top of the viewport (or the last above it).
   */
  adjacent(from: TermRef | null, direction: 1 | -1): TermRef | null;
  /** The terms of one entry in document order (the popup's "On this page" jump). */
  ofEntry(entryId: string): TermRef[];
  /** Shows which term is open: aria-expanded on its element, or the active paint. */
  setActive(term: TermRef | null): void;
  /** Brings a term into view (instantly: no motion to follow). */
  reveal(term: TermRef): void;
  /** Every box the term's text occupies (all its pieces, every line). */
  boxes(term: TermRef): DOMRect[];
  /** Where the term's text ends (the next line is measured from there), or null when it is gone. */
  end(term: TermRef): { node: Node; offset: number } | null;
  /** Every term that has a box, in document order. */
  all(): TermRef[];
}
