/**
 * Wraps occurrences of glossary terms in `<mark>` elements with mark.js `markRanges`, the
 * public DOM contract that the popover, tests and user stylesheets rely on:
 * `<mark class="dystonia-glossary-term" data-glossary-term="<entry id>" data-glossary-occurrence="<id>">`.
 *
 * An occurrence may span several text nodes (`<em>botulinum</em> toxin`): each of its
 * pieces becomes a mark, and all its marks share one `data-glossary-occurrence`, so they
 * count once and open the same explanation. mark.js is given each text node itself as its
 * context, with the ranges of the pieces in that node: the walk that found them has already
 * pruned excluded subtrees and layout-sensitive text.
 */
import Mark from 'mark.js';
import { withListNodeIterators } from './list-node-iterator';
import type { TextPiece } from './text-runs';
import { MARK_CLASS, OCCURRENCE_ATTRIBUTE, TERM_ATTRIBUTE } from '../contracts/dom';

export interface TermOccurrence {
  /** Opaque, unique on the page: says nothing about the term. */
  id: string;
  entryId: string;
  /** The matched text, as the page spells it. */
  text: string;
  pieces: TextPiece[];
}

interface PieceRange {
  start: number;
  length: number;
  occurrence: TermOccurrence;
}

/** Wraps every piece of every occurrence; `marked` is called for each mark inserted, already carrying its attributes. */
export function wrapOccurrences(occurrences: readonly TermOccurrence[], marked: (mark: HTMLElement) => void): void {
  if (occurrences.length === 0) return;
  const byNode = new Map<Text, PieceRange[]>();
  for (const occurrence of occurrences) {
    for (const piece of occurrence.pieces) {
      let ranges = byNode.get(piece.node);
      if (!ranges) byNode.set(piece.node, (ranges = []));
      ranges.push({ start: piece.start, length: piece.end - piece.start, occurrence });
    }
  }
  // mark.js creates its nodes and iterators with the global `document`.
  withListNodeIterators(document, () => {
    for (const [node, ranges] of byNode) {
      // mark.js accepts any node as a context; its typings only list elements.
      new Mark(node as unknown as HTMLElement).markRanges(ranges, {
        element: 'mark',
        className: MARK_CLASS,
        each: (element, range) => {
          const { occurrence } = range as unknown as PieceRange;
          element.setAttribute(TERM_ATTRIBUTE, occurrence.entryId);
          element.setAttribute(OCCURRENCE_ATTRIBUTE, occurrence.id);
          marked(element as HTMLElement);
        },
      });
    }
  });
}
