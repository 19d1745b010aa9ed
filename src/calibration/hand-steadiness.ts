/**
 * "Calibrate to my hand" (issue #15): from a few rests of the pointer on a target, how far and
 * how fast it wanders, and the hover settings that suit it. Pure: samples in, numbers out.
 *
 * The measure follows the rule the popover opens by (src/popover/hover-intent.ts): a term opens
 * once every sample of a rest of `restMs` fits a circle of the wander radius, tested as the
 * half diagonal of their bounding box. So the radius proposed is the one that holds 95% of the
 * rest-long windows of the user's own samples (not 95% of single samples, which would say
 * nothing about whether a whole rest fits), with a little room added.
 *
 * Dystonic jerks (a sudden pull and back) are told apart from tremor by their speed, and the
 * windows they fall in are left out of that percentile: a rest broken by a jerk begins again
 * after it, so the radius need only hold the tremor between jerks, or it would be so large that
 * sweeping across a line of text opened every word on the way.
 */
import { DEFAULT_SETTINGS, NUMBER_LIMITS } from '../settings/settings';

export interface PointerSample {
  t: number;
  x: number;
  y: number;
}

/** One rest on the target: the samples the pointer sent (none at all for a hand that did not move) and how long it lasted. */
export interface CalibrationRest {
  startedAt: number;
  endedAt: number;
  samples: readonly PointerSample[];
}

export interface HandProposal {
  hoverRadiusPx: number;
  hoverRestMs: number;
  hoverFallbackMs: number;
}

export interface HandMeasure {
  /** The wander of 95% of rest-long windows, jerks left out: half the diagonal of their samples' box, px. */
  wanderPx: number;
  /** The tremor's dominant frequency, Hz, or null when the pointer barely moved (under 1 px of swing). */
  tremorHz: number | null;
  /** Jerks (bursts faster than JERK_PX_PER_MS) per second of rest. */
  jerksPerSecond: number;
  /** Seconds of rest measured. */
  seconds: number;
  proposal: HandProposal;
}

/**
 * Faster than a tremor moves: a ±15 px tremor at 8 Hz peaks at 0.75 px/ms. Speeds are taken
 * over at least SPEED_SPAN_MS, since browsers deliver pointer events in bunches whose
 * timestamps can be a millisecond apart for a frame's worth of movement.
 */
const JERK_PX_PER_MS = 0.9;
const SPEED_SPAN_MS = 20;
/** Samples up to this long after a jerk's last fast step still belong to it (the return). */
const JERK_TAIL_MS = 60;
/** Room added to the measured wander, px, so a slightly worse day still opens terms. */
const MARGIN_PX = 3;
/** Long enough to tell anything: shorter calibrations are refused with a message. */
const MIN_REST_MS = 1500;

const quantile = (sorted: readonly number[], q: number): number =>
  sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const clamp = (value: number, { min, max }: { min: number; max: number }) => Math.min(max, Math.max(min, value));

/** Times of the rest that belong to a jerk, as [from, to] intervals. */
function jerkSpans(samples: readonly PointerSample[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let i = 1, from = 0; i < samples.length; i++) {
    const b = samples[i]!;
    // The latest sample at least SPEED_SPAN_MS before this one.
    while (from + 1 < i && b.t - samples[from + 1]!.t >= SPEED_SPAN_MS) from++;
    const a = samples[from]!;
    const dt = b.t - a.t;
    if (dt < SPEED_SPAN_MS || Math.hypot(b.x - a.x, b.y - a.y) / dt <= JERK_PX_PER_MS) continue;
    const last = spans.at(-1);
    // One jerk: the pull and its return, with the samples between them.
    if (last && a.t <= last[1]) last[1] = b.t + JERK_TAIL_MS;
    else spans.push([a.t, b.t + JERK_TAIL_MS]);
  }
  return spans;
}

/** Half diagonals of the bounding boxes of every window of `windowMs` starting at a sample, with whether a jerk touches it. */
function windowWanders(
  rest: CalibrationRest,
  windowMs: number,
  jerks: ReadonlyArray<[number, number]>,
): Array<{ wander: number; jerk: boolean }> {
  const { samples } = rest;
  const out: Array<{ wander: number; jerk: boolean }> = [];
  for (let i = 0; i < samples.length; i++) {
    const from = samples[i]!.t;
    const to = from + windowMs;
    if (to > rest.endedAt) break;
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (let j = i; j < samples.length && samples[j]!.t <= to; j++) {
      const s = samples[j]!;
      minX = Math.min(minX, s.x);
      maxX = Math.max(maxX, s.x);
      minY = Math.min(minY, s.y);
      maxY = Math.max(maxY, s.y);
    }
    out.push({ wander: Math.hypot(maxX - minX, maxY - minY) / 2, jerk: jerks.some(([a, b]) => a < to && b > from) });
  }
  return out;
}

