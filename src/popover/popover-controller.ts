/**
 * Everything the content script needs from the popover feature, behind one object:
 * the popover itself, pointer/keyboard interactions, and the commands (next/previous term,
 * reopen last).
 */
import type { GlossaryEntry } from '../glossary';
import type { Settings } from '../settings/settings';
import { GlossaryPopover } from './glossary-popover';
import { connectTermInteractions, type InteractionConfig } from './term-interactions';
import { adjacentTerm, describeHighlights, focusTerm, termAt, TERM_SELECTOR } from './term-navigation';

export interface PopoverController {
  applySettings(settings: Settings): void;
  /** Focuses the next highlighted term in document order and opens its popover, focused. False when the page has none. */
  nextTerm(): boolean;
  previousTerm(): boolean;
  /** Reopens (pinned, focused) the popover last shown, after an accidental dismissal. False when there is none. */
  reopenLast(): boolean;
  /** Opens (pinned, focused) the popover of this highlight: the popup's "On this page" jump. */
  openTerm(term: HTMLElement): boolean;
  /** Gives highlights added since the last call their screen-reader description; call after each highlighting pass. */
  describeHighlights(): void;
  destroy(): void;
}

export interface PopoverCallbacks {
  /** "Open in glossary": the content script asks the background to open the glossary at this entry. */
  onOpenInGlossary?: (entryId: string) => void;
}

function interactionConfig(s: Settings): InteractionConfig {
  return { radius: s.hoverRadiusPx, restMs: s.hoverRestMs, fallbackMs: s.hoverFallbackMs, exitGraceMs: s.exitGraceMs };
}

export function startPopover(
  doc: Document,
  lookup: (id: string) => GlossaryEntry | undefined,
  settings: Settings,
  callbacks: PopoverCallbacks = {},
): PopoverController {
  let current = settings;
  const popover = new GlossaryPopover(doc, {
    lookup,
    theme: settings.theme,
    fontSizePx: settings.popoverFontSizePx,
    onOpenInGlossary: callbacks.onOpenInGlossary,
  });
  const interactions = connectTermInteractions(doc, popover, lookup, () => interactionConfig(current));
  describeHighlights(doc);

  const moveToTerm = (direction: 1 | -1): boolean => {
    const from = termAt(doc.activeElement) ?? (popover.isOpen ? popover.anchor : null);
    const term = adjacentTerm(doc, from, direction);
    if (!term) return false;
    focusTerm(doc, term);
    return interactions.openTerm(term, { pinned: true, focus: true });
  };

  return {
    applySettings(next) {
      current = next;
      popover.applyAppearance({ theme: next.theme, fontSizePx: next.popoverFontSizePx });
    },
    nextTerm: () => moveToTerm(1),
    previousTerm: () => moveToTerm(-1),
    reopenLast() {
      const last = popover.lastOpened;
      if (!last) return false;
      // The page may have re-rendered that paragraph: fall back to another highlight of the same entry.
      const anchor = last.anchor.isConnected ? last.anchor : doc.querySelector<HTMLElement>(`${TERM_SELECTOR}[data-glossary-term="${CSS.escape(last.entryId)}"]`);
      return anchor !== null && interactions.openTerm(anchor, { pinned: true, focus: true });
    },
    openTerm(term) {
      // The caller has scrolled the term into view (smoothly, unless motion is reduced).
      focusTerm(doc, term, { scroll: false });
      return interactions.openTerm(term, { pinned: true, focus: true });
    },
    describeHighlights: () => describeHighlights(doc),
    destroy() {
      interactions.disconnect();
      popover.destroy();
    },
  };
}
