/**
 * `npm run bench`: what the extension costs pages, side by side with the obvious baselines in
 * the same run, in headless Chromium and Firefox (the Debian packages, driven by
 * puppeteer-core). Prints tables (medians of 5 runs [min–max]) and the targets as
 * met / MISSED; asserts nothing. Per browser, four sections:
 *
 * - engine (bench/engine-rows.ts): the highlighting engine bundled into the bench article
 *   against a bare TreeWalker, a TreeWalker with one regex, mark.js keyword mode and mark.js
 *   `markRegExp` with one regex;
 * - page shapes (bench/shape-rows.ts): the engine and mark.js one-regex on the page shapes
 *   that once froze tabs (one <article>, one 100 KB text node, 50k inline nodes, 5 MB);
 * - per-frame cost (bench/frame-cost-rows.ts): the real extension on a term-less page and
 *   with 10 iframes, against no extension and an empty content script (the floor);
 * - steady state (bench/steady-state-rows.ts): text changing 10× a second, an SPA replacing
 *   its content 100 times;
 * - pdf reader (bench/pdf-rows.ts): a 10-page and a 100-page PDF in the reader, pdf.js alone
 *   against pdf.js with the glossary.
 *
 * Environment: BENCH_BROWSERS=chromium,firefox; BENCH_ONLY=<text> runs only the sections
 * whose name contains it, or else only the engine and shape rows whose label contains it;
 * BENCH_KEYWORD=1 adds mark.js keyword mode (Chromium only: minutes long); BENCH_RUNS (default 5);
 * BENCH_STEADY_SECONDS (default 10); BENCH_EXTENSION_CHROMIUM / BENCH_EXTENSION_FIREFOX: our
 * unpacked build (default .output/, built when missing); BENCH_VERBOSE=1 prints every run.
 */
import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser, type BrowserName } from '../tests/e2e/harness/browsers';
import { bundleForPage } from './bench/bundle';
import { engineRows } from './bench/engine-rows';
import { timingsBuild } from './bench/extensions';
import { frameCostRows } from './bench/frame-cost-rows';
import { pdfRows } from './bench/pdf-rows';
import { buildPages } from './bench/pages';
import { startBenchServer } from './bench/server';
import { shapeRows } from './bench/shape-rows';
import { steadyStateRows } from './bench/steady-state-rows';
import { heading } from './bench/table';

const SECTIONS = ['engine', 'page shapes', 'per-frame cost', 'steady state', 'pdf reader'] as const;
type Section = (typeof SECTIONS)[number];

async function main(): Promise<void> {
  const started = performance.now();
  const browsers = (process.env.BENCH_BROWSERS ?? 'chromium,firefox').split(',') as BrowserName[];
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const keywordMode = process.env.BENCH_KEYWORD === '1';
  const only = process.env.BENCH_ONLY;
  // BENCH_ONLY naming a section runs that section whole; any other text filters the rows of the first two.
  const onlySections = only ? SECTIONS.filter((s) => s.includes(only)) : [];
  const rowFilter = onlySections.length === 0 ? only : undefined;
  const wants = (section: Section) =>
    onlySections.length > 0 ? onlySections.includes(section) : !only || section === 'engine' || section === 'page shapes';

  const server = await startBenchServer();
  const { pages, describe } = buildPages(server.otherOrigin, await bundleForPage(resolve(import.meta.dirname, 'bench/page-entry.ts')));
  Object.assign(server.pages, pages);
  try {
    for (const line of describe) console.log(line);
    for (const name of browsers) {
      const timed = async (section: Section, run: () => Promise<void>) => {
        if (!wants(section)) return;
        const start = performance.now();
        heading(`${name}: ${section}`);
        await run();
        console.log(`\n(${name} ${section}: ${((performance.now() - start) / 1000).toFixed(0)} s)`);
      };
      const browser = await launchBrowser(name);
      try {
        console.log(`\n# ${await browser.version()}`);
        let article: Awaited<ReturnType<typeof engineRows>> | undefined;
        await timed('engine', async () => {
          article = await engineRows(browser, name, { origin: server.origin, runs, only: rowFilter, keywordMode });
          console.log(
            "\n  timer gap: the page's 10 ms setInterval, longest wait during the run (0: none over 20 ms). first screen: the engine's viewport measure, from the parsed DOM (prepare: building the matcher from its data)." +
              (name === 'firefox' ? " Firefox's performance.now() is clamped to whole milliseconds." : ''),
          );
        });
        await timed('page shapes', async () => {
          const rows = article ?? { oneRegex: { label: 'mark.js one-regex', runs: [] }, engine: { label: 'our engine', runs: [] } };
          await shapeRows(browser, name, rows, { origin: server.origin, runs, only: rowFilter });
        });
      } finally {
        await browser.close();
      }
      await timed('per-frame cost', () => frameCostRows(name, server.origin, runs));
      await timed('steady state', () => steadyStateRows(name, server.origin, runs));
      await timed('pdf reader', () => pdfRows(name, server, runs));
    }
    if (!only) {
      console.log('\nContent-script bundle (production Chrome build)');
      const size = await contentScriptSize();
      console.log(`  content.js ${kb(size.js)} (gzip ${kb(size.jsGzip)}), content.css ${kb(size.css)}`);
    }
    console.log(`\nBench time: ${((performance.now() - started) / 60_000).toFixed(1)} min`);
  } finally {
    server.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** Builds the Chrome extension into a temporary folder and measures its content script. */
async function contentScriptSize(): Promise<{ js: number; jsGzip: number; css: number }> {
  const dir = join(await timingsBuild('chromium'), 'content-scripts');
  const js = await readFile(join(dir, 'content.js'));
  return { js: js.length, jsGzip: gzipSync(js).length, css: (await stat(join(dir, 'content.css'))).size };
}

await main();
