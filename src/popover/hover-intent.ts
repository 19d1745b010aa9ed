/**
 * Tremor-tolerant hover intent, as a pure reducer (no timers, no DOM) so it can be tested
 * with simulated jitter.
 *
 * A term opens when the pointer *dwells* on it: every pointer sample since the rest began
 * fits inside a circle of `radius` px (we test the samples' bounding box, whose half
 * diagonal bounds that circle), for `restMs`. Jitter inside the radius therefore never
 * restarts the clock, however it is distributed around the rest point; a sample that does
 * not fit starts a new rest there, so a fast sweep across text opens nothing.
 *
 * Tremor also carries the pointer just off a word's edge: a dwell survives the pointer
 * leaving its term for up to `restMs`, but it only opens while the pointer is over the term
 * (a pointer that stops *beside* a word does not open it). Hands that never settle still
 * get the popover after `fallbackMs` of presence on the term.
 */
export interface HoverIntentConfig {
  radius: number;
  restMs: number;
  fallbackMs: number;
}

export const DEFAULT_HOVER_INTENT: HoverIntentConfig = { radius: 12, restMs: 350, fallbackMs: 1050 };

/** The bounding box of the pointer samples of the current rest. */
export interface RestBox {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

interface Dwelling<T> {
  kind: 'dwelling';
  target: T;
  box: RestBox;
  /** When the current rest (samples fitting the radius) began. */
  restSince: number;
  /** When the pointer came onto the target (the fallback clock). */
  enteredAt: number;
  /** When the pointer slipped off the target, or null while it is over it. */
  leftAt: number | null;
}

/** Intent was established; the term stays claimed (no second open) until the pointer has been away from it for `restMs`. */
interface Fired<T> {
  kind: 'fired';
  target: T;
  leftAt: number | null;
}

export type HoverIntentState<T> = { kind: 'idle' } | Dwelling<T> | Fired<T>;

export type HoverIntentEvent<T> =
  /** A pointer sample; `target` is the term under the pointer, or null. */
  | { type: 'pointer'; target: T | null; x: number; y: number; t: number }
  /** Time passes without pointer samples (a resting mouse sends none). */
  | { type: 'tick'; t: number }
  /** The pointer left the window, or the interaction was reset. */
  | { type: 'cancel' }
  /**
   * The explanation closed while the pointer was away from its term (the grace period ran
   * out): the claim ends, so resting on the term again reopens it, whatever the rest time.
   */
  | { type: 'closed-away' };

export interface HoverIntentStep<T> {
  state: HoverIntentState<T>;
  /** Set on the step at which the pointer's intent to read `target` is established. */
  open?: T;
}

export const initialHoverIntent = <T>(): HoverIntentState<T> => ({ kind: 'idle' });

const pointBox = (x: number, y: number): RestBox => ({ minX: x, maxX: x, minY: y, maxY: y });

/** The box grown to include (x, y), or null when the samples no longer fit within `radius`. */
export function growRestBox(box: RestBox, x: number, y: number, radius: number): RestBox | null {
  const grown = { minX: Math.min(box.minX, x), maxX: Math.max(box.maxX, x), minY: Math.min(box.minY, y), maxY: Math.max(box.maxY, y) };
  const halfDiagonal = Math.hypot(grown.maxX - grown.minX, grown.maxY - grown.minY) / 2;
  return halfDiagonal <= radius ? grown : null;
}

function isDue<T>(state: Dwelling<T>, t: number, c: HoverIntentConfig): boolean {
  return state.leftAt === null && (t - state.restSince >= c.restMs || t - state.enteredAt >= c.fallbackMs);
}

function settle<T>(state: Dwelling<T>, t: number, c: HoverIntentConfig): HoverIntentStep<T> {
  return isDue(state, t, c) ? { state: { kind: 'fired', target: state.target, leftAt: null }, open: state.target } : { state };
}

function startDwelling<T>(target: T, x: number, y: number, t: number, c: HoverIntentConfig): HoverIntentStep<T> {
  return settle({ kind: 'dwelling', target, box: pointBox(x, y), restSince: t, enteredAt: t, leftAt: null }, t, c);
}

/** Whether the pointer has been off the target for longer than a rest: the dwell (or claim) is over. */
const goneFor = (leftAt: number | null, t: number, c: HoverIntentConfig) => leftAt !== null && t - leftAt > c.restMs;

export function reduceHoverIntent<T>(
  state: HoverIntentState<T>,
  event: HoverIntentEvent<T>,
  config: HoverIntentConfig = DEFAULT_HOVER_INTENT,
): HoverIntentStep<T> {
  switch (event.type) {
    case 'pointer': {
      const { target, x, y, t } = event;
      if (state.kind === 'idle') return target === null ? { state } : startDwelling(target, x, y, t, config);
      // Another term: a new dwell there.
      if (target !== null && target !== state.target) return startDwelling(target, x, y, t, config);
      const gone = goneFor(state.leftAt, t, config);
      if (target === null) {
        if (gone) return { state: { kind: 'idle' } };
        if (state.kind === 'fired') return { state: { ...state, leftAt: state.leftAt ?? t } };
      } else if (gone) {
        // Back on the term after a real absence: a fresh dwell.
        return startDwelling(target, x, y, t, config);
      } else if (state.kind === 'fired') {
        // Already opened (perhaps dismissed with Esc): tremor around it must not reopen it.
        return { state: { ...state, leftAt: null } };
      }
      if (state.kind !== 'dwelling') return { state };
      const grown = growRestBox(state.box, x, y, config.radius);
      const next: Dwelling<T> = {
        ...state,
        box: grown ?? pointBox(x, y),
        restSince: grown ? state.restSince : t,
        leftAt: target === null ? (state.leftAt ?? t) : null,
      };
      return settle(next, t, config);
    }
    case 'tick':
      return state.kind === 'dwelling' ? settle(state, event.t, config) : { state };
    case 'cancel':
      return { state: { kind: 'idle' } };
    case 'closed-away':
      return state.kind === 'fired' && state.leftAt !== null ? { state: { kind: 'idle' } } : { state };
  }
}

/**
 * The term was opened another way (click, keyboard): a dwell already running on it must not
 * open it a second time, e.g. after the user pins it and presses Esc within the rest time.
 */
export function claimHoverIntent<T>(state: HoverIntentState<T>, target: T): HoverIntentState<T> {
  return state.kind === 'dwelling' && state.target === target ? { kind: 'fired', target, leftAt: state.leftAt } : state;
}

/** When the reducer next needs a `tick`, or null when it needs none. */
export function nextHoverIntentDeadline<T>(state: HoverIntentState<T>, config: HoverIntentConfig = DEFAULT_HOVER_INTENT): number | null {
  if (state.kind !== 'dwelling' || state.leftAt !== null) return null;
  return Math.min(state.restSince + config.restMs, state.enteredAt + config.fallbackMs);
}
