/**
 * The engine against the obvious alternatives on the bench article, in one browser: a bare
 * TreeWalker read (the floor), a TreeWalker searching with our one regex, mark.js keyword
 * mode `mark(array)`, mark.js `markRegExp` with our one regex, and our engine with the full
 * glossary (both drawing methods) and with 25/100/400 patterns.
 */
import type { Browser } from 'puppeteer-core';
import type { BrowserName } from '../../tests/e2e/harness/browsers';
import { measureInPage, skippedRow, type InPageRow, type Method } from './in-page-runs';
import { median, printInPageTable } from './in-page-table';
import { fmt } from './stats';
import { target } from './table';

export interface EngineRowsOptions {
  origin: string;
  runs: number;
  /** Runs only the rows whose label contains it (BENCH_ONLY). */
  only?: string;
  /** Runs the minutes-long keyword-mode row (BENCH_KEYWORD=1; Chromium only). */
  keywordMode: boolean;
}

/** The article's rows for the page-shape table: mark.js one-regex and our engine, painted. */
export interface ArticleRows {
  oneRegex: InPageRow;
  engine: InPageRow;
}

export async function engineRows(
  browser: Browser,
  name: BrowserName,
  { origin, runs, only, keywordMode }: EngineRowsOptions,
): Promise<ArticleRows> {
  const run = (label: string, method: Method, times = runs) =>
    only && !label.includes(only)
      ? Promise.resolve(skippedRow(label))
      : measureInPage(browser, name, `${origin}/article.html`, label, method, times);
  const read = await run('TreeWalker text read (no matching)', ['treeWalkerRead']);
  const search = await run('TreeWalker + one regex (search, no DOM writes)', ['treeWalkerRegex']);
  // Two minutes in Chromium on a loaded 2-core machine, and past puppeteer's 3-minute protocol
  // timeout in Firefox 153: on request (BENCH_KEYWORD=1), in Chromium only.
  const keyword =
    !keywordMode || name !== 'chromium'
      ? skippedRow(`mark.js keyword mode (skipped: ${keywordMode ? 'over 3 min in Firefox' : 'BENCH_KEYWORD=1 runs it'})`)
      : await run('mark.js keyword mode, one mark() per form', ['markKeywords'], 1);
  const oneRegex = await run('mark.js markRegExp, one regex', ['markOneRegex']);
  const engine = await run('our engine, painted (default), full glossary', ['engine']);
  const elements = await run('our engine, elements, full glossary', ['engineElements']);
  const scaling: InPageRow[] = [];
  for (const size of [25, 100, 400]) scaling.push(await run(`our engine, ${size} patterns`, ['engine', size]));
  printInPageTable(
    name,
    [read, search, keyword, oneRegex, engine, elements, ...scaling],
    [
      ['mark.js 1-regex', oneRegex],
      ['TW + regex', search],
      ['TW read', read],
    ],
  );

  const total = (row: InPageRow) => median(row, (r) => r.totalMs);
  /** A target whose rows were skipped is n/a, not missed. */
  const ratio = (what: string, a: InPageRow, b: InPageRow, met: (x: number) => boolean, note = (x: number) => `${fmt(x, 2)}×`) => {
    const x = total(a) / total(b);
    target(what, Number.isFinite(x) ? met(x) : undefined, Number.isFinite(x) ? note(x) : 'skipped');
  };
  console.log(`\nTargets (${name}, engine on the bench article)`);
  ratio(
    'total ≤ 1.5× mark.js one-regex',
    engine,
    oneRegex,
    (x) => x <= 1.5,
    (x) => `painted ${fmt(x, 2)}×, elements ${fmt(total(elements) / total(oneRegex), 2)}×`,
  );
  ratio(
    '≥ 30× faster than keyword mode',
    keyword,
    engine,
    (x) => x >= 30,
    (x) => `${fmt(x, 1)}×`,
  );
  ratio('25 → 400 patterns ≤ 1.3×', scaling[2]!, scaling[0]!, (x) => x <= 1.3);
  return { oneRegex, engine };
}
