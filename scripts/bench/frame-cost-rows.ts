/**
 * Per-frame cost of the real extension: a term-less article, and the same with 10 cross-origin
 * iframes, loaded with no extension, with the empty content script (the floor) and with ours.
 *
 * Cold and comparable: one browser per configuration, launched identically (launchBrowser,
 * a fresh profile each), warmed by one discarded load of each page (the extension installed,
 * its storage written, as for a user whose browser has run a while), then every run opens a
 * new tab after closing the last one: a fresh renderer / content process, so nothing compiled
 * for an earlier page (V8's and Gecko's per-process script caches) flatters a run. Runs
 * alternate between the configurations so that the machine's noise falls on all of them.
 */
import type { Browser } from 'puppeteer-core';
import { launchBrowser, type BrowserName } from '../../tests/e2e/harness/browsers';
import { configurations, type Configuration } from './extensions';
import { pageMeter, type LoadCost, type PageMeter } from './page-meter';
import { IFRAMES } from './pages';
import { fmt, fmtDelta, fmtSpread, MB, spread, type Spread } from './stats';
import { printTable, target } from './table';

/** After `load`: time for the content scripts' work after the load (storage reads, a highlighting pass that finds nothing). */
const SETTLE_MS = 1000;
const PAGES = [
  { path: '/termless.html', label: 'term-less article' },
  { path: '/termless-frames.html', label: `same + ${IFRAMES} iframes` },
] as const;

interface LoadRun extends LoadCost {
  heapBytes: number;
  dclMs: number;
}

export async function frameCostRows(name: BrowserName, origin: string, runs: number): Promise<void> {
  const configs = await configurations(name);
  const setups: Array<{ config: Configuration; browser: Browser; meter: PageMeter }> = [];
  try {
    for (const config of configs) {
      const browser = await launchBrowser(name, { extensionDir: config.extensionDir, keepWelcome: !config.opensWelcome });
      setups.push({ config, browser, meter: await pageMeter(name, browser) });
    }
    const results = new Map<string, LoadRun[]>();
    const key = (page: string, config: string) => `${page}\n${config}`;
    for (const { browser } of setups) for (const { path } of PAGES) await warmUp(browser, origin + path);
    for (let run = 0; run < runs; run++) {
      for (const { path } of PAGES) {
        for (const { config, browser, meter } of setups) {
          const measured = await measureLoad(browser, meter, origin + path);
          if (process.env.BENCH_VERBOSE) console.log(name, path, config.label, run, JSON.stringify(measured));
          results.set(key(path, config.label), [...(results.get(key(path, config.label)) ?? []), measured]);
        }
      }
    }
    const meter = setups[0]!.meter;
    report(name, meter, results, key, runs);
  } finally {
    for (const { browser, meter } of setups) {
      await meter.close().catch(() => undefined);
      await browser.close();
    }
  }
}

/** A load that is not measured: the extension's first page after its install. */
async function warmUp(browser: Browser, url: string): Promise<void> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await new Promise((done) => setTimeout(done, SETTLE_MS));
  await page.close();
}

async function measureLoad(browser: Browser, meter: PageMeter, url: string): Promise<LoadRun> {
  const page = await browser.newPage();
  await page.bringToFront();
  await meter.beginLoad(page);
  await page.goto(url, { waitUntil: 'load' });
  await new Promise((done) => setTimeout(done, SETTLE_MS));
  const cost = await meter.endLoad(page);
  const dclMs = await page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventStart,
  );
  const heapBytes = await meter.heap(page);
  await page.close();
  return { ...cost, heapBytes, dclMs };
}

