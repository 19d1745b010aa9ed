/**
 * `npm run tremor -- [--build name=dir ...] [--browser chromium|firefox]`: the tremor table for
 * issue #14. Drives a real pointer with realistic traces (steady; 5 Hz sinusoidal ±3, ±6, ±10,
 * ±15 px with a slow drift; ±6 px with 30 px jerks) through four everyday moves on the popover
 * fixture, with each given build of the extension side by side in the same browser, and prints
 * per trace and move: whether the right term opened (or was pinned), the time to open, and
 * flicker (the explanation opening, closing or changing term more than the move asks for).
 *
 * Moves: rest on a term; move along the line to the next term and rest there; a press whose
 * release slips 30 px (pins the pressed term?); with a 1500 ms rest time, a 700 ms slip away
 * and back (reopens?). Defaults: `--build new=.output`. A build is a WXT output directory
 * holding chrome-mv3/ and firefox-mv2/ (e.g. an older commit built with DG_OUT_DIR=…).
 */
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { DEFAULT_SETTINGS } from '../src/settings/settings';
import { launchWithExtension, type BrowserName, type ExtensionBrowser } from '../tests/e2e/harness/browsers';
import { inspectPage, pageTerms, storeSettings, waitForHighlightingIdle } from '../tests/e2e/harness/page-helpers';
import { startFixtureServer } from '../tests/e2e/harness/server';
import { TREMOR_TRACES, type TremorOffset } from '../tests/support/tremor-traces';

interface Sample {
  t: number;
  open: boolean;
  anchor: string | null;
  pinned: boolean;
}

