/**
 * The PDF reader (issue #18): a 10-page and a 100-page PDF (the bench's article, printed by
 * Chromium), opened in the reader of a benchmark build, with pdf.js alone (`?glossary=off`)
 * and with the glossary highlighting its text layers. Reported side by side: when every
 * page's text layer is placed, when the last highlighting pass ended, the reader's own 10 ms
 * timer's longest wait, and (Chromium) the longest task and the long tasks of the extension's
 * renderer. Runs alternate between the two, in one browser: extension pages share the
 * extension's process, so neither gets a colder start than the other.
 */
import type { Page } from 'puppeteer-core';
import { launchBrowser, launchWithExtension, type BrowserName } from '../../tests/e2e/harness/browsers';
import { readerPathFor } from '../../src/reader/pdf-address';
import { generateArticle } from './article';
import { timingsBuild } from './extensions';
import { traceTasks, type TaskStats } from './long-tasks';
import type { BenchServer } from './server';
import { fmtSpread, spread } from './stats';
import { printTable, target } from './table';

/** The bench article at about 3,100-3,700 characters a printed A4 page; the table shows the page count the reader found. */
const PDFS = [
  { path: '/pdf-10.pdf', chars: 31_000, pages: 10 },
  { path: '/pdf-100.pdf', chars: 373_000, pages: 100 },
] as const;
/** After the text layers are placed: no highlighting pass for this long means the glossary is done. */
const QUIET_MS = 800;

interface PdfRun extends Partial<TaskStats> {
  pages: number;
  textMs: number;
  highlightedMs: number;
  gapMs: number;
}

let printed: Map<string, Uint8Array> | null = null;

