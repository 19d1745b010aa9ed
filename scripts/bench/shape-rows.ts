/**
 * The page shapes (pages.ts SHAPES), each with mark.js one-regex and our engine:
 * first screen, the page timer's longest gap and (Chromium) long tasks. The bench article's
 * rows come from the engine table of the same run; the 5 MB page also gets the elements row.
 */
import type { Browser } from 'puppeteer-core';
import type { BrowserName } from '../../tests/e2e/harness/browsers';
import type { ArticleRows } from './engine-rows';
import { measureInPage, skippedRow, type InPageRow, type Method } from './in-page-runs';
import { median, printInPageTable } from './in-page-table';
import { SHAPES } from './pages';
import { fmt } from './stats';
import { printTable, target } from './table';

export interface ShapeRowsOptions {
  origin: string;
  runs: number;
  only?: string;
}

export async function shapeRows(
  browser: Browser,
  name: BrowserName,
  article: ArticleRows,
  { origin, runs, only }: ShapeRowsOptions,
): Promise<void> {
  const engines: Array<{ shape: string; engine: InPageRow }> = [];
  for (const { path, label } of SHAPES) {
    const run = (what: string, method: Method) => {
      const rowLabel = `${what} (${label})`;
      return only && !rowLabel.includes(only)
        ? Promise.resolve(skippedRow(rowLabel))
        : measureInPage(browser, name, origin + path, rowLabel, method, runs);
    };
    const isArticle = path === '/article.html';
    const oneRegex = isArticle
      ? { ...article.oneRegex, label: `mark.js markRegExp, one regex (${label})` }
      : await run('mark.js markRegExp, one regex', ['markOneRegex']);
    const engine = isArticle
      ? { ...article.engine, label: `our engine, painted (${label})` }
      : await run('our engine, painted', ['engine']);
    const rows = [oneRegex, engine];
    if (path === '/big.html') rows.push(await run('our engine, elements', ['engineElements']));
    console.log(`\n${label}`);
    printInPageTable(name, rows, [['mark.js 1-regex', oneRegex]]);
    engines.push({ shape: label, engine }, ...rows.slice(2).map((engine) => ({ shape: `${label}, elements`, engine })));
  }

  const measured = engines.filter(({ engine }) => engine.runs.length > 0);
  console.log(`\nSummary (${name}, our engine per page shape: medians)`);
  printTable(
    ['page shape', 'first screen ms', 'timer gap ms', ...(name === 'chromium' ? ['long tasks', 'longest task ms'] : [])],
    measured.map(({ shape, engine }) => [
      shape,
      fmt(median(engine, (r) => r.firstViewportMs)),
      fmt(
        median(engine, (r) => r.gapMs),
        0,
      ),
      ...(name === 'chromium'
        ? [
            fmt(
              median(engine, (r) => r.longTasks),
              0,
            ),
            fmt(median(engine, (r) => r.longestMs)),
          ]
        : []),
    ]),
  );
  console.log(`\nTargets (${name}, every page shape, our engine, median run)`);
  const worst = (pick: (r: InPageRow['runs'][number]) => number | undefined) =>
    Math.max(...measured.map(({ engine }) => median(engine, pick)));
  const where = (pick: (r: InPageRow['runs'][number]) => number | undefined, over: number) =>
    measured
      .filter(({ engine }) => median(engine, pick) > over)
      .map(({ shape }) => shape)
      .join(', ') || 'none';
  if (name === 'chromium')
    target('0 long tasks (> 50 ms)', worst((r) => r.longTasks) === 0, `shapes with long tasks: ${where((r) => r.longTasks, 0)}`);
  target(
    'no page-timer gap over 50 ms',
    worst((r) => r.gapMs) <= 50,
    `longest ${fmt(
      worst((r) => r.gapMs),
      0,
    )} ms; over 50 ms: ${where((r) => r.gapMs, 50)}`,
  );
  target(
    'first screen < 16 ms',
    worst((r) => r.firstViewportMs) < 16,
    `slowest ${fmt(worst((r) => r.firstViewportMs))} ms; 16 ms or more: ${where((r) => r.firstViewportMs, 15.999)}`,
  );
}
