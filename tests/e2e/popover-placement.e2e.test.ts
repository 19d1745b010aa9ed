/**
 * Explanations never hide what is being read (issue #14): for every term on the demo article,
 * opened in turn, the explanation covers neither the term's own line nor the line after it,
 * at 1280×900, 800×600 and 360×640, next to the term and docked, in real Chromium and
 * Firefox with both drawing methods.
 *
 * The lines are found here from the page's own text (every text fragment's box, grouped by
 * line), not from the extension's measurements: the test checks what a reader sees.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { DEFAULT_SETTINGS, type Settings } from '../../src/settings/settings';
import { INTERACTION_METHODS, useExtensionSuite } from './harness/suite';
import { inspectPage, pageTerms, sendContentRequest, storeSettings, waitForHighlightingIdle } from './harness/page-helpers';
import type { PageInspection } from '../../src/contracts/messages';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { edges, overlaps, type Edges } from './harness/geometry';

/** Sub-pixel rounding of the boxes read from the page, not an overlap. */
const ROUNDING_PX = 0.5;

const SIZES = [
  { width: 1280, height: 900 },
  { width: 800, height: 600 },
  { width: 360, height: 640 },
] as const;

/**
 * The boxes of the page's text on the term's line(s) and on the next line below them, read
 * from the text itself: every text node's line fragments (Range.getClientRects) in `<main>`.
 */
async function readingLines(page: Page, term: Edges): Promise<Edges[]> {
  return page.evaluate((t) => {
    const fragments: { left: number; top: number; right: number; bottom: number }[] = [];
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!/\S/.test(n.textContent ?? '')) continue;
      range.selectNodeContents(n);
      for (const r of range.getClientRects())
        if (r.width > 0 && r.height > 0) fragments.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    }
    const middle = (f: { top: number; bottom: number }) => (f.top + f.bottom) / 2;
    // The term's own lines: fragments level with any part of it.
    const own = fragments.filter((f) => middle(f) > t.top && middle(f) < t.bottom);
    // The next line: the first fragments whose middle is below the term.
    const below = fragments.filter((f) => middle(f) > t.bottom);
    if (below.length === 0) return own;
    const nextTop = Math.min(...below.map((f) => f.top));
    const firstBelow = below.find((f) => f.top === nextTop)!;
    const next = below.filter((f) => middle(f) > firstBelow.top && middle(f) < firstBelow.bottom);
    return [...own, ...next];
  }, term);
}

describe.each(INTERACTION_METHODS)('%s, %s highlights: explanations keep the reading clear', (browserName, method) => {
  const suite = useExtensionSuite(browserName, method);
  let demo: FixtureServer;
  beforeAll(async () => {
    demo = await startFixtureServer(resolve(import.meta.dirname, '../../demo'));
  });
  afterAll(async () => {
    await demo?.close();
  });

  async function placedOn(page: Page, id: string): Promise<PageInspection> {
    const deadline = Date.now() + 5_000;
    let last = '';
    for (;;) {
      const i = await inspectPage(suite.ext, page);
      const box = JSON.stringify(i.popover?.box ?? null);
      if (i.popover?.open === true && i.popover.anchor === id && box === last) return i;
      if (Date.now() > deadline) throw new Error(`no settled explanation on ${id}: ${JSON.stringify(i.popover)}`);
      last = box;
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async function everyTermKeepsItsLinesClear(
    placement: Settings['explanationPlacement'],
    size: { width: number; height: number },
  ): Promise<number> {
    await storeSettings(suite.ext, { ...DEFAULT_SETTINGS, highlightMethod: method, explanationPlacement: placement });
    const page = await suite.ext.newPage();
    try {
      await page.setViewport(size);
      await page.goto(demo.url('/dystonia-article.html'), { waitUntil: 'load' });
      await waitForHighlightingIdle(suite.ext, page);
      const ids = (await pageTerms(suite.ext, page)).map((t) => t.id);
      expect(ids.length, 'the demo article has terms').toBeGreaterThan(30);
      const docked: string[] = [];
      for (const id of ids) {
        await sendContentRequest(suite.ext, { type: 'next-term' }, page);
        // Opened on this term, and placed: the same box twice, a frame apart.
        const seen = await placedOn(page, id);
        const popover = edges(seen.popover!.box);
        const term = seen.terms.find((t) => t.id === id)!;
        const boxes = term.boxes.map(edges);
        const union = {
          left: Math.min(...boxes.map((b) => b.left)),
          top: Math.min(...boxes.map((b) => b.top)),
          right: Math.max(...boxes.map((b) => b.right)),
          bottom: Math.max(...boxes.map((b) => b.bottom)),
        };
        const where = `${placement} ${size.width}×${size.height}, "${term.text}" at ${JSON.stringify(union)}, explanation at ${JSON.stringify(popover)}`;
        expect(popover.top, where).toBeGreaterThanOrEqual(0);
        expect(popover.left, where).toBeGreaterThanOrEqual(0);
        expect(popover.bottom, where).toBeLessThanOrEqual(size.height);
        expect(popover.right, where).toBeLessThanOrEqual(size.width);
        for (const line of await readingLines(page, union))
          expect(overlaps(popover, line, ROUNDING_PX), `${where} covers the text at ${JSON.stringify(line)}`).toBe(false);
        if (placement === 'docked') {
          const atEdge = popover.top <= 9 || popover.left <= 9 || popover.right >= size.width - 9 || popover.bottom >= size.height - 9;
          expect(atEdge, `${where}: a docked panel sits at an edge of the window`).toBe(true);
          docked.push(JSON.stringify(popover));
        }
      }
      if (placement === 'docked') {
        // Docked means it stays put: a handful of positions at most (an edge for the top of the page, one for the rest).
        expect(new Set(docked).size, 'distinct docked panel boxes').toBeLessThanOrEqual(Math.max(3, Math.ceil(ids.length / 4)));
      }
      return ids.length;
    } finally {
      await page.close();
    }
  }

  // The placement is the same code whatever draws the highlights; the drawing method only
  // changes where the term's boxes come from. So every size and mode with the default
  // (painted), and with elements the first size, next to the term: the boxes agree.
  const sizes = method === 'paint' ? SIZES : SIZES.slice(0, 1);
  for (const size of sizes) {
    it(`next to the term at ${size.width}×${size.height}: no explanation covers its term's line or the next line`, async () => {
      await everyTermKeepsItsLinesClear('beside', size);
    });
  }

  it.runIf(method === 'paint').each(SIZES)('docked at $width×$height: the panel sits at an edge and covers neither line', async (size) => {
    await everyTermKeepsItsLinesClear('docked', size);
  });
});
