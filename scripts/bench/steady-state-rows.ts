/**
 * Steady state, our extension against no extension (two browsers launched identically, each
 * run in both at once):
 * - a term-bearing article whose text changes 10× a second (pages.ts `/ticker.html`): the
 *   script (Chromium) or content-process CPU (Firefox) time ours adds, as a share of the wall
 *   time of the window;
 * - a single-page app that replaces its content 100 times (`/spa.html`): JS heap after GC at
 *   the start and at the end, so a leak per view shows as growth that no extension lacks.
 */
import type { Browser } from 'puppeteer-core';
import { launchBrowser, type BrowserName } from '../../tests/e2e/harness/browsers';
import { ourBuild } from './extensions';
import { pageMeter, type PageMeter } from './page-meter';
import { SPA_VIEWS } from './pages';
import { fmt, fmtDelta, fmtSpread, MB, spread } from './stats';
import { printTable, target } from './table';

const WINDOW_MS = Number(process.env.BENCH_STEADY_SECONDS ?? 10) * 1000;
/** Before the window: the first highlighting pass of the page is not steady state. */
const SETTLE_MS = 1500;
/** Between two views of the SPA: time for the extension to see each one (its mutation handling). */
const SPA_PAUSE_MS = 30;

interface Setup {
  label: 'no extension' | 'ours';
  browser: Browser;
  meter: PageMeter;
}
interface SteadyRun {
  scriptMs: number;
  taskMs: number;
  wallMs: number;
  heapStart: number;
  heapEnd: number;
  /** After another SPA_VIEWS views: growth that goes on past the first views is a leak, not warm-up. */
  heapAgain: number;
}

export async function steadyStateRows(name: BrowserName, origin: string, runs: number): Promise<void> {
  const setups: Setup[] = [];
  try {
    for (const [label, extensionDir] of [
      ['no extension', undefined],
      ['ours', ourBuild(name)],
    ] as const) {
      const browser = await launchBrowser(name, { extensionDir });
      setups.push({ label, browser, meter: await pageMeter(name, browser) });
    }
    const results: Record<Setup['label'], SteadyRun[]> = { 'no extension': [], ours: [] };
    // One load first warms each browser up (the extension installed and its storage written), as in frame-cost-rows.ts.
    for (const { browser } of setups) {
      const page = await browser.newPage();
      await page.goto(`${origin}/ticker.html`, { waitUntil: 'load' });
      await new Promise((done) => setTimeout(done, SETTLE_MS));
      await page.close();
    }
    // Both configurations run at the same time: each window sees the same machine noise, and the
    // pages' own work is a few percent of one core, so they hardly compete with each other.
    for (let run = 0; run < runs; run++) {
      await Promise.all(
        setups.map(async (setup) => {
          const measured = { ...(await tickerWindow(setup, origin)), ...(await spaHeap(setup, origin)) };
          if (process.env.BENCH_VERBOSE) console.log(name, 'steady', setup.label, run, JSON.stringify(measured));
          results[setup.label].push(measured);
        }),
      );
    }
    report(name, setups[0]!.meter, results, runs);
  } finally {
    for (const { browser, meter } of setups) {
      await meter.close().catch(() => undefined);
      await browser.close();
    }
  }
}

async function tickerWindow({ browser, meter }: Setup, origin: string): Promise<Pick<SteadyRun, 'scriptMs' | 'taskMs' | 'wallMs'>> {
  const page = await browser.newPage();
  await page.bringToFront();
  await page.goto(`${origin}/ticker.html`, { waitUntil: 'load' });
  await new Promise((done) => setTimeout(done, SETTLE_MS));
  await meter.beginWindow(page);
  const start = performance.now();
  await new Promise((done) => setTimeout(done, WINDOW_MS));
  const cost = await meter.endWindow(page);
  const wallMs = performance.now() - start;
  await page.close();
  return { scriptMs: cost.scriptMs ?? NaN, taskMs: cost.taskMs, wallMs };
}

async function spaHeap({ browser, meter }: Setup, origin: string): Promise<Pick<SteadyRun, 'heapStart' | 'heapEnd' | 'heapAgain'>> {
  const page = await browser.newPage();
  await page.bringToFront();
  await page.goto(`${origin}/spa.html`, { waitUntil: 'load' });
  await new Promise((done) => setTimeout(done, SETTLE_MS));
  const heapStart = await meter.heap(page);
  /** SPA_VIEWS more views, then the heap after GC. */
  const heapAfterViews = async () => {
    await page.evaluate(
      (views, pause) => (window as unknown as { spaRun(views: number, pauseMs: number): Promise<void> }).spaRun(views, pause),
      SPA_VIEWS,
      SPA_PAUSE_MS,
    );
    await new Promise((done) => setTimeout(done, SETTLE_MS));
    return meter.heap(page);
  };
  const heapEnd = await heapAfterViews();
  const heapAgain = await heapAfterViews();
  await page.close();
  return { heapStart, heapEnd, heapAgain };
}

