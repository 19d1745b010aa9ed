/**
 * Connects highlighted terms to the popover: dwell-to-open hover intent, a safe corridor
 * and an exit grace period so the pointer can travel from the term into the popover,
 * click/tap to pin (judged by where the press began: steady-press.ts), Enter/Space from the
 * keyboard, Esc and outside clicks to dismiss.
 *
 * Terms come from a TermSource: marks the extension made or painted ranges, and only for
 * events the user made (a page cannot forge a term). A click never takes away what the
 * page's own controls do: a term inside a link, label, summary, button or ARIA widget keeps
 * its activation behaviour, and is opened there by resting on it or from the keyboard.
 */
import type { EntryLookup } from './entry-lookup';
import type { GlossaryPopover } from './glossary-popover';
import type { OpenSource } from '../contracts/messages';
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
import { insideConvex, isApproaching, onSameLine, safeCorridor, type Box, type Point } from './safe-corridor';
import { pressVerdict, speedBefore, SPEED_WINDOW_MS, type PressStart, type Sample } from './steady-press';
import type { TermRef, TermSource } from './term-source';

export interface InteractionConfig extends HoverIntentConfig {
  /** How long the pointer may be outside term, popover and corridor before an unpinned popover closes. */
  exitGraceMs: number;
}

const DEFAULT_INTERACTION: InteractionConfig = { ...DEFAULT_HOVER_INTENT, exitGraceMs: 400 };

/** Elements whose click does something of the page's own (security review H2): a term inside keeps it. */
const ACTIVATION =
  'a[href], label, summary, button, select, [role="button"], [role="link"], [role="checkbox"], [role="radio"], [role="switch"], [role="tab"], [role="menuitem"], [role="option"], [onclick]';

interface OpenTermOptions {
  pinned: boolean;
  source: OpenSource;
  /** Move focus into the popover (keyboard and commands); hover never moves focus. */
  focus: boolean;
  /** The pointer's position, when a pointer opened it. */
  point?: Point;
}

export interface TermInteractions {
  /** Opens (or pins/focuses) the popover for a highlighted term; false when the term has no entry. */
  openTerm(term: TermRef, options: OpenTermOptions): boolean;
  disconnect(): void;
}

