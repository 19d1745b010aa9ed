/**
 * The pointer-timing settings as the options page shows them (issue #15, "Settings in words"):
 * times in seconds, the wander radius in pixels, while the settings keep milliseconds. The
 * sliders' limits are the settings' own (NUMBER_LIMITS), converted. Pure.
 */
import { NUMBER_LIMITS } from '../settings/settings';

export const TIMING_KEYS = ['hoverRestMs', 'hoverRadiusPx', 'hoverFallbackMs', 'exitGraceMs'] as const;
export type TimingKey = (typeof TIMING_KEYS)[number];
type TimingUnit = 'seconds' | 'pixels';

const TIMING_UNITS: Record<TimingKey, TimingUnit> = {
  hoverRestMs: 'seconds',
  hoverRadiusPx: 'pixels',
  hoverFallbackMs: 'seconds',
  exitGraceMs: 'seconds',
};

export interface TimingScale {
  /** In the unit shown: seconds or pixels. */
  min: number;
  max: number;
  step: number;
  unit: TimingUnit;
}

const MS_PER_SECOND = 1000;

/** The stored value (ms or px) in the unit shown. */
export function toShown(key: TimingKey, stored: number): number {
  return TIMING_UNITS[key] === 'seconds' ? stored / MS_PER_SECOND : stored;
}

/**
 * A shown value (seconds or px) as stored. Seconds become whole milliseconds: in floating
 * point 2.01 × 1000 is 2009.9999999999998, which would be saved as a different number than shown.
 */
export function toStored(key: TimingKey, shown: number): number {
  return TIMING_UNITS[key] === 'seconds' ? Math.round(shown * MS_PER_SECOND) : shown;
}

export function timingScale(key: TimingKey): TimingScale {
  const { min, max, step } = NUMBER_LIMITS[key];
  return { min: toShown(key, min), max: toShown(key, max), step: toShown(key, step), unit: TIMING_UNITS[key] };
}

/** The value as an `<input>`'s value: the shortest decimal that reads back as the same number ("0.35", "1.05", "12"). */
export const inputValue = (key: TimingKey, stored: number): string => String(toShown(key, stored));
