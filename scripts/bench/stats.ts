/** Medians with their spread, and how the bench prints numbers. Pure: no browser. */

export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
}

/** Median, min and max of the finite values (NaN for all three when there are none). */
export function spread(values: readonly number[]): Spread {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return { median: NaN, min: NaN, max: NaN, runs: 0 };
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, runs: sorted.length };
}

export const fmt = (n: number, digits = 1): string => (Number.isFinite(n) ? n.toFixed(digits) : '–');

/** "12.3 [10.1–15.0]": the median, then min–max. */
export const fmtSpread = (s: Spread, digits = 1): string =>
  s.runs === 0 ? '–' : `${fmt(s.median, digits)} [${fmt(s.min, digits)}–${fmt(s.max, digits)}]`;

/** A signed difference: "+3.2" / "−1.0". */
export const fmtDelta = (n: number, digits = 1): string =>
  Number.isFinite(n) ? `${n < 0 ? '−' : '+'}${Math.abs(n).toFixed(digits)}` : '–';

export const MB = 1024 * 1024;
