import { describe, expect, it } from 'vitest';
import { inputValue, TIMING_KEYS, timingScale, toShown, toStored } from '../../../src/options/timing-scale';
import { NUMBER_LIMITS } from '../../../src/settings/settings';

describe('the timing sliders’ scale: seconds shown, milliseconds stored', () => {
  it('converts the settings’ limits: times in seconds, the radius in pixels', () => {
    expect(timingScale('hoverRestMs')).toEqual({ min: 0.1, max: 3, step: 0.05, unit: 'seconds' });
    expect(timingScale('hoverFallbackMs')).toEqual({ min: 0.3, max: 6, step: 0.05, unit: 'seconds' });
    expect(timingScale('exitGraceMs')).toEqual({ min: 0, max: 3, step: 0.05, unit: 'seconds' });
    expect(timingScale('hoverRadiusPx')).toEqual({ min: 2, max: 64, step: 1, unit: 'pixels' });
  });

  it('stores whole milliseconds for every step of every slider, and reads them back as the same step', () => {
    for (const key of TIMING_KEYS) {
      const { min, max, step } = NUMBER_LIMITS[key];
      for (let stored = min; stored <= max; stored += step) {
        const shown = toShown(key, stored);
        expect(toStored(key, shown)).toBe(stored);
        // What the slider's value reads as (floating-point steps included).
        expect(toStored(key, Number(inputValue(key, stored)))).toBe(stored);
      }
    }
  });

  it('rounds seconds to the millisecond: 2.01 s is 2010 ms, not 2009.9999999999998', () => {
    expect(2.01 * 1000).not.toBe(2010);
    expect(toStored('hoverRestMs', 2.01)).toBe(2010);
    expect(toStored('hoverRestMs', 0.1 + 5 * 0.05)).toBe(350);
    expect(toStored('hoverRestMs', 0.4234)).toBe(423);
    expect(toStored('hoverRadiusPx', 12)).toBe(12);
    expect(toStored('hoverRestMs', Number.NaN)).toBeNaN();
  });

  it('writes input values as short decimals', () => {
    expect(inputValue('hoverRestMs', 350)).toBe('0.35');
    expect(inputValue('hoverFallbackMs', 1050)).toBe('1.05');
    expect(inputValue('exitGraceMs', 0)).toBe('0');
    expect(inputValue('hoverRadiusPx', 12)).toBe('12');
  });
});