export function connectTermInteractions(
  doc: Document,
  popover: GlossaryPopover,
  terms: TermSource,
  entries: EntryLookup,
  getConfig: () => InteractionConfig = () => DEFAULT_INTERACTION,
  /** Which events count: only the user's own (`isTrusted`), never a page's synthetic ones. Tests replace it. */
  accepts: (event: Event) => boolean = (event) => event.isTrusted,
): TermInteractions {
  // Hover intent follows occurrences by id: every piece of a split term is the same target.
  let intent: HoverIntentState<string> = initialHoverIntent();
  let intentTimer: ReturnType<typeof setTimeout> | undefined;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  /** The previous pointer sample: when it was on the open popover's term, the corridor's apex as the pointer leaves. */
  let previous: { term: string | null; point: Point } | null = null;
  /** The safe corridor, with where the pointer left the term and the popover's box then (whether it is heading there: isApproaching). */
  let corridor: { polygon: Point[]; exit: Point; box: Box } | null = null;

  const cancelGrace = () => {
    clearTimeout(graceTimer);
    graceTimer = undefined;
  };
  // Only an unpinned explanation goes when the pointer leaves; the popover says which it is.
  const startGrace = () => {
    if (graceTimer !== undefined || popover.mode !== 'unpinned') return;
    graceTimer = setTimeout(() => {
      graceTimer = undefined;
      corridor = null;
      if (popover.mode !== 'unpinned') return;
      popover.close({ restoreFocus: false });
      // A slip away closed it: resting on the term again reopens it, at any rest time.
      intent = reduceHoverIntent(intent, { type: 'closed-away' }, getConfig()).state;
    }, getConfig().exitGraceMs);
  };

  const openTerm = (term: TermRef, options: OpenTermOptions): boolean => {
    const { pinned, source, focus, point } = options;
    const entry = entries.ready(term.entryId) ? entries.lookup(term.entryId) : undefined;
    if (!entry) {
      // On its way from the background (a term used before its page's batch arrived): opened
      // when it comes, unless another explanation opened meanwhile.
      void entries.prepare(term.entryId).then((ok) => {
        if (ok && (!popover.isOpen || popover.anchor?.id === term.id)) openTerm(term, options);
      });
      return true;
    }
    intent = claimHoverIntent(intent, term.id);
    if (intent.kind !== 'dwelling') clearTimeout(intentTimer);
    // The anchor is null while closed.
    if (popover.anchor?.id === term.id) {
      if (pinned) popover.pin();
      if (focus) popover.focus();
      return true;
    }
    corridor = null;
    cancelGrace();
    popover.open(term, entry, { pinned, source, focus, point });
    return true;
  };

  const step = (event: HoverIntentEvent<string>, config: HoverIntentConfig) => {
    const result = reduceHoverIntent(intent, event, config);
    intent = result.state;
    clearTimeout(intentTimer);
    if (result.open) {
      const term = terms.byId(result.open);
      // Hover never replaces a pinned popover: the user chose that one.
      if (term && !popover.pinned) openTerm(term, { pinned: false, source: 'hover', focus: false, point: previous?.point });
      return;
    }
    const deadline = nextHoverIntentDeadline(intent, config);
    if (deadline !== null)
      intentTimer = setTimeout(() => step({ type: 'tick', t: performance.now() }, config), Math.max(0, deadline - performance.now()));
  };

  const onPointerMove = (e: PointerEvent) => {
    // Touch has no hover: a tap is a click, which pins.
    if (e.pointerType === 'touch' || !accepts(e)) return;
    noteSample(e);
    const config = getConfig();
    const p = { x: e.clientX, y: e.clientY };
    const t = performance.now();
    const inPopover = popover.contains(e.target);
    const termRef = inPopover ? null : terms.at(e);
    const term = termRef?.id ?? null;
    const anchorId = popover.anchor?.id ?? null;
    const onAnchor = term !== null && term === anchorId;
    const before = previous;
    previous = { term, point: p };
    if (onAnchor || inPopover) {
      cancelGrace();
      corridor = null;
      step({ type: 'pointer', target: term, ...p, t }, config);
      return;
    }
    const guarding = popover.mode === 'unpinned';
    // The sample before may predate the popover (a resting pointer sends no more): it still counts.
    if (guarding && corridor === null && before && before.term === anchorId) {
      const r = popover.element.getBoundingClientRect();
      const box = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
      corridor = { polygon: safeCorridor(before.point, box, config.radius), exit: before.point, box };
    }
    const inCorridor = guarding && corridor !== null && insideConvex(p, corridor.polygon);
    const anchor = popover.anchor;
    const onTheWay =
      inCorridor &&
      corridor !== null &&
      isApproaching(corridor.exit, p, corridor.box, 2 * config.radius) &&
      // The next word on the open term's own line is reached deliberately, even when the explanation sits beside the line, ahead.
      !(termRef && anchor && onSameLine(terms.boxes(termRef), terms.boxes(anchor)));
    if (inCorridor) {
      cancelGrace();
    } else {
      corridor = null;
      startGrace();
    }
    // On its way to the popover the pointer crosses other terms: there they need the long
    // (fallback) dwell, so a pause on the way does not swap the popover away. A term reached
    // without heading for the popover (the next one on the line) opens at the normal rest.
    step({ type: 'pointer', target: term, ...p, t }, onTheWay ? { ...config, restMs: config.fallbackMs } : config);
  };

  const onPointerOut = (e: PointerEvent) => {
    // Leaving the window entirely: no corridor out there; start the grace period.
    if (e.relatedTarget !== null) return;
    step({ type: 'cancel' }, getConfig());
    corridor = null;
    previous = null;
    startGrace();
  };

  // Presses are judged where they began (steady-press.ts): the click that follows is then ours to ignore.
  let press: (PressStart<TermRef> & { pointerId: number }) | null = null;
  let pressJudged = false;
  /** The pointer's latest samples (one pointer: a finger's tap says nothing of where the mouse was), for its speed as a press begins. */
  let recent: Sample[] = [];
  let recentPointer: number | null = null;
  const noteSample = (e: PointerEvent) => {
    const t = performance.now();
    if (recentPointer !== e.pointerId) recent = [];
    recentPointer = e.pointerId;
    // The window's worth, and the one sample before it: where the pointer was as the window began.
    const inWindow = recent.findIndex((s) => t - s.t <= SPEED_WINDOW_MS);
    recent = inWindow === -1 ? recent.slice(-1) : recent.slice(Math.max(0, inWindow - 1));
    recent.push({ x: e.clientX, y: e.clientY, t });
  };

  const onPointerDown = (e: PointerEvent) => {
    pressJudged = false;
    press = null;
    if (!accepts(e) || e.button !== 0) return;
    const inPopover = popover.contains(e.target);
    const term = inPopover ? null : (terms.at(e) ?? null);
    const target = e.composedPath()[0];
    // The page's own controls keep their press and click (a link follows, a label ticks its box).
    if (!inPopover && target instanceof Element && target.closest(ACTIVATION)) return;
    const t = performance.now();
    const speed = recentPointer === e.pointerId ? speedBefore([...recent, { x: e.clientX, y: e.clientY, t }], t) : 0;
    press = { x: e.clientX, y: e.clientY, t, term, inPopover, speed, pointerId: e.pointerId };
  };

  const onPointerUp = (e: PointerEvent) => {
    if (!press || e.pointerId !== press.pointerId || !accepts(e)) return;
    const start = press;
    press = null;
    pressJudged = true;
    const inPopover = popover.contains(e.target);
    const verdict = pressVerdict(
      start,
      { x: e.clientX, y: e.clientY, term: inPopover ? null : (terms.at(e) ?? null), inPopover },
      getConfig().radius,
    );
    const point = { x: e.clientX, y: e.clientY };
    if (verdict.kind === 'pin') openTerm(verdict.term, { pinned: true, source: 'tap', focus: false, point });
    else if (verdict.kind === 'keep' && popover.isOpen) popover.pin();
    else if (verdict.kind === 'dismiss' && popover.isOpen) popover.close({ restoreFocus: false });
  };

  const onPointerCancel = () => {
    press = null;
  };

  // A press that began on a term never selects text, however far the hand slips.
  const onSelectStart = (e: Event) => {
    if (press?.term) e.preventDefault();
  };

  const onClick = (e: MouseEvent) => {
    if (!accepts(e)) return;
    // Its press was judged already (onPointerUp); keyboard and screen-reader clicks have none.
    if (pressJudged && e.detail !== 0) {
      pressJudged = false;
      return;
    }
    if (popover.contains(e.target)) return;
    const term = terms.at(e);
    if (term) {
      const target = e.composedPath()[0];
      // The page's own controls keep their click (a link follows, a label ticks its box).
      if (target instanceof Element && target.closest(ACTIVATION)) return;
      // detail 0: a click from the keyboard or a screen reader, not a pointer.
      const pointer = e.detail !== 0;
      openTerm(term, {
        pinned: true,
        source: pointer ? 'tap' : 'keyboard',
        focus: !pointer,
        point: pointer ? { x: e.clientX, y: e.clientY } : undefined,
      });
      return;
    }
    if (popover.isOpen) popover.close({ restoreFocus: false });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (!accepts(e)) return;
    if (e.key === 'Escape' && popover.isOpen) {
      // The page's own Esc handlers (its dialogs, menus) still get the key, unless it was meant for the popover (L9).
      const mine = popover.contains(e.target) || popover.hasFocus;
      popover.close({ restoreFocus: true });
      if (mine) e.stopPropagation();
      return;
    }
    const term = terms.ofElement(e.target);
    if (term && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      openTerm(term, { pinned: true, source: 'keyboard', focus: true });
    }
  };

  doc.addEventListener('pointermove', onPointerMove, { passive: true });
  doc.addEventListener('pointerout', onPointerOut, { passive: true });
  doc.addEventListener('pointerdown', onPointerDown, true);
  doc.addEventListener('pointerup', onPointerUp, true);
  doc.addEventListener('pointercancel', onPointerCancel, true);
  doc.addEventListener('selectstart', onSelectStart, true);
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('keydown', onKeyDown, true);
  return {
    openTerm,
    disconnect() {
      clearTimeout(intentTimer);
      cancelGrace();
      doc.removeEventListener('pointermove', onPointerMove);
      doc.removeEventListener('pointerout', onPointerOut);
      doc.removeEventListener('pointerdown', onPointerDown, true);
      doc.removeEventListener('pointerup', onPointerUp, true);
      doc.removeEventListener('pointercancel', onPointerCancel, true);
      doc.removeEventListener('selectstart', onSelectStart, true);
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('keydown', onKeyDown, true);
    },
  };
}
