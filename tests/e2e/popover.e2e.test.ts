/**
 * Popover interaction in real Chromium and Firefox with the built extension: tremor-tolerant
 * hover, sweeps that open nothing, the safe path into the popover, click/tap to pin, the
 * keyboard commands (sent from the extension side as the background will), Esc and focus,
 * related-term navigation with Back. Also measures the open latency (printed, not asserted).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { GLOSSARY } from '../../src/glossary';
import { BROWSERS } from './harness/browsers';
import { useExtensionSuite } from './harness/suite';
import {
  centerOf,
  clickInPopover,
  focusedThing,
  jitterAt,
  popoverState,
  sendContentRequest,
  sweepPointer,
  termHandle,
  waitForHighlights,
  waitForPopover,
  waitForExtensionTab,
  waitForPopoverTitle,
} from './harness/page-helpers';

const entry = (id: string) => GLOSSARY.find((e) => e.id === id)!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Longer than every default delay (fallback 1050 ms, exit grace 400 ms): if it was going to happen, it has. */
const SETTLE_MS = 1400;

describe.each(BROWSERS)('%s: popover interaction', (browserName) => {
  const suite = useExtensionSuite(browserName);
  let page: Page;

  /** A fresh copy of the fixture, pointer parked on plain text. */
  async function freshPage(): Promise<Page> {
    await page?.close();
    page = await suite.ext.newPage();
    await page.goto(suite.server.url('/popover/interaction.html'), { waitUntil: 'load' });
    await waitForHighlights(page);
    await page.waitForSelector('[data-glossary-popover]');
    await page.mouse.move(5, 5);
    return page;
  }

  /** The page's top-left corner: no term, and never under the popover or in its corridor. */
  async function restAwayFromTerms(): Promise<void> {
    await page.mouse.move(5, 5);
  }

  it('opens when a pointer with a ±6 px tremor at 60 Hz rests on a term; hover does not take focus', async () => {
    await freshPage();
    const at = await centerOf(await termHandle(page, 'putamen'));
    await jitterAt(page, at, 700, 6);
    await waitForPopover(page, true);
    const state = await popoverState(page);
    expect(state.role).toBe('dialog');
    expect(state.name).toBe(entry('putamen').term);
    expect(state.text).toContain(entry('putamen').short);
    expect(state.focusInside).toBe(false);
  });

  it('a fast sweep (about 2 px/ms) across a line of terms opens nothing', async () => {
    await freshPage();
    const line = (await (await page.$('#sweep'))!.boundingBox())!;
    const y = line.y + line.height / 2;
    // Ends in the empty margin to the right of the text.
    await sweepPointer(page, { x: 2, y }, { x: line.x + line.width + 60, y }, 2);
    await sleep(SETTLE_MS);
    expect((await popoverState(page)).open).toBe(false);
  });

  it('moving from the term toward the popover, slowly and shakily with a pause on the way, keeps it open; leaving both closes it', async () => {
    await freshPage();
    const term = await termHandle(page, 'basal-ganglia');
    const at = await centerOf(term);
    await page.mouse.move(at.x, at.y);
    await waitForPopover(page, true);
    const box = await page.evaluate(() => {
      const r = document.querySelector('[data-glossary-popover]')!.shadowRoot!.querySelector('[role="dialog"]')!.getBoundingClientRect();
      return { x: r.left + Math.min(60, r.width / 2), y: r.top + r.height / 2, top: r.top, bottom: r.bottom };
    });
    const termBox = (await term.boundingBox())!;
    // Out of the term, into the gap between term and popover, and rest there with a tremor
    // for longer than the 400 ms exit grace: the safe corridor holds the popover open.
    const below = box.top > termBox.y;
    const gap = { x: at.x + (box.x - at.x) * 0.15, y: below ? (termBox.y + termBox.height + box.top) / 2 : (box.bottom + termBox.y) / 2 };
    await sweepPointer(page, at, gap, 0.05);
    await jitterAt(page, gap, 900, 3);
    expect((await popoverState(page)).open).toBe(true);
    await sweepPointer(page, gap, box, 0.3);
    await sleep(SETTLE_MS);
    const state = await popoverState(page);
    expect(state.open).toBe(true);
    expect(state.name).toBe(entry('basal-ganglia').term);
    // Away from term, popover and corridor: the grace period runs out and it closes.
    await restAwayFromTerms();
    await waitForPopover(page, false);
  });

  it('a click pins the popover: it survives the pointer moving away; a click outside dismisses it', async () => {
    await freshPage();
    await (await termHandle(page, 'botulinum-toxin')).click();
    await waitForPopover(page, true);
    await restAwayFromTerms();
    await sleep(SETTLE_MS);
    expect((await popoverState(page)).name).toBe(entry('botulinum-toxin').term);
    // Pinning another term replaces it.
    await (await termHandle(page, 'blepharospasm')).click();
    await waitForPopoverTitle(page, entry('blepharospasm').term);
    await page.mouse.click(5, 5);
    await waitForPopover(page, false);
  });

  it('shows the safety notes in a visible Important block, and the note on advice, emergencies and checking in the footer', async () => {
    await freshPage();
    await (await termHandle(page, 'botulinum-toxin')).click();
    await waitForPopover(page, true);
    const shown = await page.evaluate(() => {
      const root = document.querySelector('[data-glossary-popover]')!.shadowRoot!;
      const important = root.querySelector<HTMLElement>('.dg-important')!;
      const more = root.querySelector<HTMLElement>('.dg-more')!;
      const box = important.getBoundingClientRect();
      return {
        important: important.innerText,
        visible: box.height > 0 && important.checkVisibility(),
        beforeMore: Boolean(important.compareDocumentPosition(more) & Node.DOCUMENT_POSITION_FOLLOWING),
        footer: root.querySelector<HTMLElement>('.dg-footer')!.innerText,
      };
    });
    expect(shown.visible).toBe(true);
    expect(shown.beforeMore).toBe(true);
    expect(shown.important).toMatch(/Important/);
    expect(shown.important).toMatch(/spreads beyond the injected muscles/);
    expect(shown.footer).toMatch(/not medical advice/);
    expect(shown.footer).toMatch(/call your local emergency number/);
    expect(shown.footer).toMatch(/checked against its cited sources on \d{1,2} [A-Z][a-z]+ \d{4}; not reviewed by a clinician/);
  });

  it('next-term command focuses the next highlight, opens its popover with focus; Tab stays inside; Esc closes and returns focus', async () => {
    await freshPage();
    await sendContentRequest(suite.ext, { type: 'next-term' }, page);
    await waitForPopover(page, true);
    const first = await page.$eval('mark[data-glossary-term]', (m) => (m as HTMLElement).dataset.glossaryTerm!);
    expect((await popoverState(page)).name).toBe(entry(first).term);
    expect(await focusedThing(page)).toBe('popover');
    // Only the visited term is focusable, and it is not a Tab stop.
    expect(await page.$$eval('mark[data-glossary-term][tabindex]', (els) => els.map((e) => e.getAttribute('tabindex')))).toEqual(['-1']);

    await sendContentRequest(suite.ext, { type: 'next-term' }, page);
    const second = await page.$$eval('mark[data-glossary-term]', (els) => (els[1] as HTMLElement).dataset.glossaryTerm!);
    await waitForPopoverTitle(page, entry(second).term);
    expect(await page.$$eval('mark[data-glossary-term][tabindex]', (els) => els.length)).toBe(1);

    for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
    expect(await focusedThing(page)).toBe('popover');

    await page.keyboard.press('Escape');
    await waitForPopover(page, false);
    expect(await focusedThing(page)).toBe(second);

    await sendContentRequest(suite.ext, { type: 'previous-term' }, page);
    await waitForPopover(page, true);
    expect((await popoverState(page)).name).toBe(entry(first).term);
    await page.keyboard.press('Escape');
    await waitForPopover(page, false);
    expect(await focusedThing(page)).toBe(first);

    // Enter on the focused term opens it again, with focus.
    await page.keyboard.press('Enter');
    await waitForPopover(page, true);
    expect(await focusedThing(page)).toBe('popover');
    await page.keyboard.press('Escape');
    await waitForPopover(page, false);

    // Reopen last after an accidental dismissal.
    await sendContentRequest(suite.ext, { type: 'reopen-last' }, page);
    await waitForPopover(page, true);
    expect((await popoverState(page)).name).toBe(entry(first).term);
  });

  it('highlights tell screen readers what they are (aria-describedby to a hint in the document)', async () => {
    const described = await page.$$eval('mark[data-glossary-term]', (els) =>
      els.map((e) => document.getElementById(e.getAttribute('aria-describedby') ?? '')?.textContent ?? ''),
    );
    expect(described.length).toBeGreaterThan(3);
    for (const text of described) expect(text).toMatch(/glossary term/i);
  });

  it('related terms navigate inside the popover, and Back returns', async () => {
    await freshPage();
    await (await termHandle(page, 'putamen')).click();
    await waitForPopover(page, true);
    const relatedId = await page.evaluate(
      () => document.querySelector('[data-glossary-popover]')!.shadowRoot!.querySelector<HTMLElement>('.dg-related-term')!.dataset.entryId!,
    );
    expect(entry('putamen').related).toContain(relatedId);
    await clickInPopover(page, '.dg-related-term');
    await waitForPopoverTitle(page, entry(relatedId).term);
    expect((await popoverState(page)).text).toContain(entry(relatedId).short);
    await clickInPopover(page, '.dg-back');
    await waitForPopoverTitle(page, entry('putamen').term);
    // More expands the longer explanation.
    await clickInPopover(page, '.dg-more');
    expect((await popoverState(page)).text).toContain(entry('putamen').long.split(/\n\s*\n/)[0]!.slice(0, 60));
  });

  it('"Open in glossary" opens the glossary page at this entry (through the background)', async () => {
    await clickInPopover(page, '.dg-open-glossary');
    expect(await waitForExtensionTab(suite.ext, '#entry=putamen')).toContain('/popup.html#entry=putamen');
    await page.bringToFront();
  });

  it('the close button is a large target (at least 44 × 44 px) and dismisses', async () => {
    const size = await page.evaluate(() => {
      const r = document.querySelector('[data-glossary-popover]')!.shadowRoot!.querySelector('.dg-close')!.getBoundingClientRect();
      return { w: r.width, h: r.height };
    });
    expect(size.w).toBeGreaterThanOrEqual(44);
    expect(size.h).toBeGreaterThanOrEqual(44);
    await clickInPopover(page, '.dg-close');
    await waitForPopover(page, false);
  });

  it('measures the open latency of a resting pointer (printed for the issue, not asserted)', async () => {
    await freshPage();
    const latencies: number[] = [];
    for (const id of ['putamen', 'dystonia', 'basal-ganglia', 'blepharospasm', 'deep-brain-stimulation']) {
      await restAwayFromTerms();
      await sleep(500);
      await page.evaluate(() => {
        const w = window as unknown as { __lastMove: number; __opened: number };
        w.__opened = 0;
        document.addEventListener('pointermove', () => (w.__lastMove = performance.now()), { once: false });
        const dialog = document.querySelector('[data-glossary-popover]')!.shadowRoot!.querySelector('[role="dialog"]')!;
        new MutationObserver((_, obs) => {
          if (!dialog.hasAttribute('hidden')) {
            w.__opened = performance.now();
            obs.disconnect();
          }
        }).observe(dialog, { attributes: true, attributeFilter: ['hidden'] });
      });
      await page.mouse.move(...(Object.values(await centerOf(await termHandle(page, id))) as [number, number]));
      await waitForPopover(page, true);
      latencies.push(await page.evaluate(() => (window as unknown as { __opened: number; __lastMove: number }).__opened - (window as unknown as { __lastMove: number }).__lastMove));
      await page.keyboard.press('Escape');
      await waitForPopover(page, false);
    }
    latencies.sort((a, b) => a - b);
    console.log(`[${browserName}] open latency after the pointer comes to rest (rest 350 ms): ${latencies.map((l) => l.toFixed(0)).join(', ')} ms; median ${latencies[2]!.toFixed(0)} ms`);
    expect(latencies).toHaveLength(5);
  });

  it('a term wrapped across two lines: the popover covers none of its lines and its arrow points at one of them', async () => {
    await freshPage();
    const term = await termHandle(page, 'deep-brain-stimulation', 1);
    const rects = await term.evaluate((el) => Array.from(el.getClientRects(), (r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom })));
    expect(rects.length, 'the fixture term should wrap').toBeGreaterThanOrEqual(2);
    for (const r of [rects[0]!, rects.at(-1)!]) {
      await page.mouse.click((r.left + r.right) / 2, (r.top + r.bottom) / 2);
      await waitForPopover(page, true);
      const { dialog, arrow } = await page.evaluate(() => {
        const root = document.querySelector('[data-glossary-popover]')!.shadowRoot!;
        const box = (sel: string) => {
          const b = root.querySelector(sel)!.getBoundingClientRect();
          return { left: b.left, right: b.right, top: b.top, bottom: b.bottom };
        };
        return { dialog: box('[role="dialog"]'), arrow: box('.dg-arrow') };
      });
      const overlaps = (a: typeof dialog, b: typeof dialog) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      for (const line of rects) expect(overlaps(dialog, line)).toBe(false);
      const ax = (arrow.left + arrow.right) / 2;
      const ay = (arrow.top + arrow.bottom) / 2;
      const pointedAt = rects.some((line) => ax >= line.left && ax <= line.right && Math.min(Math.abs(ay - line.bottom), Math.abs(ay - line.top)) < 16);
      expect(pointedAt).toBe(true);
      await page.keyboard.press('Escape');
      await waitForPopover(page, false);
      await page.mouse.move(1, 1);
    }
  });

  it('a tap on a touch screen pins the popover', async () => {
    await freshPage();
    const at = await centerOf(await termHandle(page, 'dystonia'));
    await page.touchscreen.tap(at.x, at.y);
    await waitForPopover(page, true);
    await sleep(SETTLE_MS);
    expect((await popoverState(page)).name).toBe(entry('dystonia').term);
    await page.close();
  });
});
