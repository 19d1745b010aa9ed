/**
 * Connects highlighted terms to the popover: dwell-to-open hover intent, click/tap to pin,
 * Enter/Space from the keyboard, Esc and outside clicks to dismiss, and an exit grace
 * period so the pointer can travel from the term into the popover.
 */
import type { GlossaryEntry } from '../glossary';
import type { GlossaryPopover } from './glossary-popover';
import {
  DEFAULT_HOVER_INTENT,
  initialHoverIntent,
  nextHoverIntentDeadline,
  reduceHoverIntent,
  type HoverIntentConfig,
  type HoverIntentEvent,
  type HoverIntentState,
} from './hover-intent';

export const TERM_SELECTOR = 'mark[data-glossary-term]';

export interface InteractionConfig extends HoverIntentConfig {
  /** How long the pointer may be outside both term and popover before an unpinned popover closes. */
  exitGraceMs: number;
}

export const DEFAULT_INTERACTION: InteractionConfig = { ...DEFAULT_HOVER_INTENT, exitGraceMs: 400 };

export function termAt(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(TERM_SELECTOR) : null;
}

export function connectTermInteractions(
  doc: Document,
  popover: GlossaryPopover,
  lookup: (id: string) => GlossaryEntry | undefined,
  getConfig: () => InteractionConfig = () => DEFAULT_INTERACTION,
): () => void {
  let intent: HoverIntentState<HTMLElement> = initialHoverIntent();
  let intentTimer: ReturnType<typeof setTimeout> | undefined;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;

  const open = (term: HTMLElement, pinned: boolean, focus: boolean) => {
    const entry = lookup(term.dataset.glossaryTerm ?? '');
    if (!entry) return;
    if (popover.isOpen && popover.anchor === term) {
      if (pinned) popover.pin();
      if (focus) popover.open(term, popover.entry ?? entry, { pinned, focus });
      return;
    }
    popover.open(term, entry, { pinned, focus });
  };

  const step = (event: HoverIntentEvent<HTMLElement>) => {
    const result = reduceHoverIntent(intent, event, getConfig());
    intent = result.state;
    clearTimeout(intentTimer);
    if (result.open) {
      // Hover never replaces a pinned popover: the user chose that one.
      if (!(popover.isOpen && popover.pinned && popover.anchor !== result.open)) open(result.open, false, false);
      return;
    }
    const deadline = nextHoverIntentDeadline(intent, getConfig());
    if (deadline !== null) intentTimer = setTimeout(() => step({ type: 'tick', t: performance.now() }), Math.max(0, deadline - performance.now()));
  };

  const cancelGrace = () => {
    clearTimeout(graceTimer);
    graceTimer = undefined;
  };
  const startGrace = () => {
    if (graceTimer !== undefined || !popover.isOpen || popover.pinned) return;
    graceTimer = setTimeout(() => {
      graceTimer = undefined;
      if (!popover.pinned) popover.close({ restoreFocus: false });
    }, getConfig().exitGraceMs);
  };

  const onPointerMove = (e: PointerEvent) => {
    if (e.pointerType === 'touch') return;
    const term = termAt(e.target);
    const inPopover = popover.contains(e.target);
    if (term || inPopover) cancelGrace();
    if (term) {
      if (intent.kind === 'idle' || intent.target !== term) step({ type: 'enter', target: term, x: e.clientX, y: e.clientY, t: e.timeStamp });
      else step({ type: 'move', x: e.clientX, y: e.clientY, t: e.timeStamp });
    } else if (intent.kind !== 'idle') {
      step({ type: 'leave', t: e.timeStamp });
    }
    if (!term && !inPopover) startGrace();
  };

  const onPointerOut = (e: PointerEvent) => {
    // Leaving the window entirely: start the grace period.
    if (e.relatedTarget === null) {
      if (intent.kind !== 'idle') step({ type: 'leave', t: e.timeStamp });
      startGrace();
    }
  };

  const onClick = (e: MouseEvent) => {
    const term = termAt(e.target);
    if (term) {
      // A highlighted word inside a link still follows the link.
      if (term.closest('a[href]')) return;
      e.preventDefault();
      open(term, true, e.detail === 0);
      return;
    }
    if (popover.isOpen && !popover.contains(e.target)) popover.close({ restoreFocus: false });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && popover.isOpen) {
      popover.close({ restoreFocus: true });
      e.stopPropagation();
      return;
    }
    const term = termAt(e.target);
    if (term && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      open(term, true, true);
    }
  };

  doc.addEventListener('pointermove', onPointerMove, { passive: true });
  doc.addEventListener('pointerout', onPointerOut, { passive: true });
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKeyDown, true);
  return () => {
    clearTimeout(intentTimer);
    cancelGrace();
    doc.removeEventListener('pointermove', onPointerMove);
    doc.removeEventListener('pointerout', onPointerOut);
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('keydown', onKeyDown, true);
  };
}
