/**
 * `npm run bench`: the highlighting engine against the obvious alternatives, side by side in
 * one real headless Chromium run, on a generated article of at least 750,000 characters
 * (and a 5 MB one for the long-task check). Prints a table; asserts nothing.
 *
 * Rows: a bare TreeWalker read (the floor), mark.js keyword mode `mark(array)`, mark.js
 * `markRegExp` with our one regex, and our engine with the full glossary and with 25/100/400
 * patterns. On the 5 MB page the engine highlights 10,000 terms ahead of the reader and the
 * rest as it comes on screen (EAGER_MARK_LIMIT in src/highlight/page-highlighter.ts), so
 * its row counts those. Long tasks come from a browser trace (see bench/long-tasks.ts). Each run loads the
 * page in a fresh renderer; rows report each column's median of five runs (keyword mode and
 * mark.js on the 5 MB page: one run), and beside them the long tasks of the worst run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer, { type Browser } from 'puppeteer-core';
import { generateArticle } from './bench/article';
import { bundleForPage } from './bench/bundle';
import { traceTasks, type TaskStats } from './bench/long-tasks';
import type { Bench, RunResult } from './bench/page-entry';
import { patternSet } from './bench/vocabulary';
import { GLOSSARY } from '../src/glossary';
import { compileMatcherData, formsOf } from '../src/matching';

const ROOT = resolve(import.meta.dirname, '..');
const ARTICLE_CHARS = 750_000;
const BIG_PAGE_BYTES = 5_000_000;
const FORMS = formsOf(GLOSSARY);
/** Runs per row (keyword mode and mark.js on the 5 MB page: one): this machine's timings vary by 2× from run to run. */
const RUNS = 5;


/** Which function of the page's `dgBench` to time, and how many patterns to set it up with (all when omitted). */
type Method = [name: Exclude<keyof Bench, 'setUp'>, patterns?: number];
interface Row extends RunResult, TaskStats {
  label: string;
  /** The run with the longest task, of all runs. */
  worst: TaskStats;
}

