import { describe, expect, it } from 'vitest';
import { measureHand, type CalibrationRest, type HandMeasure } from '../../../src/calibration/hand-steadiness';
import { reduceHoverIntent, initialHoverIntent, type HoverIntentConfig } from '../../../src/popover/hover-intent';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { calibrationRests, jerky, sinus, steady, type TremorOffset } from '../../support/tremor-traces';

const FRAME_MS = 1000 / 60;
/** One rest of `ms`, `at` ms into the trace. */
const rest = (trace: TremorOffset, ms = 3000, at = 0): CalibrationRest => calibrationRests(trace, { ms, starts: [at] })[0]!;
const threeRests = (trace: TremorOffset) => calibrationRests(trace);

/** When the real hover-intent reducer opens a term the pointer rests on with this trace, ms after arriving (null: never within 3 s). */
function opensAfter(trace: TremorOffset, config: HoverIntentConfig): number | null {
  let state = initialHoverIntent<string>();
  for (let t = 0; t <= 3000; t += FRAME_MS) {
    const { dx, dy } = trace(t);
    const step = reduceHoverIntent(state, { type: 'pointer', target: 'term', x: 200 + dx, y: 300 + dy, t }, config);
    if (step.open) return t;
    state = step.state;
  }
  return null;
}
const configOf = (m: HandMeasure): HoverIntentConfig => ({
  radius: m.proposal.hoverRadiusPx,
  restMs: m.proposal.hoverRestMs,
  fallbackMs: m.proposal.hoverFallbackMs,
});
const DEFAULTS: HoverIntentConfig = {
  radius: DEFAULT_SETTINGS.hoverRadiusPx,
  restMs: DEFAULT_SETTINGS.hoverRestMs,
  fallbackMs: DEFAULT_SETTINGS.hoverFallbackMs,
};

describe('calibrating to the hand (the welcome page)', () => {
  it('a steady hand (a resting mouse sends no samples at all) keeps the defaults', () => {
    for (const rests of [[{ startedAt: 0, endedAt: 3000, samples: [] }], threeRests(steady)]) {
      const m = measureHand(rests)!;
      expect(m.wanderPx).toBe(0);
      expect(m.tremorHz).toBeNull();
      expect(m.jerksPerSecond).toBe(0);
      expect(m.proposal).toEqual({
        hoverRadiusPx: DEFAULT_SETTINGS.hoverRadiusPx,
        hoverRestMs: DEFAULT_SETTINGS.hoverRestMs,
        hoverFallbackMs: DEFAULT_SETTINGS.hoverFallbackMs,
      });
    }
  });

  it('measures a 5 Hz tremor: its frequency, and a wander that grows with it', () => {
    const wanders = [3, 6, 10, 15].map((amp) => {
      const m = measureHand(threeRests(sinus(amp)))!;
      expect(m.tremorHz).toBeCloseTo(5, 0);
      expect(m.jerksPerSecond).toBe(0);
      // The box of a ±amp × ±0.6 amp swing: half its diagonal, plus the drift.
      expect(m.wanderPx).toBeGreaterThanOrEqual(Math.hypot(amp, 0.6 * amp) * 0.95);
      expect(m.wanderPx).toBeLessThanOrEqual(Math.hypot(amp, 0.6 * amp) + 1.5);
      return m.wanderPx;
    });
    expect([...wanders].sort((a, b) => a - b)).toEqual(wanders);
  });

  it('proposes a radius at which a ±15 px tremor opens a term at the rest time, where the default waits for the fallback', () => {
    const m = measureHand(threeRests(sinus(15)))!;
    expect(m.proposal.hoverRadiusPx).toBeGreaterThan(DEFAULT_SETTINGS.hoverRadiusPx);
    expect(m.proposal.hoverRadiusPx).toBeLessThanOrEqual(24);
    expect(opensAfter(sinus(15), DEFAULTS)).toBeGreaterThanOrEqual(DEFAULT_SETTINGS.hoverFallbackMs);
    expect(opensAfter(sinus(15), configOf(m))).toBeLessThan(m.proposal.hoverRestMs + 60);
  });

  it('for every trace, the proposal opens a term by the rest time plus one tremor period', () => {
    for (const trace of [steady, sinus(3), sinus(6), sinus(10), sinus(15)]) {
      const m = measureHand(threeRests(trace))!;
      expect(opensAfter(trace, configOf(m))).toBeLessThanOrEqual(m.proposal.hoverRestMs + 200);
    }
  });

  it('tells jerks from tremor: counts them, and sizes the radius for the tremor between them', () => {
    const m = measureHand(threeRests(jerky))!;
    expect(m.jerksPerSecond).toBeCloseTo(1000 / 700, 0);
    expect(m.tremorHz).toBeCloseTo(5, 0);
    // The ±6 px tremor, not the 36 px pull: a radius that large would open every word a sweep crossed.
    expect(m.wanderPx).toBeLessThan(10);
    expect(m.proposal.hoverRadiusPx).toBeLessThan(16);
    // Jerks every 700 ms leave 650 ms between them: the default rest fits, and the proposal opens before the fallback.
    expect(m.proposal.hoverRestMs).toBe(DEFAULT_SETTINGS.hoverRestMs);
    expect(opensAfter(jerky, configOf(m))).toBeLessThan(m.proposal.hoverFallbackMs);
  });

  it("counts no jerk where the browser delivered a tremor's events in bunches (a frame's movement 1 ms apart)", () => {
    const bunched = threeRests(sinus(15)).map((r) => ({
      ...r,
      samples: r.samples.map((s, i) => (i % 2 === 1 ? { ...s, t: r.samples[i - 1]!.t + 1 } : s)),
    }));
    const m = measureHand(bunched)!;
    expect(m.jerksPerSecond).toBe(0);
    expect(m.proposal.hoverRadiusPx).toBe(measureHand(threeRests(sinus(15)))!.proposal.hoverRadiusPx);
  });

  it('shortens the rest when jerks come closer together than a rest, and keeps the fallback past the rest', () => {
    const often: TremorOffset = (t) => (t % 300 > 200 && t % 300 < 240 ? { dx: 30, dy: -20 } : sinus(3)(t));
    const m = measureHand(threeRests(often))!;
    expect(m.proposal.hoverRestMs).toBeLessThan(DEFAULT_SETTINGS.hoverRestMs);
    expect(m.proposal.hoverRestMs).toBeGreaterThanOrEqual(200);
    expect(m.proposal.hoverFallbackMs).toBeGreaterThanOrEqual(m.proposal.hoverRestMs + 400);
  });

  it('a wander no radius can hold brings the fallback forward', () => {
    const m = measureHand(threeRests(sinus(60)))!;
    expect(m.proposal.hoverRadiusPx).toBe(64);
    expect(m.proposal.hoverFallbackMs).toBeLessThan(DEFAULT_SETTINGS.hoverFallbackMs);
    expect(m.proposal.hoverFallbackMs).toBeGreaterThanOrEqual(m.proposal.hoverRestMs + 400);
  });

  it('refuses a calibration too short to tell anything', () => {
    expect(measureHand([])).toBeNull();
    expect(measureHand([rest(sinus(6), 1000)])).toBeNull();
    expect(measureHand([rest(sinus(6), 800), rest(sinus(6), 800, 2000)])).not.toBeNull();
  });
});
