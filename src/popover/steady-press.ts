/**
 * What a press of the pointer means, decided from where it began, not where it ended (issue
 * #14, the "Steady Clicks" idea from motor-impairment research: freeze the target during the
 * press). With tremor or a dystonic jerk the release often lands 14-45 px from the press; the
 * browser then fires `click` on whatever holds both points, so a press on a term became a
 * click outside, which closed the explanation it meant to pin, and the slip selected text.
 *
 * - A press that starts on a term pins that term when it ends within the slip distance (48 px
 *   at the default wander radius, scaled with it), wherever it ends.
 * - It does nothing if the pointer moved fast as the press began (a jerk or a sweep passing
 *   over the term), or if it ended farther away (a drag).
 * - A press that starts and ends outside the terms and the popover dismisses the popover, as a
 *   click outside always has; one that starts outside and ends on a term does neither.
 *
 * Pure: the caller feeds pointer samples and acts on the verdict.
 */
import type { Point } from './safe-corridor';

/** The slip distance at the default wander radius (DEFAULT_HOVER_INTENT.radius, 12 px). */
const SLIP_PX_AT_DEFAULT_RADIUS = 48;
const DEFAULT_RADIUS = 12;
/**
 * Faster than this as the press begins is a pointer passing by, not aimed (px/ms). A 5 Hz
 * tremor of ±15 px peaks at 0.47 px/ms, and goes back and forth; the sweeps the hover-intent
 * tests use pass at 2 px/ms.
 */
export const AIMED_MAX_SPEED = 1;
/** The speed is read over the pointer's last samples within this window before the press. */
export const SPEED_WINDOW_MS = 30;

export interface Sample extends Point {
  t: number;
}

export interface PressStart<T> extends Sample {
  /** The term under the pointer when the press began, or null. */
  term: T | null;
  /** The press began inside the popover (it handles its own presses). */
  inPopover: boolean;
  /** How fast the pointer was moving as the press began (px/ms): `speedBefore`. */
  speed: number;
}

/** 'keep': a press inside the open explanation pins it (the way to pin a term that is a link's text). */
export type PressVerdict<T> = { kind: 'pin'; term: T } | { kind: 'keep' } | { kind: 'dismiss' } | { kind: 'none' };

/** The slip distance for a wander radius: the press tolerates what the rest tolerates, four times over. */
export function slipDistance(radius: number): number {
  return (SLIP_PX_AT_DEFAULT_RADIUS * Math.max(radius, 1)) / DEFAULT_RADIUS;
}

/**
 * How fast the pointer was moving just before `at` (px/ms): how far it went in the last
 * SPEED_WINDOW_MS. Pointer events come only when it moves, so where it was at the window's
 * start is the latest sample then or before (or the oldest known); a pointer that came to a
 * stop before the window has not moved in it, however far it came from.
 */
export function speedBefore(samples: readonly Sample[], at: number): number {
  const known = samples.filter((s) => s.t <= at);
  const last = known[known.length - 1];
  if (!last) return 0;
  const from = [...known].reverse().find((s) => s.t <= at - SPEED_WINDOW_MS) ?? known[0]!;
  return Math.hypot(last.x - from.x, last.y - from.y) / SPEED_WINDOW_MS;
}

/** What a press meant: `end` is where it was released, `endTerm` the term there (or null), `endInPopover` whether inside the popover. */
export function pressVerdict<T>(
  start: PressStart<T>,
  end: Point & { term: T | null; inPopover: boolean },
  radius: number,
): PressVerdict<T> {
  if (start.inPopover) return { kind: 'keep' };
  if (start.term !== null) {
    const slip = Math.hypot(end.x - start.x, end.y - start.y);
    if (start.speed > AIMED_MAX_SPEED || slip > slipDistance(radius)) return { kind: 'none' };
    return { kind: 'pin', term: start.term };
  }
  if (end.term === null && !end.inPopover) return { kind: 'dismiss' };
  return { kind: 'none' };
}