async function main(): Promise<void> {
  const script = await bundleForPage(resolve(import.meta.dirname, 'bench/page-entry.ts'));
  const article = generateArticle(ARTICLE_CHARS);
  let big = generateArticle(BIG_PAGE_BYTES / 2, 2);
  for (let chars = BIG_PAGE_BYTES / 2; big.html.length < BIG_PAGE_BYTES; chars *= 1.2) big = generateArticle(chars, 2);
  const pages: Record<string, string> = { '/article.html': article.html, '/big.html': big.html, '/bench.js': script };

  const server = createServer((req, res) => {
    const body = pages[req.url ?? ''];
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': req.url!.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    pipe: true,
    defaultViewport: { width: 1280, height: 900 },
    userDataDir: await mkdtemp(join(tmpdir(), 'dg-bench-')),
    // The same flags as the e2e harness (tests/e2e/harness/browsers.ts).
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu', '--window-size=1280,900'],
  });

  try {
    console.log(`Chromium ${await browser.version()}`);
    console.log(`Article: ${article.textLength.toLocaleString('en')} characters of text, ${article.html.length.toLocaleString('en')} bytes of HTML`);
    console.log(`Big page: ${big.textLength.toLocaleString('en')} characters of text, ${big.html.length.toLocaleString('en')} bytes of HTML\n`);
    // BENCH_ONLY=<text> runs only the rows whose label contains it (the others print as –), while iterating.
    const only = process.env.BENCH_ONLY;
    const run = async (label: string, path: string, method: Method, times = 1): Promise<Row> =>
      only && !label.includes(only) ? skipped(label) : measure(browser, `${origin}${path}`, label, method, times);
    const rows: Row[] = [];
    rows.push(await run('TreeWalker text read (no matching)', '/article.html', ['treeWalkerRead'], RUNS));
    // BENCH_QUICK=1 skips the minute-long keyword-mode row and the 5 MB rows while iterating.
    const quick = process.env.BENCH_QUICK === '1';
    rows.push(quick ? { ...(await run('mark.js keyword mode (skipped)', '/article.html', ['treeWalkerRead'])), totalMs: NaN } : await run('mark.js keyword mode, one mark() per form', '/article.html', ['markKeywords']));
    const oneRegex = await run('mark.js markRegExp, one regex', '/article.html', ['markOneRegex'], RUNS);
    rows.push(oneRegex);
    const engine = await run('our engine, painted (default), full glossary', '/article.html', ['engine'], RUNS);
    rows.push(engine);
    const engineElements = await run('our engine, elements, full glossary', '/article.html', ['engineElements'], RUNS);
    rows.push(engineElements);
    const scaling: Row[] = [];
    for (const size of [25, 100, 400]) scaling.push(await run(`our engine, ${size} patterns`, '/article.html', ['engine', size], RUNS));
    rows.push(...scaling);
    const bigEngine = quick ? engine : await run('our engine, painted (5 MB page, 10,000 ahead)', '/big.html', ['engine'], RUNS);
    if (!quick) {
      rows.push(await run('mark.js markRegExp, one regex (5 MB page)', '/big.html', ['markOneRegex']), bigEngine);
      rows.push(await run('our engine, elements (5 MB page, 10,000 ahead)', '/big.html', ['engineElements'], RUNS));
    }
    printTable(rows);

    const keyword = rows[1]!;
    const engineRows = [engine, ...scaling, bigEngine];
    console.log('\nTargets');
    target(
      '0 long tasks (> 50 ms) in the engine rows, 5 MB page included (median run)',
      engineRows.every((r) => r.longTasks === 0),
      `longest ${fmt(Math.max(...engineRows.map((r) => r.longestMs)))} ms; worst single run ${fmt(Math.max(...engineRows.map((r) => r.worst.longestMs)))} ms, ` +
        `while a bare TreeWalker read's worst run had a ${fmt(rows[0]!.worst.longestMs)} ms task (this machine's noise)`,
    );
    target(
      'first viewport highlighted < 16 ms after the DOM is parsed',
      engine.firstViewportMs < 16 && bigEngine.firstViewportMs < 16,
      `${fmt(engine.firstViewportMs)} ms (5 MB page: ${fmt(bigEngine.firstViewportMs)} ms); counted from the start of preparation instead: ${fmt(engine.firstViewportFromPrepareMs ?? NaN)} ms (5 MB: ${fmt(bigEngine.firstViewportFromPrepareMs ?? NaN)} ms)`,
    );
    target('total ≤ 2× mark.js one-regex', engine.totalMs <= 2 * oneRegex.totalMs, `painted ${fmt(engine.totalMs / oneRegex.totalMs, 2)}×, elements ${fmt(engineElements.totalMs / oneRegex.totalMs, 2)}×`);
    target('≥ 30× faster than keyword mode', keyword.totalMs / engine.totalMs >= 30, `${fmt(keyword.totalMs / engine.totalMs, 1)}×`);
    const growth = scaling[2]!.totalMs / scaling[0]!.totalMs;
    target('25 → 400 patterns ≤ 1.3×', growth <= 1.3, `${fmt(growth, 2)}×`);

    console.log('\nContent-script bundle (production Chrome build)');
    const size = await contentScriptSize();
    console.log(`  content.js ${kb(size.js)} (gzip ${kb(size.jsGzip)}), content.css ${kb(size.css)}`);
  } finally {
    await browser.close();
    server.close();
  }
}

