/**
 * Everything the content script needs from the popover feature, behind one object:
 * the popover itself, pointer/keyboard interactions, and the commands (next/previous term,
 * reopen last).
 */
import type { Settings } from '../settings/settings';
import type { EntryLookup } from './entry-lookup';
import { GlossaryPopover } from './glossary-popover';
import type { MyTermsPort } from '../ui/save-control';
import { connectTermInteractions, type InteractionConfig } from './term-interactions';
import { describeHighlights, focusTerm } from './term-navigation';
import type { OpenSource } from '../contracts/messages';
import type { TermRef, TermSource } from './term-source';
import type { PopoverInspection } from '../contracts/messages';

export interface PopoverController {
  applySettings(settings: Settings): void;
  /** Opens the next highlighted term in document order, pinned and focused. False when the page has none. */
  nextTerm(): boolean;
  previousTerm(): boolean;
  /** Reopens (pinned, focused) the popover last shown, after an accidental dismissal. False when there is none. */
  reopenLast(): boolean;
  /** Opens (pinned, focused) the popover of this term: the popup's "On this page" jump. */
  openTerm(term: TermRef): boolean;
  /** Gives highlight elements added since the last call their screen-reader description; call after each highlighting pass. */
  describeHighlights(): void;
  /** What the popover shows (the e2e tests' `inspect` request). */
  inspect(selectors?: readonly string[]): PopoverInspection;
  destroy(): void;
}

export interface PopoverCallbacks {
  /** "Open in glossary": the content script asks the background to open the glossary at this entry. */
  onOpenInGlossary?: (entryId: string) => void;
  /** My terms: the Save button and the lookup history (glossary-popover.ts). */
  myTerms?: MyTermsPort;
  /** Which events count (default: the user's own only). Unit tests, whose events are synthetic, replace it. */
  acceptsEvent?: (event: Event) => boolean;
  /** Unit tests open the shadow root to look inside; the extension's is closed. */
  shadowMode?: ShadowRootMode;
}

const STEP_KEYS: Partial<Record<string, 1 | -1>> = { n: 1, N: 1, p: -1, P: -1 };

function interactionConfig(s: Settings): InteractionConfig {
  return { radius: s.hoverRadiusPx, restMs: s.hoverRestMs, fallbackMs: s.hoverFallbackMs, exitGraceMs: s.exitGraceMs };
}

export function startPopover(
  doc: Document,
  terms: TermSource,
  entries: EntryLookup,
  settings: Settings,
  callbacks: PopoverCallbacks = {},
): PopoverController {
  let current = settings;
  /** The term whose explanation was open last: next/previous step on from it once it is closed (a painted term takes no focus). */
  let lastVisited: TermRef | null = null;
  const popover = new GlossaryPopover(doc, {
    entries,
    theme: settings.theme,
    fontSizePx: settings.popoverFontSizePx,
    placement: settings.explanationPlacement,
    geometry: terms,
    onOpenInGlossary: callbacks.onOpenInGlossary,
    myTerms: callbacks.myTerms,
    acceptsEvent: callbacks.acceptsEvent,
    onAnchorChange: (term) => {
      terms.setActive(term);
      if (term) lastVisited = term;
    },
    shadowMode: callbacks.shadowMode,
  });
  const interactions = connectTermInteractions(doc, popover, terms, entries, () => interactionConfig(current), callbacks.acceptsEvent);
  describeHighlights(doc, settings.termsAreTabStops);

  /**
   * Opens a term from the keyboard: pinned, with focus in the popover. Esc returns focus to
   * where it was; stepping term by term (`onTerm`), or with nothing focused, that is the term.
   */
  const openFromKeyboard = (term: TermRef, source: OpenSource, onTerm = false): boolean => {
    terms.reveal(term);
    const active = doc.activeElement;
    const nothingFocused = !active || active === doc.body || popover.contains(active);
    if (term.element && (onTerm || nothingFocused)) focusTerm(doc, term.element, { scroll: false, tabStops: current.termsAreTabStops });
    return interactions.openTerm(term, { pinned: true, source, focus: true });
  };

  const moveToTerm = (direction: 1 | -1, source: OpenSource): boolean => {
    const from = terms.ofElement(doc.activeElement) ?? popover.anchor ?? lastVisited;
    const term = terms.adjacent(from, direction);
    return term !== null && openFromKeyboard(term, source, true);
  };

  // Single keys, no chord (issue #14): while an explanation or a highlighted term has focus,
  // N and P step to the next and previous term. Elsewhere the page keeps its own keys.
  const accepts = callbacks.acceptsEvent ?? ((event: Event) => event.isTrusted);
  const onKeyDown = (e: KeyboardEvent) => {
    const direction = STEP_KEYS[e.key];
    if (!direction || e.altKey || e.ctrlKey || e.metaKey || !accepts(e)) return;
    if (!popover.hasFocus && terms.ofElement(e.target) === null) return;
    if (!moveToTerm(direction, 'keyboard')) return;
    e.preventDefault();
    e.stopPropagation();
  };
  doc.addEventListener('keydown', onKeyDown, true);

  // Terms as Tab stops (a setting): a term reached with Tab shows its explanation, as resting
  // on it does (Enter pins it and moves in; Esc closes); leaving the terms closes an unpinned one.
  const onFocusIn = (e: FocusEvent) => {
    if (!current.termsAreTabStops || !accepts(e)) return;
    // Focus given back by the explanation (Esc, ×) or moved by N/P: that path decides what opens.
    if (popover.contains(e.relatedTarget)) return;
    const term = terms.ofElement(e.target);
    if (term) {
      if (popover.anchor?.id !== term.id) interactions.openTerm(term, { pinned: false, source: 'keyboard', focus: false });
    } else if (popover.mode === 'unpinned' && !popover.contains(e.target)) {
      popover.close({ restoreFocus: false });
    }
  };
  doc.addEventListener('focusin', onFocusIn, true);

  return {
    applySettings(next) {
      const tabStopsChanged = next.termsAreTabStops !== current.termsAreTabStops;
      current = next;
      if (tabStopsChanged) describeHighlights(doc, next.termsAreTabStops);
      popover.applyAppearance({ theme: next.theme, fontSizePx: next.popoverFontSizePx, placement: next.explanationPlacement });
    },
    nextTerm: () => moveToTerm(1, 'command'),
    previousTerm: () => moveToTerm(-1, 'command'),
    reopenLast() {
      const last = popover.lastOpened;
      if (!last) return false;
      // The page may have re-rendered that paragraph: fall back to another highlight of the same entry.
      const anchor = terms.byId(last.anchor.id) ?? terms.ofEntry(last.entryId)[0] ?? null;
      return anchor !== null && openFromKeyboard(anchor, 'command');
    },
    openTerm: (term) => openFromKeyboard(term, 'popup'),
    describeHighlights: () => describeHighlights(doc, current.termsAreTabStops),
    inspect: (selectors) => popover.inspect(selectors),
    destroy() {
      doc.removeEventListener('keydown', onKeyDown, true);
      doc.removeEventListener('focusin', onFocusIn, true);
      interactions.disconnect();
      popover.destroy();
    },
  };
}
