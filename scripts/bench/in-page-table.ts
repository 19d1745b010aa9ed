/** Prints a table of in-page rows (in-page-runs.ts): medians [min–max] and ratios to the baselines of the same run. */
import type { BrowserName } from '../../tests/e2e/harness/browsers';
import type { InPageRow, InPageRun } from './in-page-runs';
import { fmt, fmtSpread, spread } from './stats';
import { printTable } from './table';

export const median = (row: InPageRow, pick: (r: InPageRun) => number | undefined): number =>
  spread(row.runs.map((r) => pick(r) ?? NaN)).median;

/** `baselines`: a ratio column "× <name>" per baseline, each row's median total over the baseline's. */
export function printInPageTable(name: BrowserName, rows: readonly InPageRow[], baselines: ReadonlyArray<[string, InPageRow]>): void {
  const traced = name === 'chromium';
  const head = [
    'method',
    'patterns',
    'marks',
    'total ms',
    ...baselines.map(([b]) => `× ${b}`),
    'first screen ms',
    'timer gap ms',
    ...(traced ? ['longest task ms', 'long tasks (worst run)'] : []),
    'prepare ms',
    'screen from prepare ms',
  ];
  const body = rows.map((row) => {
    if (row.runs.length === 0) return [row.label, '–', '–', 'skipped'];
    const first = row.runs[0]!;
    const total = median(row, (r) => r.totalMs);
    const s = (pick: (r: InPageRun) => number | undefined) => fmtSpread(spread(row.runs.map((r) => pick(r) ?? NaN)));
    return [
      row.runs.length > 1 ? row.label : `${row.label} (1 run)`,
      first.patterns ? String(first.patterns) : '–',
      String(first.marks),
      s((r) => r.totalMs),
      ...baselines.map(([, b]) => fmt(total / median(b, (r) => r.totalMs), 2)),
      s((r) => r.firstViewportMs),
      s((r) => r.gapMs),
      ...(traced
        ? [
            s((r) => r.longestMs),
            `${fmt(
              median(row, (r) => r.longTasks),
              0,
            )} (${Math.max(...row.runs.map((r) => r.longTasks ?? 0))})`,
          ]
        : []),
      first.prepareMs === undefined ? '–' : s((r) => r.prepareMs),
      first.firstViewportFromPrepareMs === undefined ? '–' : s((r) => r.firstViewportFromPrepareMs),
    ];
  });
  printTable(head, body);
}