/**
 * The strongest frequency between 2 and 15 Hz in the pointer's swing across and up and down,
 * from the samples resampled at 100 Hz with their slow drift (a 400 ms running mean) taken out.
 */
function dominantFrequency(rests: readonly CalibrationRest[]): number | null {
  const STEP_MS = 10;
  let best = { hz: 0, power: 0 };
  let swing = 0;
  for (const rest of rests) {
    const { samples } = rest;
    if (samples.length < 8) continue;
    for (const axis of ['x', 'y'] as const) {
      const series: number[] = [];
      for (let t = samples[0]!.t, k = 0; t <= samples.at(-1)!.t; t += STEP_MS) {
        while (k < samples.length - 2 && samples[k + 1]!.t < t) k++;
        const a = samples[k]!;
        const b = samples[k + 1] ?? a;
        const f = b.t === a.t ? 0 : (t - a.t) / (b.t - a.t);
        series.push(a[axis] + f * (b[axis] - a[axis]));
      }
      const HALF = 20;
      const detrended = series.map((v, i) => {
        const window = series.slice(Math.max(0, i - HALF), i + HALF + 1);
        return v - window.reduce((sum, w) => sum + w, 0) / window.length;
      });
      const sorted = detrended.map(Math.abs).sort((a, b) => a - b);
      swing = Math.max(swing, quantile(sorted, 0.9));
      for (let hz = 2; hz <= 15; hz += 0.25) {
        let re = 0;
        let im = 0;
        detrended.forEach((v, i) => {
          const phase = (2 * Math.PI * hz * i * STEP_MS) / 1000;
          re += v * Math.cos(phase);
          im += v * Math.sin(phase);
        });
        const power = (re * re + im * im) / detrended.length;
        if (power > best.power) best = { hz, power };
      }
    }
  }
  return swing >= 1 ? best.hz : null;
}

/** Null when the rests are too short to tell anything (under MIN_REST_MS in all). */
export function measureHand(rests: readonly CalibrationRest[]): HandMeasure | null {
  const totalMs = rests.reduce((sum, r) => sum + Math.max(0, r.endedAt - r.startedAt), 0);
  if (totalMs < MIN_REST_MS) return null;
  const restMs = DEFAULT_SETTINGS.hoverRestMs;
  const windows: Array<{ wander: number; jerk: boolean }> = [];
  /** The stretches of rest between jerks, ms. */
  const calmStretches: number[] = [];
  let jerkCount = 0;
  for (const rest of rests) {
    const samples = [...rest.samples].sort((a, b) => a.t - b.t);
    const jerks = jerkSpans(samples);
    jerkCount += jerks.length;
    for (let i = 1; i < jerks.length; i++) calmStretches.push(jerks[i]![0] - jerks[i - 1]![1]);
    windows.push(...windowWanders({ ...rest, samples }, restMs, jerks));
  }
  // Windows between jerks, unless jerks touch over 90% of them (then all count: there is no calm stretch to fit).
  const calm = windows.filter((w) => !w.jerk);
  const counted = calm.length >= windows.length * 0.1 ? calm : windows;
  const wanderPx = quantile(
    counted.map((w) => w.wander).sort((a, b) => a - b),
    0.95,
  );
  const jerksPerSecond = jerkCount / (totalMs / 1000);

  const hoverRadiusPx = Math.round(
    clamp(Math.max(DEFAULT_SETTINGS.hoverRadiusPx, Math.ceil(wanderPx + MARGIN_PX)), NUMBER_LIMITS.hoverRadiusPx),
  );
  // A wander the largest radius cannot hold never settles: the fallback then opens terms, so it comes sooner.
  const unsettled = wanderPx + MARGIN_PX > NUMBER_LIMITS.hoverRadiusPx.max;
  // Jerks closer together than a rest would break most rests: a shorter rest fits between them (never under 200 ms, or reading across a line opens words).
  const calmMs = quantile(
    [...calmStretches].sort((a, b) => a - b),
    0.5,
  );
  const hoverRestMs = calmStretches.length > 0 && calmMs < restMs / 0.7 ? Math.max(200, Math.floor((calmMs * 0.7) / 50) * 50) : restMs;
  const hoverFallbackMs = unsettled ? Math.max(hoverRestMs + 400, 800) : Math.max(hoverRestMs + 400, DEFAULT_SETTINGS.hoverFallbackMs);
  return {
    wanderPx,
    tremorHz: dominantFrequency(rests),
    jerksPerSecond,
    seconds: totalMs / 1000,
    proposal: { hoverRadiusPx, hoverRestMs, hoverFallbackMs },
  };
}