function report(
  name: BrowserName,
  meter: PageMeter,
  results: Map<string, LoadRun[]>,
  key: (page: string, config: string) => string,
  runs: number,
): void {
  const of = (page: string, config: string) => results.get(key(page, config)) ?? [];
  /** Per run: ours (or any configuration) minus the floor's run of the same round. */
  const deltas = (page: string, config: string, pick: (r: LoadRun) => number) => {
    const floor = of(page, 'empty content script');
    return spread(of(page, config).map((r, i) => pick(r) - pick(floor[i]!)));
  };
  const hasScript = name === 'chromium';
  const head = [
    'page',
    'configuration',
    'task ms',
    'Δ floor',
    ...(hasScript ? ['task CPU ms', 'Δ floor CPU', 'ext. script ms', 'ext. CPU ms', 'longest task', 'long tasks'] : []),
    'JS heap MB',
    'Δ floor MB',
    'DCL ms',
    'Δ floor',
  ];
  const body: string[][] = [];
  for (const { path, label } of PAGES) {
    for (const config of ['no extension', 'empty content script', 'ours'] as const) {
      const rows = of(path, config);
      const floor = config === 'empty content script';
      body.push([
        label,
        config,
        fmtSpread(spread(rows.map((r) => r.taskMs))),
        floor ? '' : fmtSpread(deltas(path, config, (r) => r.taskMs)),
        ...(hasScript
          ? [
              fmtSpread(spread(rows.map((r) => r.taskCpuMs ?? NaN))),
              floor ? '' : fmtSpread(deltas(path, config, (r) => r.taskCpuMs ?? NaN)),
              fmtSpread(spread(rows.map((r) => r.extensionScriptMs ?? NaN))),
              fmtSpread(spread(rows.map((r) => r.extensionScriptCpuMs ?? NaN))),
              fmt(spread(rows.map((r) => r.longestTaskMs ?? NaN)).median),
              fmt(spread(rows.map((r) => r.longTasks ?? NaN)).median, 0),
            ]
          : []),
        fmtSpread(spread(rows.map((r) => r.heapBytes / MB)), 2),
        floor
          ? ''
          : fmtSpread(
              deltas(path, config, (r) => r.heapBytes / MB),
              2,
            ),
        fmtSpread(spread(rows.map((r) => r.dclMs))),
        floor ? '' : fmtSpread(deltas(path, config, (r) => r.dclMs)),
      ]);
    }
  }
  // Per iframe: what the 10 iframes add with ours, less what they add with the floor, over 10; per round.
  const [article, frames] = PAGES.map((p) => p.path) as [string, string];
  const perFrame = (pick: (r: LoadRun) => number) => {
    const ours = (i: number) => pick(of(frames, 'ours')[i]!) - pick(of(article, 'ours')[i]!);
    const floor = (i: number) => pick(of(frames, 'empty content script')[i]!) - pick(of(article, 'empty content script')[i]!);
    return spread(Array.from({ length: runs }, (_, i) => (ours(i) - floor(i)) / IFRAMES));
  };
  const frameTask = perFrame((r) => r.taskMs);
  const frameHeap = perFrame((r) => r.heapBytes / MB);
  const frameDcl = perFrame((r) => r.dclMs);
  const frameCpu = perFrame((r) => r.taskCpuMs ?? NaN);
  body.push([
    'per iframe (ours − floor)',
    '',
    '',
    fmtSpread(frameTask, 2),
    ...(hasScript ? ['', fmtSpread(frameCpu, 2), '', '', '', ''] : []),
    '',
    fmtSpread(frameHeap, 3),
    '',
    fmtSpread(frameDcl, 2),
  ]);
  printTable(head, body);
  console.log(
    `\n  task: ${meter.labels.task}\n  heap: ${meter.labels.heap}\n  DCL: domContentLoadedEventStart (navigation timing)${hasScript ? "\n  ext. script: main-thread time in chrome-extension:// scripts (compile, evaluate, callbacks) in the same trace\n  CPU: the same events' thread time (tdur), which leaves out the time the OS gave the core to other processes" : ''}`,
  );
  console.log(
    `  medians of ${runs} runs [min–max]; Δ: per run against the floor's run of the same round. Renderer pids: ${freshness(results)}`,
  );

  const task = deltas(article, 'ours', (r) => r.taskMs);
  const heap = deltas(article, 'ours', (r) => r.heapBytes / MB);
  const dcl = deltas(article, 'ours', (r) => r.dclMs);
  const ms = (s: Spread, digits = 1) => `${fmtDelta(s.median, digits)} ms`;
  const mb = (s: Spread, digits = 2) => (Number.isFinite(s.median) ? `${fmtDelta(s.median, digits)} MB` : 'n/a');
  console.log(`\nTargets (${name}, per-frame cost)`);
  target(
    'term-less page: main-thread time within 10 ms of the floor',
    task.median <= 10,
    `${ms(task)} [${fmt(task.min)}–${fmt(task.max)}]`,
  );
  target('term-less page: heap within 0.3 MB of the floor', Number.isFinite(heap.median) ? heap.median <= 0.3 : undefined, mb(heap));
  target(
    'term-less page: DOMContentLoaded not delayed > 5 ms vs the floor',
    dcl.median <= 5,
    `${ms(dcl)} [${fmt(dcl.min)}–${fmt(dcl.max)}]`,
  );
  if (hasScript) {
    const cpu = deltas(article, 'ours', (r) => r.taskCpuMs ?? NaN);
    target(
      "term-less page: main-thread CPU time within 10 ms of the floor (thread time, without other processes' share of the core)",
      cpu.median <= 10,
      `${ms(cpu)} [${fmt(cpu.min)}–${fmt(cpu.max)}]`,
    );
  }
  target('per iframe: within 2 ms of the floor', frameTask.median <= 2, ms(frameTask, 2));
  if (hasScript) target('per iframe: main-thread CPU time within 2 ms of the floor', frameCpu.median <= 2, ms(frameCpu, 2));
  target(
    'per iframe: within 0.1 MB of the floor',
    Number.isFinite(frameHeap.median) ? frameHeap.median <= 0.1 : undefined,
    mb(frameHeap, 3),
  );
  if (hasScript) {
    const longTasks = (config: string) => Math.max(...PAGES.flatMap(({ path }) => of(path, config).map((r) => r.longTasks ?? 0)));
    target(
      '0 long tasks more than the floor (any run, both pages)',
      longTasks('ours') <= longTasks('empty content script'),
      `ours ${longTasks('ours')}, floor ${longTasks('empty content script')}`,
    );
  }
}

/** "all fresh" when no two runs shared a renderer / content process. */
function freshness(results: Map<string, LoadRun[]>): string {
  const all = [...results.values()].flat().map((r) => r.pid);
  const reused = all.length - new Set(all).size;
  return reused === 0 ? `all ${all.length} fresh` : `${reused} of ${all.length} runs reused a process`;
}
