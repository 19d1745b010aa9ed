import { describe, expect, it } from 'vitest';
import { measureHand } from '../../../src/calibration/hand-steadiness';
import { fallbackBeforeRest, HAND_PRESETS, handPresetOf } from '../../../src/settings/hand-presets';
import { DEFAULT_SETTINGS, readSettings } from '../../../src/settings/settings';
import { calibrationRests, jerky, sinus } from '../../support/tremor-traces';

describe('"How steady is your hand?" presets', () => {
  it('names the defaults "steady", each preset by its values, and anything else "custom"', () => {
    expect(handPresetOf(DEFAULT_SETTINGS)).toBe('steady');
    for (const [name, preset] of Object.entries(HAND_PRESETS)) expect(handPresetOf(preset)).toBe(name);
    expect(handPresetOf({ ...DEFAULT_SETTINGS, hoverRadiusPx: 13 })).toBe('custom');
  });

  it('each preset is a valid, consistent setting, and holds at least the wander the calibration measures for its kind of hand', () => {
    for (const preset of Object.values(HAND_PRESETS)) {
      expect(readSettings({ ...DEFAULT_SETTINGS, ...preset }).invalid).toEqual([]);
      expect(fallbackBeforeRest(preset)).toBe(false);
    }
    expect(HAND_PRESETS.some.hoverRadiusPx).toBeGreaterThanOrEqual(measureHand(calibrationRests(sinus(10)))!.proposal.hoverRadiusPx);
    expect(HAND_PRESETS.strong.hoverRadiusPx).toBeGreaterThanOrEqual(measureHand(calibrationRests(sinus(15)))!.proposal.hoverRadiusPx);
    expect(HAND_PRESETS.strong.hoverRadiusPx).toBeGreaterThanOrEqual(measureHand(calibrationRests(jerky))!.proposal.hoverRadiusPx);
  });

  it('a fallback that would come before a rest could open a term is a contradiction', () => {
    expect(fallbackBeforeRest({ hoverRestMs: 350, hoverFallbackMs: 1050 })).toBe(false);
    expect(fallbackBeforeRest({ hoverRestMs: 350, hoverFallbackMs: 450 })).toBe(false);
    expect(fallbackBeforeRest({ hoverRestMs: 350, hoverFallbackMs: 400 })).toBe(true);
    expect(fallbackBeforeRest({ hoverRestMs: 1200, hoverFallbackMs: 1000 })).toBe(true);
  });
});