async function measure(browser: Browser, url: string, label: string, method: Method, times: number): Promise<Row> {
  const runs: Row[] = [];
  for (let i = 0; i < times; i++) {
    // A context of its own is a renderer process of its own: nothing compiled or cached by
    // an earlier run (V8 keeps compiled RegExps per process) can flatter this one.
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.addScriptTag({ url: url.replace(/\/[^/]*$/, '/bench.js') });
    // What the build does for the extension (compile the forms to data) is done here, untimed.
    const [name, patterns] = method;
    const data = compileMatcherData(patterns === undefined ? FORMS : patternSet(FORMS, patterns));
    await page.evaluate((d) => (window as unknown as { dgBench: Bench }).dgBench.setUp(d), data);
    // Let the page settle (layout, first paint) so every method starts from the same state.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
    const { result, tasks } = await traceTasks(page, () =>
      page.evaluate((run) => (window as unknown as { dgBench: Bench }).dgBench[run]() as RunResult | Promise<RunResult>, name),
    );
    runs.push({ label, ...result, ...tasks, worst: tasks });
    if (process.env.BENCH_VERBOSE) console.log(label, JSON.stringify({ ...result, ...tasks }));
    await context.close();
  }
  // Each column's median over the runs, long tasks included; the worst run's long tasks are reported beside them.
  const median = (pick: (r: Row) => number | undefined) => {
    const values = runs.map(pick).filter((v): v is number => v !== undefined).sort((a, b) => a - b);
    return values.length === 0 ? undefined : values[Math.floor(values.length / 2)]!;
  };
  return {
    ...runs[0]!,
    totalMs: median((r) => r.totalMs)!,
    firstViewportMs: median((r) => r.firstViewportMs)!,
    prepareMs: median((r) => r.prepareMs),
    firstViewportFromPrepareMs: median((r) => r.firstViewportFromPrepareMs),
    longestMs: median((r) => r.longestMs)!,
    longTasks: median((r) => r.longTasks)!,
    worst: { longestMs: Math.max(...runs.map((r) => r.longestMs)), longTasks: Math.max(...runs.map((r) => r.longTasks)) },
  };
}

function skipped(label: string): Row {
  return { label, totalMs: NaN, firstViewportMs: NaN, marks: 0, patterns: 0, longestMs: NaN, longTasks: 0, worst: { longestMs: NaN, longTasks: 0 } };
}

function printTable(rows: Row[]): void {
  const head = ['method', 'patterns', 'marks', 'total ms', 'first viewport ms', 'longest task ms', 'long tasks', 'worst run: longest / long', 'prepare ms', 'viewport from prepare ms'];
  const body = rows.map((r) => [
    r.label,
    r.patterns ? String(r.patterns) : '–',
    String(r.marks),
    fmt(r.totalMs),
    fmt(r.firstViewportMs),
    fmt(r.longestMs),
    String(r.longTasks),
    `${fmt(r.worst.longestMs)} / ${r.worst.longTasks}`,
    r.prepareMs === undefined ? '–' : fmt(r.prepareMs),
    r.firstViewportFromPrepareMs === undefined ? '–' : fmt(r.firstViewportFromPrepareMs),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const row of body) console.log(line(row));
}

function target(what: string, met: boolean, value: string): void {
  console.log(`  ${met ? 'met' : 'MISSED'}  ${what}: ${value}`);
}

/*
 * Columns: "total" runs from the engine's start (preparation included) to the whole page
 * highlighted and laid out. "first viewport" is the engine's `glossary:highlight-viewport`
 * measure: from the moment highlighting can start (the DOM is parsed) to the visible screen
 * highlighted. "prepare" is what the content script does at document_start while the page
 * is still loading: the matcher from its build-time data, and a warm-up run on a detached
 * sample. "viewport from prepare" counts the first viewport from the start of that.
 */

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '–');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** Builds the Chrome extension into a temporary folder and measures its content script. */
async function contentScriptSize(): Promise<{ js: number; jsGzip: number; css: number }> {
  const out = await mkdtemp(join(tmpdir(), 'dg-bench-build-'));
  execFileSync('npx', ['wxt', 'build', '-b', 'chrome'], { cwd: ROOT, env: { ...process.env, DG_OUT_DIR: out, WXT_DG_TIMINGS: '1' }, stdio: 'ignore' });
  const dir = join(out, 'chrome-mv3', 'content-scripts');
  const js = await readFile(join(dir, 'content.js'));
  return { js: js.length, jsGzip: gzipSync(js).length, css: (await stat(join(dir, 'content.css'))).size };
}

await main();
