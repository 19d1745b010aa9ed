/**
 * "How steady is your hand?" (issue #15): the hover timing as three presets, and the rule that
 * keeps the values from contradicting each other. Pure.
 *
 * The presets follow what the calibration (src/calibration/hand-steadiness.ts) suggests for the
 * tests' tremor traces: the defaults hold a steady hand and a ±6 px tremor; ±10 px needs 15 px
 * of wander; ±15 px needs 21 px, and jerks a fallback that comes a little sooner. The larger
 * circle comes with a slightly longer rest, so sweeping along a line does not open its words.
 */
import { DEFAULT_SETTINGS, type Settings } from './settings';

export type HandTiming = Pick<Settings, 'hoverRadiusPx' | 'hoverRestMs' | 'hoverFallbackMs'>;

export const HAND_PRESETS = {
  steady: {
    hoverRadiusPx: DEFAULT_SETTINGS.hoverRadiusPx,
    hoverRestMs: DEFAULT_SETTINGS.hoverRestMs,
    hoverFallbackMs: DEFAULT_SETTINGS.hoverFallbackMs,
  },
  some: { hoverRadiusPx: 16, hoverRestMs: 350, hoverFallbackMs: 1050 },
  strong: { hoverRadiusPx: 24, hoverRestMs: 400, hoverFallbackMs: 900 },
} as const satisfies Record<string, HandTiming>;

export type HandPreset = keyof typeof HAND_PRESETS | 'custom';
export const HAND_PRESET_NAMES = ['steady', 'some', 'strong', 'custom'] as const satisfies readonly HandPreset[];

/** The preset these values are, or 'custom'. */
export function handPresetOf(settings: HandTiming): HandPreset {
  for (const [name, preset] of Object.entries(HAND_PRESETS)) {
    if (
      preset.hoverRadiusPx === settings.hoverRadiusPx &&
      preset.hoverRestMs === settings.hoverRestMs &&
      preset.hoverFallbackMs === settings.hoverFallbackMs
    )
      return name as HandPreset;
  }
  return 'custom';
}

/** "Open anyway" must come this much after a rest could open a term, or it would open terms first. */
export const FALLBACK_AFTER_REST_MS = 100;

/** Whether the timing contradicts itself: the fallback would come before (or with) the rest. */
export function fallbackBeforeRest(settings: Pick<Settings, 'hoverRestMs' | 'hoverFallbackMs'>): boolean {
  return settings.hoverFallbackMs < settings.hoverRestMs + FALLBACK_AFTER_REST_MS;
}
