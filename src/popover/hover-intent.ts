/**
 * Tremor-tolerant hover intent, as a pure reducer (no timers, no DOM) so it can be tested
 * with simulated jitter.
 *
 * A term opens when the pointer *dwells* on it: it stays within `radius` px of where it
 * settled for `restMs`. Jitter inside the radius does not restart the clock; a move out of
 * it re-centres and restarts it, so a fast sweep across text opens nothing. Hands that
 * never settle still get the popover after `fallbackMs` of continuous presence on the term.
 */
export interface HoverIntentConfig {
  radius: number;
  restMs: number;
  fallbackMs: number;
}

export const DEFAULT_HOVER_INTENT: HoverIntentConfig = { radius: 12, restMs: 350, fallbackMs: 1050 };

export type HoverIntentState<T> =
  | { kind: 'idle' }
  | { kind: 'dwelling'; target: T; x: number; y: number; restSince: number; enteredAt: number }
  | { kind: 'fired'; target: T };

export type HoverIntentEvent<T> =
  | { type: 'enter'; target: T; x: number; y: number; t: number }
  | { type: 'move'; x: number; y: number; t: number }
  | { type: 'leave'; t: number }
  | { type: 'tick'; t: number };

export interface HoverIntentStep<T> {
  state: HoverIntentState<T>;
  /** Set on the step at which the pointer's intent to read `target` is established. */
  open?: T;
}

export const initialHoverIntent = <T>(): HoverIntentState<T> => ({ kind: 'idle' });

function due<T>(state: Extract<HoverIntentState<T>, { kind: 'dwelling' }>, t: number, c: HoverIntentConfig): boolean {
  return t - state.restSince >= c.restMs || t - state.enteredAt >= c.fallbackMs;
}

export function reduceHoverIntent<T>(
  state: HoverIntentState<T>,
  event: HoverIntentEvent<T>,
  config: HoverIntentConfig = DEFAULT_HOVER_INTENT,
): HoverIntentStep<T> {
  switch (event.type) {
    case 'enter': {
      if (state.kind !== 'idle' && state.target === event.target) return reduceHoverIntent(state, { type: 'move', x: event.x, y: event.y, t: event.t }, config);
      return { state: { kind: 'dwelling', target: event.target, x: event.x, y: event.y, restSince: event.t, enteredAt: event.t } };
    }
    case 'move': {
      if (state.kind !== 'dwelling') return { state };
      if (due(state, event.t, config)) return { state: { kind: 'fired', target: state.target }, open: state.target };
      const moved = Math.hypot(event.x - state.x, event.y - state.y) > config.radius;
      return { state: moved ? { ...state, x: event.x, y: event.y, restSince: event.t } : state };
    }
    case 'tick': {
      if (state.kind === 'dwelling' && due(state, event.t, config)) return { state: { kind: 'fired', target: state.target }, open: state.target };
      return { state };
    }
    case 'leave':
      return { state: { kind: 'idle' } };
  }
}

/** When the reducer next needs a `tick`, or null when it needs none. */
export function nextHoverIntentDeadline<T>(state: HoverIntentState<T>, config: HoverIntentConfig = DEFAULT_HOVER_INTENT): number | null {
  if (state.kind !== 'dwelling') return null;
  return Math.min(state.restSince + config.restMs, state.enteredAt + config.fallbackMs);
}
