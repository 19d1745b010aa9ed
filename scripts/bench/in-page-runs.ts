/**
 * One method of the page's `dgBench` (page-entry.ts) timed on a freshly loaded page, in
 * Chromium or Firefox. Each run loads the page in a browser context of its own: a renderer
 * (content process) of its own, so nothing compiled or cached by an earlier run (V8 keeps
 * compiled RegExps per process) can flatter this one. Besides the page's own timings, every
 * run reads the page timer's longest gap (page-timer.ts); Chromium runs also trace tasks.
 */
import type { Browser } from 'puppeteer-core';
import type { BrowserName } from '../../tests/e2e/harness/browsers';
import { traceTasks, type TaskStats } from './long-tasks';
import { longestGapSince, pageNow } from './page-timer';
import type { Bench, RunResult } from './page-entry';
import { patternSet } from './vocabulary';
import { GLOSSARY } from '../../src/glossary';
import { compileMatcherData, formsOf } from '../../src/matching';

const FORMS = formsOf(GLOSSARY);

/** Which function of the page's `dgBench` to time, and how many patterns to set it up with (all when omitted). */
export type Method = [name: Exclude<keyof Bench, 'setUp'>, patterns?: number];

export interface InPageRun extends RunResult, Partial<TaskStats> {
  /** The page timer's longest wait during the run, ms (0: none over 20 ms). */
  gapMs: number;
}

export interface InPageRow {
  label: string;
  runs: InPageRun[];
}

export async function measureInPage(
  browser: Browser,
  name: BrowserName,
  url: string,
  label: string,
  method: Method,
  times: number,
): Promise<InPageRow> {
  const runs: InPageRun[] = [];
  const [run, patterns] = method;
  // What the build does for the extension (compile the forms to data) is done here, untimed.
  const data = compileMatcherData(patterns === undefined ? FORMS : patternSet(FORMS, patterns));
  const keywords = run === 'markKeywords' ? FORMS.map((f) => f.text) : [];
  for (let i = 0; i < times; i++) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.bringToFront();
    await page.goto(url, { waitUntil: 'load' });
    await page.addScriptTag({ url: new URL('/bench.js', url).href });
    await page.evaluate((d, k) => (window as unknown as { dgBench: Bench }).dgBench.setUp(d, k), data, keywords);
    // Let the page settle (layout, first paint) so every method starts from the same state.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
    const from = await pageNow(page);
    // The timer's gap is read before the trace stops: stopping it makes the renderer flush its buffers.
    const call = async (): Promise<InPageRun> => {
      const result = await page.evaluate((method) => (window as unknown as { dgBench: Bench }).dgBench[method](), run);
      return { ...result, gapMs: await longestGapSince(page, from) };
    };
    const measured: InPageRun =
      name === 'chromium' ? await traceTasks(page, call).then(({ result, tasks }) => ({ ...result, ...tasks })) : await call();
    runs.push(measured);
    if (process.env.BENCH_VERBOSE) console.log(name, label, JSON.stringify(measured));
    await context.close();
  }
  return { label, runs };
}

export const skippedRow = (label: string): InPageRow => ({ label, runs: [] });
