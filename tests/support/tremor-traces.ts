/**
 * The synthetic tremors the tests and the tremor table drive a pointer with (issue #14): an
 * offset from the resting point at time t (ms). Shared by scripts/tremor-table.ts, the
 * popover e2e tests' traces and the calibration's unit tests (issue #15).
 */
export type TremorOffset = (t: number) => { dx: number; dy: number };

/** 5 Hz, ±amp px across and 0.6 of it up and down, drifting 2 px/s to the right. */
export const sinus =
  (amp: number): TremorOffset =>
  (t) => ({
    dx: amp * Math.sin(2 * Math.PI * 5 * (t / 1000)) + (2 * t) / 1000,
    dy: 0.6 * amp * Math.sin(2 * Math.PI * 5 * (t / 1000) + 1),
  });

/** ±6 px tremor with a 30 px dystonic jerk (50 ms out and back) every 700 ms. */
export const jerky: TremorOffset = (t) => {
  const base = sinus(6)(t);
  const phase = t % 700;
  return phase > 400 && phase < 450 ? { dx: base.dx + 30, dy: base.dy - 20 } : base;
};

export const steady: TremorOffset = () => ({ dx: 0, dy: 0 });

export const TREMOR_TRACES: ReadonlyArray<readonly [string, TremorOffset]> = [
  ['steady', steady],
  ['5 Hz ±3 px', sinus(3)],
  ['5 Hz ±6 px', sinus(6)],
  ['5 Hz ±10 px', sinus(10)],
  ['5 Hz ±15 px', sinus(15)],
  ['±6 px + 30 px jerks', jerky],
];

/**
 * Rests of `ms` on (x, y) with the trace, a pointer sample per 60 Hz frame, each starting at one
 * of `starts` ms into the trace (so each catches the tremor at another phase): what the
 * calibration page records (src/calibration/hand-steadiness.ts).
 */
export function calibrationRests(trace: TremorOffset, { ms = 3000, starts = [0, 5123, 11057], x = 200, y = 300 } = {}) {
  return starts.map((at) => {
    const samples = [];
    for (let t = 0; t <= ms; t += 1000 / 60) {
      const { dx, dy } = trace(t + at);
      samples.push({ t: t + at, x: x + dx, y: y + dy });
    }
    return { startedAt: at, endedAt: at + ms, samples };
  });
}