interface Outcome {
  right: boolean;
  ms: number | null;
  flicker: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Records the popover's state every ~20 ms while `drive` runs. */
async function watched(ext: ExtensionBrowser, page: Page, drive: () => Promise<void>): Promise<Sample[]> {
  const samples: Sample[] = [];
  let running = true;
  const poll = (async () => {
    while (running) {
      const p = (await inspectPage(ext, page, [], true)).popover;
      samples.push({ t: performance.now(), open: p?.open === true, anchor: p?.open ? p.anchor : null, pinned: p?.pinned === true });
      await sleep(20);
    }
  })();
  await drive();
  running = false;
  await poll;
  return samples;
}

/** Changes of what is shown (open/closed, which term) after `from`. */
const changes = (samples: Sample[], from: number) => {
  const after = samples.filter((s) => s.t >= from);
  let n = 0;
  for (let i = 1; i < after.length; i++) if (after[i]!.open !== after[i - 1]!.open || after[i]!.anchor !== after[i - 1]!.anchor) n++;
  return n;
};

/** Holds the pointer at `at` plus the trace for `ms`, a sample per 60 Hz frame, on the clock. */
async function hold(page: Page, at: { x: number; y: number }, trace: TremorOffset, ms: number, t0 = performance.now()): Promise<void> {
  const start = performance.now();
  while (performance.now() - start < ms) {
    const o = trace(performance.now() - t0);
    await page.mouse.move(at.x + o.dx, at.y + o.dy);
    await sleep(16);
  }
}

async function travel(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
  trace: TremorOffset,
  speed: number,
): Promise<void> {
  const t0 = performance.now();
  const ms = Math.hypot(to.x - from.x, to.y - from.y) / speed;
  for (let t = 0; t < ms; t = performance.now() - t0) {
    const o = trace(t);
    await page.mouse.move(from.x + ((to.x - from.x) * t) / ms + o.dx, from.y + ((to.y - from.y) * t) / ms + o.dy);
    await sleep(16);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const builds: Array<[string, string]> = [];
  let browserName: BrowserName = 'chromium';
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--build') {
      const [name, dir] = args[++i]!.split('=');
      builds.push([name!, resolve(dir!)]);
    } else if (args[i] === '--browser') browserName = args[++i] as BrowserName;
  }
  if (builds.length === 0) builds.push(['new', resolve('.output')]);
  const server = await startFixtureServer();
  const rows: string[] = [
    '| trace | move | ' + builds.map(([n]) => `${n}: right term | ${n}: time to open | ${n}: flicker`).join(' | ') + ' |',
  ];
  rows.push('|' + ' --- |'.repeat(2 + 3 * builds.length));
  const results = new Map<string, Outcome[]>();
  for (const [name, dir] of builds) {
    const ext = await launchWithExtension(browserName, {
      extensionDir: join(dir, browserName === 'chromium' ? 'chrome-mv3' : 'firefox-mv2'),
    });
    try {
      const fresh = async (restMs = DEFAULT_SETTINGS.hoverRestMs) => {
        await storeSettings(ext, { ...DEFAULT_SETTINGS, hoverRestMs: restMs });
        const page = await ext.newPage();
        await page.goto(server.url('/popover/interaction.html'), { waitUntil: 'load' });
        await waitForHighlightingIdle(ext, page);
        await page.mouse.move(5, 5);
        const terms = await pageTerms(ext, page);
        const centre = (entryId: string) => {
          const t = terms.find((x) => x.entryId === entryId)!;
          const b = t.boxes[0]!;
          return { id: t.id, x: b.x + b.width / 2, y: b.y + b.height / 2, left: b.x, right: b.x + b.width };
        };
        return { page, centre };
      };
      for (const [traceName, trace] of TREMOR_TRACES) {
        const outcomes: Outcome[] = [];
        // 1. Rest on a term.
        {
          const { page, centre } = await fresh();
          const term = centre('putamen');
          let start = 0;
          const s = await watched(ext, page, async () => {
            await page.mouse.move(term.x, term.y);
            start = performance.now();
            await hold(page, term, trace, 2500);
          });
          const first = s.find((x) => x.open && x.t >= start);
          outcomes.push({
            right: first?.anchor === term.id && s.at(-1)!.anchor === term.id,
            ms: first ? Math.round(first.t - start) : null,
            flicker: Math.max(0, changes(s, start) - 1),
          });
          await page.close();
        }
        // 2. From an open term to the next one along the line.
        {
          const { page, centre } = await fresh();
          const a = centre('blepharospasm');
          const b = centre('cervical-dystonia');
          await page.mouse.move(a.x, a.y);
          await hold(page, a, () => ({ dx: 0, dy: 0 }), 900);
          let arrived = 0;
          const s = await watched(ext, page, async () => {
            await travel(page, a, { x: b.left + 12, y: b.y }, trace, 0.3);
            arrived = performance.now();
            await hold(page, { x: b.left + 12, y: b.y }, trace, 2500);
          });
          const first = s.find((x) => x.open && x.anchor === b.id);
          outcomes.push({
            right: s.at(-1)!.anchor === b.id,
            ms: first ? Math.round(Math.max(0, first.t - arrived)) : null,
            flicker: Math.max(0, changes(s, arrived) - 1),
          });
          await page.close();
        }
        // 3. A press whose release slips 30 px.
        {
          const { page, centre } = await fresh();
          const term = centre('botulinum-toxin');
          let pressed = 0;
          const s = await watched(ext, page, async () => {
            await page.mouse.move(term.x, term.y);
            await hold(page, term, trace, 120);
            await page.mouse.down();
            pressed = performance.now();
            await travel(page, term, { x: term.x + 24, y: term.y + 18 }, trace, 0.2);
            await page.mouse.up();
            await page.mouse.move(5, 5);
            await sleep(1500);
          });
          const last = s.at(-1)!;
          const selected = await page.evaluate(() => document.getSelection()?.toString() ?? '');
          const pinned = s.find((x) => x.pinned && x.anchor === term.id && x.t >= pressed);
          outcomes.push({
            right: last.pinned && last.anchor === term.id && selected === '',
            ms: pinned ? Math.round(pinned.t - pressed) : null,
            flicker: Math.max(0, changes(s, pressed) - 1),
          });
          await page.close();
        }
        // 4. Rest 1500 ms: a 700 ms slip away, then back on the word.
        {
          const { page, centre } = await fresh(1500);
          const term = centre('putamen');
          await page.mouse.move(term.x, term.y);
          await hold(page, term, trace, 2200);
          let back = 0;
          const s = await watched(ext, page, async () => {
            await page.mouse.move(term.x, term.y + 90);
            await hold(page, { x: term.x, y: term.y + 90 }, trace, 700);
            await page.mouse.move(term.x, term.y);
            back = performance.now();
            await hold(page, term, trace, 4000);
          });
          const reopened = s.find((x) => x.open && x.anchor === term.id && x.t >= back && s.some((y) => !y.open && y.t < x.t));
          const stayed = s.every((x) => x.open);
          outcomes.push({
            right: stayed || (reopened !== undefined && s.at(-1)!.anchor === term.id),
            ms: stayed ? 0 : reopened ? Math.round(reopened.t - back) : null,
            flicker: Math.max(0, changes(s, back) - 1),
          });
          await page.close();
        }
        results.set(`${name}\u0000${traceName}`, outcomes);
      }
    } finally {
      await ext.close();
    }
  }
  await server.close();
  const MOVES = [
    'rest on a term',
    'next term on the line',
    'press, release slips 30 px (pinned?)',
    'rest 1500 ms: slip away 700 ms, back (reopens?)',
  ];
  for (const [traceName] of TREMOR_TRACES) {
    MOVES.forEach((move, m) => {
      const cells = builds.map(([name]) => {
        const o = results.get(`${name}\u0000${traceName}`)![m]!;
        return `${o.right ? 'yes' : 'no'} | ${o.ms === null ? '–' : `${o.ms} ms`} | ${o.flicker}`;
      });
      rows.push(`| ${traceName} | ${move} | ${cells.join(' | ')} |`);
    });
  }
  console.log(
    `Tremor table, ${browserName}, rest ${DEFAULT_SETTINGS.hoverRestMs} ms unless stated (npm run tremor -- ${args.join(' ')}):\n`,
  );
  console.log(rows.join('\n'));
}

await main();
