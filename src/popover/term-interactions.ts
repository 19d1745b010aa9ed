/**
 * Connects highlighted terms to the popover: dwell-to-open hover intent, a safe corridor
 * and an exit grace period so the pointer can travel from the term into the popover,
 * click/tap to pin, Enter/Space from the keyboard, Esc and outside clicks to dismiss.
 */
import type { GlossaryEntry } from '../glossary';
import type { GlossaryPopover } from './glossary-popover';
import {
  claimHoverIntent,
  DEFAULT_HOVER_INTENT,
  initialHoverIntent,
  nextHoverIntentDeadline,
  reduceHoverIntent,
  type HoverIntentConfig,
  type HoverIntentEvent,
  type HoverIntentState,
} from './hover-intent';
import { insideConvex, safeCorridor, type Point } from './safe-corridor';
import { focusTerm, termAt } from './term-navigation';

export interface InteractionConfig extends HoverIntentConfig {
  /** How long the pointer may be outside term, popover and corridor before an unpinned popover closes. */
  exitGraceMs: number;
}

export const DEFAULT_INTERACTION: InteractionConfig = { ...DEFAULT_HOVER_INTENT, exitGraceMs: 400 };

export interface OpenTermOptions {
  pinned: boolean;
  /** Move focus into the popover (keyboard and commands); hover never moves focus. */
  focus: boolean;
  /** The pointer's position, when a pointer opened it. */
  point?: Point;
}

export interface TermInteractions {
  /** Opens (or pins/focuses) the popover for a highlighted term; false when the term has no entry. */
  openTerm(term: HTMLElement, options: OpenTermOptions): boolean;
  disconnect(): void;
}

export function connectTermInteractions(
  doc: Document,
  popover: GlossaryPopover,
  lookup: (id: string) => GlossaryEntry | undefined,
  getConfig: () => InteractionConfig = () => DEFAULT_INTERACTION,
): TermInteractions {
  let intent: HoverIntentState<HTMLElement> = initialHoverIntent();
  let intentTimer: ReturnType<typeof setTimeout> | undefined;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  /** The previous pointer sample: when it was on the open popover's term, the corridor's apex as the pointer leaves. */
  let previous: { term: HTMLElement | null; point: Point } | null = null;
  let corridor: Point[] | null = null;

  const cancelGrace = () => {
    clearTimeout(graceTimer);
    graceTimer = undefined;
  };
  const startGrace = () => {
    if (graceTimer !== undefined || !popover.isOpen || popover.pinned) return;
    graceTimer = setTimeout(() => {
      graceTimer = undefined;
      corridor = null;
      if (popover.isOpen && !popover.pinned) popover.close({ restoreFocus: false });
    }, getConfig().exitGraceMs);
  };

  const openTerm = (term: HTMLElement, { pinned, focus, point }: OpenTermOptions): boolean => {
    const entry = lookup(term.dataset.glossaryTerm ?? '');
    if (!entry) return false;
    intent = claimHoverIntent(intent, term);
    if (intent.kind !== 'dwelling') clearTimeout(intentTimer);
    // Esc must have somewhere to return focus: with nothing focused, that is the term.
    const active = doc.activeElement;
    if (focus && (!active || active === doc.body || popover.contains(active))) focusTerm(doc, term, { scroll: false });
    if (popover.isOpen && popover.anchor === term) {
      if (pinned) popover.pin();
      if (focus) popover.focus();
      return true;
    }
    corridor = null;
    cancelGrace();
    popover.open(term, entry, { pinned, focus, point });
    return true;
  };

  const step = (event: HoverIntentEvent<HTMLElement>, config: HoverIntentConfig) => {
    const result = reduceHoverIntent(intent, event, config);
    intent = result.state;
    clearTimeout(intentTimer);
    if (result.open) {
      // Hover never replaces a pinned popover: the user chose that one.
      if (!(popover.isOpen && popover.pinned)) openTerm(result.open, { pinned: false, focus: false, point: previous?.point });
      return;
    }
    const deadline = nextHoverIntentDeadline(intent, config);
    if (deadline !== null) intentTimer = setTimeout(() => step({ type: 'tick', t: performance.now() }, config), Math.max(0, deadline - performance.now()));
  };

  const onPointerMove = (e: PointerEvent) => {
    // Touch has no hover: a tap is a click, which pins.
    if (e.pointerType === 'touch') return;
    const config = getConfig();
    const p = { x: e.clientX, y: e.clientY };
    const t = performance.now();
    const term = termAt(e.target);
    const onAnchor = term !== null && popover.isOpen && term === popover.anchor;
    const before = previous;
    previous = { term, point: p };
    if (onAnchor || popover.contains(e.target)) {
      cancelGrace();
      corridor = null;
      step({ type: 'pointer', target: term, ...p, t }, config);
      return;
    }
    const guarding = popover.isOpen && !popover.pinned;
    // The sample before may predate the popover (a resting pointer sends no more): it still counts.
    if (guarding && corridor === null && before && before.term === popover.anchor) {
      const r = popover.element.getBoundingClientRect();
      corridor = safeCorridor(before.point, { left: r.left, top: r.top, right: r.right, bottom: r.bottom }, config.radius);
    }
    const inCorridor = guarding && corridor !== null && insideConvex(p, corridor);
    if (inCorridor) {
      cancelGrace();
    } else {
      corridor = null;
      startGrace();
    }
    // On its way to the popover the pointer crosses other terms: there they need the long
    // (fallback) dwell, so a pause on the way does not swap the popover away.
    step({ type: 'pointer', target: term, ...p, t }, inCorridor ? { ...config, restMs: config.fallbackMs } : config);
  };

  const onPointerOut = (e: PointerEvent) => {
    // Leaving the window entirely: no corridor out there; start the grace period.
    if (e.relatedTarget !== null) return;
    step({ type: 'cancel' }, getConfig());
    corridor = null;
    previous = null;
    startGrace();
  };

  const onClick = (e: MouseEvent) => {
    const term = termAt(e.target);
    if (term) {
      // A highlighted word inside a link still follows the link.
      if (term.closest('a[href]')) return;
      e.preventDefault();
      // detail 0: a click from the keyboard or a screen reader, not a pointer.
      const pointer = e.detail !== 0;
      openTerm(term, { pinned: true, focus: !pointer, point: pointer ? { x: e.clientX, y: e.clientY } : undefined });
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
      openTerm(term, { pinned: true, focus: true });
    }
  };

  doc.addEventListener('pointermove', onPointerMove, { passive: true });
  doc.addEventListener('pointerout', onPointerOut, { passive: true });
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKeyDown, true);
  return {
    openTerm,
    disconnect() {
      clearTimeout(intentTimer);
      cancelGrace();
      doc.removeEventListener('pointermove', onPointerMove);
      doc.removeEventListener('pointerout', onPointerOut);
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('keydown', onKeyDown, true);
    },
  };
}