/** The PDFs, printed once per bench (by Chromium, for both browsers: the same bytes everywhere). */
async function printPdfs(): Promise<Map<string, Uint8Array>> {
  if (printed) return printed;
  const browser = await launchBrowser('chromium');
  const made = new Map<string, Uint8Array>();
  try {
    for (const { path, chars } of PDFS) {
      const page = await browser.newPage();
      await page.setContent(generateArticle(chars, 7).html, { waitUntil: 'load' });
      made.set(path, await page.pdf({ format: 'A4' }));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return (printed = made);
}

export async function pdfRows(name: BrowserName, server: BenchServer, runs: number): Promise<void> {
  for (const [path, bytes] of await printPdfs()) server.pages[path] = bytes;
  const ext = await launchWithExtension(name, { extensionDir: await timingsBuild(name) });
  const rows: string[][] = [];
  const results = new Map<string, PdfRun[]>();
  try {
    for (let run = 0; run < runs; run++)
      for (const pdf of PDFS)
        for (const glossary of [false, true]) {
          const key = `${pdf.path} ${glossary}`;
          const measured = await measure(ext, name, `${server.origin}${pdf.path}`, glossary);
          if (process.env.BENCH_VERBOSE) console.log(name, key, JSON.stringify(measured));
          results.set(key, [...(results.get(key) ?? []), measured]);
        }
  } finally {
    await ext.close();
  }
  const s = (list: PdfRun[], pick: (r: PdfRun) => number | undefined) => fmtSpread(spread(list.map((r) => pick(r) ?? NaN)));
  for (const pdf of PDFS)
    for (const glossary of [false, true]) {
      const list = results.get(`${pdf.path} ${glossary}`)!;
      rows.push([
        `${spread(list.map((r) => r.pages)).median}-page PDF`,
        glossary ? 'pdf.js + glossary' : 'pdf.js alone',
        s(list, (r) => r.textMs),
        glossary ? s(list, (r) => r.highlightedMs) : '–',
        s(list, (r) => r.gapMs),
        ...(name === 'chromium' ? [s(list, (r) => r.longestMs), String(Math.max(...list.map((r) => r.longTasks ?? 0)))] : []),
      ]);
    }
  printTable(
    [
      'PDF',
      'reader',
      'all text placed ms',
      'highlighted ms',
      'timer gap ms',
      ...(name === 'chromium' ? ['longest task ms', 'long tasks (worst run)'] : []),
    ],
    rows,
  );
  console.log(
    `\n  from the reader's navigation; timer gap: a 10 ms setInterval in the reader page, its longest wait${
      name === 'firefox' ? " (Firefox's clock is whole milliseconds; no task trace in Firefox)" : ''
    }. medians of ${runs} runs [min–max].`,
  );
  console.log(`\nTargets (${name}, PDF reader)`);
  for (const pdf of PDFS) {
    const alone = results.get(`${pdf.path} false`)!;
    const withGlossary = results.get(`${pdf.path} true`)!;
    const gap = spread(withGlossary.map((r) => r.gapMs)).median;
    const aloneGap = spread(alone.map((r) => r.gapMs)).median;
    if (name === 'chromium') {
      const ours = Math.max(...withGlossary.map((r) => r.longTasks ?? 0));
      const floor = Math.max(...alone.map((r) => r.longTasks ?? 0));
      target(
        `${pdf.pages} pages: no long task more than pdf.js alone (worst run)`,
        ours <= floor,
        `with the glossary ${ours}, alone ${floor}`,
      );
      const longest = spread(withGlossary.map((r) => r.longestMs ?? NaN)).median;
      const aloneLongest = spread(alone.map((r) => r.longestMs ?? NaN)).median;
      target(
        `${pdf.pages} pages: longest task with the glossary ≤ 50 ms or no longer than pdf.js alone`,
        longest <= Math.max(50, aloneLongest),
        `${longest.toFixed(1)} ms (pdf.js alone ${aloneLongest.toFixed(1)} ms)`,
      );
    }
    target(
      `${pdf.pages} pages: the glossary adds no wait over 50 ms to the reader's timer`,
      gap <= Math.max(50, aloneGap),
      `${gap.toFixed(0)} ms (pdf.js alone ${aloneGap.toFixed(0)} ms)`,
    );
  }
}

async function measure(
  ext: Awaited<ReturnType<typeof launchWithExtension>>,
  name: BrowserName,
  pdfUrl: string,
  glossary: boolean,
): Promise<PdfRun> {
  const page = await ext.newPage();
  await page.bringToFront();
  const url = `${ext.extensionOrigin}${readerPathFor(pdfUrl)}${glossary ? '' : '&glossary=off'}`;
  const open = async () => {
    if (name === 'firefox') void page.goto(url).catch(() => undefined);
    else await page.goto(url);
    return settled(page, glossary);
  };
  const result = name === 'chromium' ? await traceTasks(page, open).then(({ result, tasks }) => ({ ...result, ...tasks })) : await open();
  await page.close();
  return result;
}

/** Waits for every text layer and, with the glossary, for its passes to go quiet; then reads the page's own clock. */
async function settled(page: Page, glossary: boolean): Promise<PdfRun> {
  await page.waitForFunction(() => performance.getEntriesByName('reader:text-ready').length > 0, { timeout: 120_000, polling: 100 });
  if (glossary)
    await page.waitForFunction(
      (quiet) => {
        const passes = performance.getEntriesByName('glossary:highlight', 'measure');
        const last = passes.at(-1);
        return last !== undefined && performance.now() - (last.startTime + last.duration) > quiet;
      },
      { timeout: 120_000, polling: 100 },
      QUIET_MS,
    );
  return page.evaluate(() => {
    const last = performance.getEntriesByName('glossary:highlight', 'measure').at(-1);
    const timer = (window as Window & { dgReaderTimer?: { longestGapMs: number } }).dgReaderTimer;
    return {
      pages: document.querySelectorAll('.pdf-page').length,
      textMs: performance.getEntriesByName('reader:text-ready')[0]!.startTime,
      highlightedMs: last ? last.startTime + last.duration : NaN,
      gapMs: timer?.longestGapMs ?? NaN,
    };
  });
}