function report(name: BrowserName, meter: PageMeter, results: Record<Setup['label'], SteadyRun[]>, runs: number): void {
  const none = results['no extension'];
  const ours = results.ours;
  const s = (rows: SteadyRun[], pick: (r: SteadyRun) => number, digits = 1) => fmtSpread(spread(rows.map(pick)), digits);
  /** Ours minus no extension, per round. */
  const added = (pick: (r: SteadyRun) => number) => spread(ours.map((r, i) => pick(r) - pick(none[i]!)));
  const share = (pick: (r: SteadyRun) => number) => spread(ours.map((r, i) => (100 * (pick(r) - pick(none[i]!))) / r.wallMs));
  const chromium = name === 'chromium';
  console.log(`Text changing 10× a second, ${fmt(WINDOW_MS / 1000, 0)} s window after a ${SETTLE_MS} ms settle`);
  printTable(
    ['configuration', ...(chromium ? ['script ms', 'task ms'] : ['content-process CPU ms']), 'wall ms'],
    [
      ['no extension', ...(chromium ? [s(none, (r) => r.scriptMs)] : []), s(none, (r) => r.taskMs), s(none, (r) => r.wallMs, 0)],
      ['ours', ...(chromium ? [s(ours, (r) => r.scriptMs)] : []), s(ours, (r) => r.taskMs), s(ours, (r) => r.wallMs, 0)],
      [
        'ours − none, % of wall',
        ...(chromium
          ? [
              `${fmtSpread(
                share((r) => r.scriptMs),
                2,
              )} %`,
            ]
          : []),
        `${fmtSpread(
          share((r) => r.taskMs),
          2,
        )} %`,
        '',
      ],
    ],
  );
  console.log(`  ${meter.labels.window}`);
  console.log(`\nSPA replacing its content ${SPA_VIEWS} times (${SPA_PAUSE_MS} ms apart), JS heap after GC`);
  const growth = (r: SteadyRun) => (r.heapEnd - r.heapStart) / MB;
  const growthAgain = (r: SteadyRun) => (r.heapAgain - r.heapEnd) / MB;
  printTable(
    [
      'configuration',
      'heap at start MB',
      `after ${SPA_VIEWS} views MB`,
      'growth MB',
      `after ${2 * SPA_VIEWS} views MB`,
      `growth, views ${SPA_VIEWS + 1}–${2 * SPA_VIEWS} MB`,
    ],
    [
      [
        'no extension',
        s(none, (r) => r.heapStart / MB, 2),
        s(none, (r) => r.heapEnd / MB, 2),
        s(none, growth, 3),
        s(none, (r) => r.heapAgain / MB, 2),
        s(none, growthAgain, 3),
      ],
      [
        'ours',
        s(ours, (r) => r.heapStart / MB, 2),
        s(ours, (r) => r.heapEnd / MB, 2),
        s(ours, growth, 3),
        s(ours, (r) => r.heapAgain / MB, 2),
        s(ours, growthAgain, 3),
      ],
      [
        'ours − none',
        fmtSpread(
          added((r) => r.heapStart / MB),
          2,
        ),
        fmtSpread(
          added((r) => r.heapEnd / MB),
          2,
        ),
        fmtSpread(added(growth), 3),
        fmtSpread(
          added((r) => r.heapAgain / MB),
          2,
        ),
        fmtSpread(added(growthAgain), 3),
      ],
    ],
  );
  console.log(
    `  a leak grows in both halves; what the first ${SPA_VIEWS} views add and the next ${SPA_VIEWS} do not is warm-up (compiled code, caches filled once)`,
  );
  console.log(`  ${meter.labels.heap}\n  medians of ${runs} runs [min–max]; differences per round`);

  console.log(`\nTargets (${name}, steady state)`);
  const script = share(chromium ? (r) => r.scriptMs : (r) => r.taskMs);
  target(
    `text changing 10×/s: our ${chromium ? 'script time' : 'content-process CPU'} < 2% of wall time`,
    script.median < 2,
    `${fmtDelta(script.median, 2)} % [${fmt(script.min, 2)}–${fmt(script.max, 2)}]`,
  );
  const leak = added(growth);
  target(
    `SPA, ${SPA_VIEWS} replacements: ends with the heap of no extension plus ours' cost at the start (growth within 0.1 MB)`,
    Number.isFinite(leak.median) ? leak.median <= 0.1 : undefined,
    `growth ${fmtDelta(leak.median, 3)} MB more than no extension; at the end ${fmtDelta(added((r) => r.heapEnd / MB).median, 2)} MB, at the start ${fmtDelta(added((r) => r.heapStart / MB).median, 2)} MB`,
  );
  const later = added(growthAgain);
  target(
    `SPA, views ${SPA_VIEWS + 1}–${2 * SPA_VIEWS} (leak check, not one of the issue's targets): growth within 0.02 MB of no extension`,
    Number.isFinite(later.median) ? later.median <= 0.02 : undefined,
    `${fmtDelta(later.median, 3)} MB [${fmt(later.min, 3)}–${fmt(later.max, 3)}]`,
  );
}
