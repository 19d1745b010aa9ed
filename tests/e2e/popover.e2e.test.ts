/**
 * Popover interaction in real Chromium and Firefox with the built extension, with painted
 * highlights and with `<mark>` elements: tremor-tolerant hover, sweeps that open nothing, the
 * safe path into the popover, click/tap to pin, the keyboard commands (sent from the extension
 * side as the background will), Esc and focus, related-term navigation with Back. The open
 * latency under tremor is measured by `npm run tremor`, not here.
 *
 * The popover's shadow root is closed: everything about it is read through the content
 * script's `inspect` reply (harness/page-helpers.ts), never from the page.
 */
import { describe, expect, it } from 'vitest';
import type { Page, SerializedAXNode } from 'puppeteer-core';
import { english } from '../../scripts/english-messages';
import { GLOSSARY } from '../../src/glossary';
import type { PopoverInspection } from '../../src/contracts/messages';
import { INTERACTION_METHODS, EVERY_OCCURRENCE, useExtensionSuite } from './harness/suite';
import { edges, overlaps, type Edges } from './harness/geometry';
import {
  aimedClick,
  clickInPopover,
  clickTerm,
  focusedThing,
  inspectPage,
  jitterAt,
  pageTerms,
  popoverState,
  scrollTermIntoView,
  sendContentRequest,
  storeSettings,
  sweepPointer,
  termCenter,
  waitForHighlights,
  waitForInspection,
  waitForPopover,
  waitForExtensionTab,
  waitForHighlightingIdle,
  waitForPopoverSettled,
  waitForPopoverTitle,
} from './harness/page-helpers';
import { OCCURRENCE_ATTRIBUTE, POPOVER_HOST_SELECTOR, TERM_ATTRIBUTE, TERM_SELECTOR } from '../../src/contracts/dom';

const entry = (id: string) => GLOSSARY.find((e) => e.id === id)!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Longer than every default delay (fallback 1050 ms, exit grace 400 ms): if it was going to happen, it has. */
const SETTLE_MS = 1400;

/** Whether the straight way from `a` to `b` passes over `box` (sampled every 2 px). */
function crosses(a: { x: number; y: number }, b: { x: number; y: number }, box: Edges): boolean {
  const steps = Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / 2);
  for (let i = 0; i <= steps; i++) {
    const x = a.x + ((b.x - a.x) * i) / steps;
    const y = a.y + ((b.y - a.y) * i) / steps;
    if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return true;
  }
  return false;
}

describe.each(INTERACTION_METHODS)('%s, %s highlights: popover interaction', (browserName, method) => {
  const suite = useExtensionSuite(browserName, method, EVERY_OCCURRENCE);
  const ext = () => suite.ext;
  let page: Page;

  /** A fresh copy of the fixture, pointer parked on plain text. */
  async function freshPage(): Promise<Page> {
    await page?.close();
    page = await suite.ext.newPage();
    await page.goto(suite.server.url('/popover/interaction.html'), { waitUntil: 'load' });
    await waitForHighlights(ext(), page);
    // The whole pass, not only the first screen: a term it adds later may come before the
    // ones a test has already taken as "first" and "second".
    await waitForHighlightingIdle(ext(), page);
    // The host is made when the first explanation opens: a page read without opening one never sees it.
    expect(await page.$(POPOVER_HOST_SELECTOR)).toBeNull();
    expect((await inspectPage(ext(), page)).method).toBe(method);
    await page.mouse.move(5, 5);
    return page;
  }

  /** The page's top-left corner: no term, and never under the popover or in its corridor. */
  async function restAwayFromTerms(): Promise<void> {
    await page.mouse.move(5, 5);
  }

  /** The open popover, once floating-ui has placed it, with the boxes of `selectors` inside it. */
  async function settledPopover(selectors: string[] = []): Promise<PopoverInspection> {
    await waitForPopoverSettled(ext(), page);
    const p = (await inspectPage(ext(), page, selectors)).popover;
    if (!p?.open) throw new Error('no popover open');
    return p;
  }

  /** Waits until the open popover is anchored to the occurrence `termId` (two occurrences of one entry share a title). */
  async function waitForAnchor(termId: string): Promise<void> {
    await waitForInspection(ext(), page, (i) => i.popover?.open === true && i.popover.anchor === termId, 5_000);
  }

  /** Scrolls the popover's body with the mouse wheel until the control `selector` is wholly in view in it. */
  async function scrollIntoPopoverView(selector: string): Promise<void> {
    for (let i = 0; i < 30; i++) {
      const p = (await inspectPage(ext(), page, [selector, '.dg-scroll', '.dg-header', '.dg-footer'])).popover;
      const control = p?.found[selector];
      const scroller = p?.found['.dg-scroll'];
      const header = p?.found['.dg-header'];
      const footer = p?.found['.dg-footer'];
      // What shows of the scrolling text: between the header and the footer, which stay in view.
      const body =
        scroller && header && footer
          ? {
              x: scroller.x,
              y: header.y + header.height,
              width: scroller.width,
              height: Math.min(footer.y, scroller.y + scroller.height) - (header.y + header.height),
            }
          : undefined;
      if (!control || !body) throw new Error(`no ${selector} in an open popover`);
      const above = control.y < body.y - 0.5;
      const below = control.y + control.height > body.y + body.height + 0.5;
      if (!above && !below) return;
      await page.mouse.move(body.x + body.width / 2, body.y + body.height / 2);
      await page.mouse.wheel({ deltaY: below ? 120 : -120 });
      await sleep(100);
    }
    throw new Error(`${selector} could not be scrolled into view in the popover`);
  }

  /** The occurrence id of the focused highlight element (elements mode), or null. */
  const focusedOccurrence = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.glossaryOccurrence ?? null);

  it('opens when a pointer with a ±6 px tremor at 60 Hz rests on a term; hover does not take focus', async () => {
    await freshPage();
    const at = await termCenter(ext(), page, 'putamen');
    await jitterAt(page, at, 700, 6);
    await waitForPopover(ext(), page, true);
    const state = await popoverState(ext(), page);
    expect(state.role).toBe('dialog');
    expect(state.name).toBe(entry('putamen').term);
    expect(state.text).toContain(entry('putamen').short);
    expect(state.focusInside).toBe(false);
    expect(state.pinned).toBe(false);
    expect(state.source).toBe('hover');
    // Open on rest, it does not claim to be pinned (issue #14: the two looked the same).
    expect((await inspectPage(ext(), page, ['.dg-pinned'])).popover?.found['.dg-pinned']?.height).toBe(0);
    // Now that an explanation has opened, its host is in the page.
    expect(await page.$(POPOVER_HOST_SELECTOR)).not.toBeNull();
  });

  // Issue #14: the next term on the line was treated as a crossing on the way to the popover and waited the fallback (~950 ms).
  it('moving along the line from an open term to the next opens the next at the rest time, not the fallback (set to 5 s here)', async () => {
    await storeSettings(suite.ext, { ...suite.settings, hoverFallbackMs: 5000 });
    try {
      await freshPage();
      const line = (await pageTerms(ext(), page)).filter((t) => ['blepharospasm', 'cervical-dystonia'].includes(t.entryId));
      const [a, b] = line.map((t) => ({ id: t.id, ...t.boxes[0]! }));
      const from = { x: a!.x + a!.width / 2, y: a!.y + a!.height / 2 };
      await jitterAt(page, from, 800, 3);
      await waitForAnchor(a!.id);
      const to = { x: b!.x + 14, y: b!.y + b!.height / 2 };
      await sweepPointer(page, from, to, 0.3);
      // A ±3 px tremor on the next word for 1.2 s: more than the rest time (350 ms), far less than the 5 s fallback.
      await jitterAt(page, to, 1200, 3);
      await waitForAnchor(b!.id);
      expect((await popoverState(ext(), page)).name).toBe(entry('cervical-dystonia').term);
    } finally {
      await storeSettings(suite.ext, suite.settings);
    }
  });

  // Issue #14: with a long rest time a slip away closed the explanation and resting on the word never reopened it.
  it('with a 1500 ms rest time, a 700 ms slip away closes the explanation, and resting on the word again reopens it', async () => {
    await storeSettings(suite.ext, { ...suite.settings, hoverRestMs: 1500, hoverFallbackMs: 4500 });
    try {
      await freshPage();
      const at = await termCenter(ext(), page, 'putamen');
      await jitterAt(page, at, 1800, 3);
      await waitForPopoverTitle(ext(), page, entry('putamen').term);
      await restAwayFromTerms();
      await jitterAt(page, { x: 5, y: 5 }, 700, 3);
      await waitForPopover(ext(), page, false);
      // Back on the word for a little more than the rest time (and less than the 4.5 s fallback).
      await jitterAt(page, at, 2200, 3);
      await waitForPopoverTitle(ext(), page, entry('putamen').term, 1_000);
    } finally {
      await storeSettings(suite.ext, suite.settings);
    }
  });

  it('a fast sweep (about 2 px/ms) across a line of terms opens nothing', async () => {
    await freshPage();
    const line = (await (await page.$('#sweep'))!.boundingBox())!;
    const y = line.y + line.height / 2;
    // Ends in the empty margin to the right of the text.
    await sweepPointer(page, { x: 2, y }, { x: line.x + line.width + 60, y }, 2);
    await sleep(SETTLE_MS);
    expect((await popoverState(ext(), page)).open).toBe(false);
  });

  it('moving from the term toward the popover, slowly and shakily with a pause on the way, keeps it open; leaving both closes it', async () => {
    await freshPage();
    const at = await termCenter(ext(), page, 'basal-ganglia');
    const termBox = (await pageTerms(ext(), page)).find((t) => t.entryId === 'basal-ganglia')!.boxes[0]!;
    await page.mouse.move(at.x, at.y);
    await waitForPopover(ext(), page, true);
    const dialog = edges((await settledPopover()).box);
    // The explanation is beside the text column or past the next line: the way there may cross
    // text, so the pause is on words that are not terms (resting on another term is a move to that term).
    const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
    const nearest = { x: clamp(at.x, dialog.left, dialog.right), y: clamp(at.y, dialog.top, dialog.bottom) };
    const box = { x: clamp(at.x, dialog.left + 60, dialog.right - 60), y: clamp(at.y, dialog.top + 60, dialog.bottom - 60) };
    const terms = (await pageTerms(ext(), page)).flatMap((t) => t.boxes.map(edges));
    const clearOfTerms = (p: { x: number; y: number }) =>
      terms.every((t) => p.x < t.left - 10 || p.x > t.right + 10 || p.y < t.top - 10 || p.y > t.bottom + 10);
    const gap = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]
      .map((f) => ({ x: at.x + (nearest.x - at.x) * f, y: at.y + (nearest.y - at.y) * f }))
      .find(clearOfTerms);
    expect(gap, 'a point between term and explanation that is not on a term').toBeDefined();
    const own = edges(termBox);
    const others = terms.filter((t) => t.left !== own.left || t.top !== own.top);
    expect(
      others.filter((t) => crosses(at, gap!, t) || crosses(gap!, box, t)),
      'the way to the explanation crosses no other term',
    ).toEqual([]);
    await sweepPointer(page, at, gap!, 0.1);
    await jitterAt(page, gap!, 900, 3);
    expect((await popoverState(ext(), page)).name).toBe(entry('basal-ganglia').term);
    await sweepPointer(page, gap!, box, 0.3);
    await sleep(SETTLE_MS);
    const state = await popoverState(ext(), page);
    expect(state.open).toBe(true);
    expect(state.name).toBe(entry('basal-ganglia').term);
    // Away from term, popover and corridor: the grace period runs out and it closes.
    await restAwayFromTerms();
    await waitForPopover(ext(), page, false);
  });

  it('a click pins the popover: it survives the pointer moving away; a click outside dismisses it', async () => {
    await freshPage();
    await clickTerm(ext(), page, 'botulinum-toxin');
    await waitForPopover(ext(), page, true);
    expect((await popoverState(ext(), page)).pinned).toBe(true);
    expect((await popoverState(ext(), page)).source).toBe('tap');
    // Pinned says so, in words and with a pin, in a status region a screen reader announces.
    const label = (await inspectPage(ext(), page, ['.dg-pinned[role="status"]'])).popover?.found['.dg-pinned[role="status"]'];
    expect(label?.height).toBeGreaterThan(10);
    expect((await popoverState(ext(), page)).text).toContain('Pinned');
    await restAwayFromTerms();
    await sleep(SETTLE_MS);
    expect((await popoverState(ext(), page)).name).toBe(entry('botulinum-toxin').term);
    // Pinning another term replaces it.
    await clickTerm(ext(), page, 'blepharospasm');
    await waitForPopoverTitle(ext(), page, entry('blepharospasm').term);
    await page.mouse.click(5, 5);
    await waitForPopover(ext(), page, false);
  });

  // Issue #14: a tremor or a jerk carries the release 14-45 px from the press.
  it('a press on a term whose release slips away pins that term, selects no text and closes nothing; a press outside dismisses', async () => {
    await freshPage();
    const selected = () => page.evaluate(() => document.getSelection()?.toString() ?? '');
    /** Comes to `at`, presses, drifts shakily `dx, dy` away during 150 ms, releases there. */
    const slippedPress = async (at: { x: number; y: number }, dx: number, dy: number) => {
      await page.mouse.move(at.x, at.y);
      await sleep(100);
      await page.mouse.down();
      for (let i = 1; i <= 6; i++) {
        await page.mouse.move(at.x + (dx * i) / 6 + (i % 2 ? 2 : -2), at.y + (dy * i) / 6);
        await sleep(25);
      }
      await page.mouse.up();
    };
    await slippedPress(await termCenter(ext(), page, 'botulinum-toxin'), 30, 12);
    await waitForPopoverTitle(ext(), page, entry('botulinum-toxin').term);
    expect((await popoverState(ext(), page)).pinned).toBe(true);
    expect(await selected()).toBe('');
    // With one explanation pinned, a slipped press on another term moves the pin there; it never closes.
    await slippedPress(await termCenter(ext(), page, 'blepharospasm'), -20, 40);
    await waitForPopoverTitle(ext(), page, entry('blepharospasm').term);
    await sleep(SETTLE_MS);
    const state = await popoverState(ext(), page);
    expect(state.open && state.pinned).toBe(true);
    expect(await selected()).toBe('');
    // A press that begins and ends outside still dismisses, slip or not.
    await slippedPress({ x: 5, y: 5 }, 20, 10);
    await waitForPopover(ext(), page, false);
  });

  it('a press made while the hand jerks across a term pins nothing', async () => {
    await freshPage();
    const at = await termCenter(ext(), page, 'putamen');
    // About 3.75 px/ms (60 px a step every 16 ms), from the side with room, pressed and released on the term in passing.
    const side = at.x > 300 ? -1 : 1;
    for (let step = 4; step >= 1; step--) {
      await page.mouse.move(at.x + side * step * 60, at.y);
      await sleep(16);
    }
    // One input sequence (move, down, up): the press lands while the pointer is still flying in.
    await page.mouse.click(at.x, at.y);
    // On down the page, off the line, without stopping.
    for (let step = 1; step <= 4; step++) {
      await page.mouse.move(at.x, at.y + step * 60);
      await sleep(16);
    }
    await restAwayFromTerms();
    await sleep(SETTLE_MS);
    expect((await popoverState(ext(), page)).open).toBe(false);
  });

  it('shows the safety notes in a visible Important block, and the note on advice, emergencies and checking in the footer', async () => {
    await freshPage();
    await clickTerm(ext(), page, 'botulinum-toxin');
    await waitForPopover(ext(), page, true);
    const p = await settledPopover(['.dg-important', '.dg-important-heading', '.dg-more', '.dg-header', '.dg-footer']);
    const important = p.found['.dg-important'];
    const heading = p.found['.dg-important-heading'];
    const more = p.found['.dg-more'];
    const header = p.found['.dg-header']!;
    const footer = p.found['.dg-footer'];
    // What shows of the scrolling text: between the header and the footer, which stay in view.
    const body = { y: header.y + header.height, height: footer!.y - (header.y + header.height) };
    // Visible: a block with a size, its heading inside it and in view in the popover's scrolling
    // text as it opens, before (above) the More button; the footer is kept in view below the text.
    expect(important, 'an Important block').not.toBeNull();
    expect(important!.height).toBeGreaterThan(0);
    expect(important!.width).toBeGreaterThan(0);
    expect(heading!.y).toBeGreaterThanOrEqual(important!.y - 0.5);
    expect(heading!.y + heading!.height).toBeLessThanOrEqual(important!.y + important!.height + 0.5);
    expect(heading!.y).toBeGreaterThanOrEqual(body.y - 0.5);
    expect(heading!.y + heading!.height).toBeLessThanOrEqual(body.y + body.height + 0.5);
    expect(more, 'a More button').not.toBeNull();
    expect(important!.y + important!.height).toBeLessThanOrEqual(more!.y + 0.5);
    expect(footer!.height).toBeGreaterThan(0);
    expect(footer!.y + footer!.height).toBeLessThanOrEqual(p.box.y + p.box.height + 0.5);
    // The dialog's own text, in reading order: the Important block runs from its heading to the
    // More button; the footer is everything after the body's last control ("Open in glossary").
    const text = p.text;
    const start = text.indexOf('Important');
    const end = text.indexOf('More', start);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    const shownImportant = text.slice(start, end);
    expect(shownImportant).toMatch(/Important/);
    expect(shownImportant).toMatch(/spreads beyond the injected muscles/);
    expect(p.found['.dg-open-glossary'], 'an Open in glossary button').not.toBeNull();
    const shownFooter = text.slice(text.lastIndexOf('Open in glossary') + 'Open in glossary'.length);
    expect(shownFooter).toMatch(/not medical advice/);
    expect(shownFooter).toMatch(/call your local emergency number/);
    expect(shownFooter).toMatch(/checked against its cited sources on \d{1,2} [A-Z][a-z]+ \d{4}; not reviewed by a clinician/);
  });

  it('keys without chords: with the explanation focused, N and P step to the next and previous term, and the popover shows them', async () => {
    await freshPage();
    const [first, second, third] = await pageTerms(ext(), page);
    expect(third, 'the fixture has terms').toBeDefined();
    await sendContentRequest(suite.ext, { type: 'next-term' }, page);
    await waitForAnchor(first!.id);
    expect((await popoverState(ext(), page)).text).toContain('N next term, P previous term');
    await page.keyboard.press('n');
    await waitForAnchor(second!.id);
    await page.keyboard.press('n');
    await waitForAnchor(third!.id);
    await page.keyboard.press('p');
    await waitForAnchor(second!.id);
    expect(await focusedThing(ext(), page)).toBe('popover');
    await page.keyboard.press('Escape');
    await waitForPopover(ext(), page, false);
    await page.keyboard.press('n');
    if (method === 'elements') {
      // Esc gave focus back to the term's mark: from a focused term, N steps on too.
      await waitForAnchor(third!.id);
    } else {
      // Nothing of ours has focus: the key is the page's, and opens nothing.
      await sleep(300);
      expect((await popoverState(ext(), page)).open).toBe(false);
    }
  });

  it('next-term command opens the next term with focus in its popover; Tab stays inside; Esc closes and returns focus; reopen-last brings it back', async () => {
    await freshPage();
    const [first, second] = await pageTerms(ext(), page);
    expect(second, 'the fixture has terms').toBeDefined();
    await sendContentRequest(suite.ext, { type: 'next-term' }, page);
    await waitForAnchor(first!.id);
    expect((await popoverState(ext(), page)).name).toBe(entry(first!.entryId).term);
    expect((await popoverState(ext(), page)).pinned).toBe(true);
    expect((await popoverState(ext(), page)).source).toBe('command');
    expect(await focusedThing(ext(), page)).toBe('popover');
    if (method === 'elements') {
      // Only the visited term is focusable, and it is not a Tab stop.
      expect(await page.$$eval(`${TERM_SELECTOR}[tabindex]`, (els) => els.map((e) => e.getAttribute('tabindex')))).toEqual(['-1']);
    }

    await sendContentRequest(suite.ext, { type: 'next-term' }, page);
    await waitForAnchor(second!.id);
    expect((await popoverState(ext(), page)).name).toBe(entry(second!.entryId).term);
    expect(await focusedThing(ext(), page)).toBe('popover');
    if (method === 'elements') expect(await page.$$eval(`${TERM_SELECTOR}[tabindex]`, (els) => els.length)).toBe(1);

    for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
    expect(await focusedThing(ext(), page)).toBe('popover');

    // Esc gives focus back: to the visited term's mark, or (painted, nothing was focused
    // before) to the document, never left in the hidden popover.
    await page.keyboard.press('Escape');
    await waitForPopover(ext(), page, false);
    if (method === 'elements') {
      expect(await focusedThing(ext(), page)).toBe(second!.entryId);
      expect(await focusedOccurrence()).toBe(second!.id);
    } else {
      expect(await focusedThing(ext(), page)).toBeNull();
    }

    // Reopen last after an accidental dismissal.
    await sendContentRequest(suite.ext, { type: 'reopen-last' }, page);
    await waitForAnchor(second!.id);
    expect((await popoverState(ext(), page)).name).toBe(entry(second!.entryId).term);
    expect(await focusedThing(ext(), page)).toBe('popover');
    await page.keyboard.press('Escape');
    await waitForPopover(ext(), page, false);
  });

  it('after Esc, previous-term steps back from the term last visited (the first), and Esc returns focus again', async () => {
    // Continues the journey above: the second term was visited, then reopened and closed with Esc.
    const [first, second] = await pageTerms(ext(), page);
    expect((await inspectPage(ext(), page)).popover?.open).toBe(false);
    if (method === 'elements') expect(await focusedOccurrence()).toBe(second!.id);
    await sendContentRequest(suite.ext, { type: 'previous-term' }, page);
    await waitForPopover(ext(), page, true);
    expect((await popoverState(ext(), page)).name).toBe(entry(first!.entryId).term);
    expect((await inspectPage(ext(), page)).popover?.anchor).toBe(first!.id);
    expect(await focusedThing(ext(), page)).toBe('popover');
    await page.keyboard.press('Escape');
    await waitForPopover(ext(), page, false);
    if (method === 'elements') {
      expect(await focusedThing(ext(), page)).toBe(first!.entryId);
      expect(await focusedOccurrence()).toBe(first!.id);
      // Enter on the focused term opens it again, with focus.
      await page.keyboard.press('Enter');
      await waitForAnchor(first!.id);
      expect(await focusedThing(ext(), page)).toBe('popover');
      await page.keyboard.press('Escape');
      await waitForPopover(ext(), page, false);
    } else {
      expect(await focusedThing(ext(), page)).toBeNull();
    }
    // Reopen last: now the first term.
    await sendContentRequest(suite.ext, { type: 'reopen-last' }, page);
    await waitForAnchor(first!.id);
    expect((await popoverState(ext(), page)).name).toBe(entry(first!.entryId).term);
    expect(await focusedThing(ext(), page)).toBe('popover');
  });

  it.runIf(method === 'paint')('Esc returns focus to the page control that had it before next-term opened a painted term', async () => {
    await freshPage();
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'page-control';
      button.textContent = 'A control of the page';
      document.querySelector('main')!.prepend(button);
      button.focus();
    });
    await waitForHighlights(ext(), page);
    expect(await focusedThing(ext(), page)).toBe('button');
    await sendContentRequest(suite.ext, { type: 'next-term' }, page);
    await waitForPopover(ext(), page, true);
    expect(await focusedThing(ext(), page)).toBe('popover');
    await page.keyboard.press('Escape');
    await waitForPopover(ext(), page, false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-control');
  });

  // Issue #14: the hint never reached screen readers (an IDREF into the popover's shadow root), and the dialog had no description.
  it('screen readers hear it, in the accessibility tree: each highlight element is described by the hint; the dialog is named by its term and described by the short definition', async (ctx) => {
    await freshPage();
    let snapshot: SerializedAXNode | null = null;
    try {
      snapshot = await page.accessibility.snapshot({ interestingOnly: false });
    } catch (error) {
      // Puppeteer reads the tree through CDP, which Firefox does not speak (WebDriver BiDi has no accessibility tree yet).
      ctx.skip(`${browserName} gives no accessibility tree to puppeteer: ${String(error).slice(0, 120)}`);
    }
    const nodes = (root: SerializedAXNode | null): SerializedAXNode[] => (root ? [root, ...(root.children ?? []).flatMap(nodes)] : []);
    if (method === 'elements') {
      const marks = nodes(snapshot).filter((n) => n.role === 'mark');
      expect(marks.length, 'highlight elements in the tree').toBeGreaterThan(3);
      for (const mark of marks) expect(mark.description, `${mark.name}`).toBe(english('ui_termHint'));
    }
    await sendContentRequest(suite.ext, { type: 'next-term' }, page);
    await waitForInspection(ext(), page, (i) => i.popover?.open === true);
    const [first] = await pageTerms(ext(), page);
    const shown = entry(first!.entryId);
    const dialogs = nodes(await page.accessibility.snapshot({ interestingOnly: false })).filter((n) => n.role === 'dialog');
    expect(dialogs.map((d) => ({ name: d.name, description: d.description }))).toEqual([{ name: shown.term, description: shown.short }]);
  });

  it.runIf(method === 'elements')('terms are not Tab stops by default: Tab goes from page control to page control', async () => {
    await freshPage();
    const visited: string[] = [];
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Tab');
      visited.push(
        await page.evaluate(
          () =>
            (document.activeElement === document.body
              ? 'body'
              : document.activeElement?.id || document.activeElement?.tagName.toLowerCase()) ?? 'none',
        ),
      );
    }
    // The fixture's only control is the link at the bottom; with nothing else to reach, Tab cycles through it and the browser's own UI.
    expect(visited).toContain('link');
    expect(await page.$$(`${TERM_SELECTOR}[tabindex="0"]`)).toHaveLength(0);
    expect((await popoverState(ext(), page)).open).toBe(false);
  });

  it.runIf(method === 'elements')(
    'with "Terms are Tab stops" on: Tab reaches each term in turn and shows its explanation; Enter pins it with focus inside; Esc closes',
    async () => {
      await storeSettings(suite.ext, { ...suite.settings, termsAreTabStops: true });
      try {
        await freshPage();
        const terms = await pageTerms(ext(), page);
        // One stop per occurrence, however many marks it is split into.
        expect(await page.$$(`${TERM_SELECTOR}[tabindex="0"]`)).toHaveLength(terms.length);
        for (const term of terms.slice(0, 3)) {
          await page.keyboard.press('Tab');
          expect(await focusedOccurrence()).toBe(term.id);
          await waitForAnchor(term.id);
          const state = await popoverState(ext(), page);
          expect(state.pinned, 'opened by focus, not pinned').toBe(false);
          expect(state.focusInside, 'focus stays on the term').toBe(false);
        }
        await page.keyboard.press('Enter');
        await waitForInspection(ext(), page, (i) => i.popover?.pinned === true && i.popover.focusInside);
        expect((await popoverState(ext(), page)).name).toBe(entry(terms[2]!.entryId).term);
        await page.keyboard.press('Escape');
        await waitForPopover(ext(), page, false);
        expect(await focusedOccurrence()).toBe(terms[2]!.id);
        // Shift+Tab goes back a term and shows it again.
        await page.keyboard.down('Shift');
        await page.keyboard.press('Tab');
        await page.keyboard.up('Shift');
        await waitForAnchor(terms[1]!.id);
      } finally {
        await storeSettings(suite.ext, suite.settings);
      }
    },
  );

  // Issue #14: a term inside a link could not be pinned (a click follows the link).
  it('a term inside a link: resting shows it, a click in the explanation pins it, and a click on the term still follows the link', async () => {
    await freshPage();
    const occurrences = (await pageTerms(ext(), page)).filter((t) => t.entryId === 'botulinum-toxin');
    const linked = occurrences.at(-1)!;
    if (method === 'elements')
      expect(
        await page.evaluate(
          (id, attribute) => document.querySelector('#link')!.contains(document.querySelector(`[${attribute}="${id}"]`)),
          linked.id,
          OCCURRENCE_ATTRIBUTE,
        ),
      ).toBe(true);
    await scrollTermIntoView(ext(), page, 'botulinum-toxin', occurrences.length - 1);
    const at = await termCenter(ext(), page, 'botulinum-toxin', occurrences.length - 1);
    await jitterAt(page, at, 800, 3);
    await waitForAnchor(linked.id);
    expect((await popoverState(ext(), page)).pinned).toBe(false);
    await clickInPopover(ext(), page, '.dg-short');
    await waitForInspection(ext(), page, (i) => i.popover?.pinned === true);
    await restAwayFromTerms();
    await sleep(SETTLE_MS);
    expect((await popoverState(ext(), page)).pinned).toBe(true);
    expect(await page.evaluate(() => location.hash)).toBe('');
    await page.keyboard.press('Escape');
    await waitForPopover(ext(), page, false);
    await aimedClick(page, at);
    await page.waitForFunction(() => location.hash === '#after-link', { timeout: 5_000 });
  });

  it.runIf(method === 'paint')('painted highlights put no elements in the page: the page keeps its own text nodes', async () => {
    expect((await pageTerms(ext(), page)).length).toBeGreaterThan(3);
    expect((await pageTerms(ext(), page)).every((t) => !t.element)).toBe(true);
    expect(await page.$$eval(`mark, [${TERM_ATTRIBUTE}], [aria-description]`, (els) => els.length)).toBe(0);
    expect(await page.$eval('#p1', (p) => p.childNodes.length)).toBe(1);
  });

  it('related terms navigate inside the popover, and Back returns', async () => {
    await freshPage();
    await clickTerm(ext(), page, 'putamen');
    await waitForPopover(ext(), page, true);
    const related = (await settledPopover(['.dg-related-term'])).found['.dg-related-term'];
    expect(related, 'a related term button').not.toBeNull();
    await clickInPopover(ext(), page, '.dg-related-term');
    // The entry shown now is one of putamen's related entries (its id is not readable from
    // outside the closed shadow root: found by the title it shows).
    await waitForInspection(ext(), page, (i) => i.popover?.open === true && i.popover.name !== entry('putamen').term);
    const shownName = (await popoverState(ext(), page)).name;
    const shown = GLOSSARY.find((e) => e.term === shownName);
    expect(shown).toBeDefined();
    expect(entry('putamen').related).toContain(shown!.id);
    expect((await popoverState(ext(), page)).text).toContain(shown!.short);
    await clickInPopover(ext(), page, '.dg-back');
    await waitForPopoverTitle(ext(), page, entry('putamen').term);
    // More expands the longer explanation.
    const longStart = entry('putamen')
      .long.split(/\n\s*\n/)[0]!
      .slice(0, 60);
    expect((await popoverState(ext(), page)).text).not.toContain(longStart);
    await clickInPopover(ext(), page, '.dg-more');
    await waitForInspection(ext(), page, (i) => i.popover?.text.includes(longStart) ?? false, 2_000);
  });

  it('a related term opens at its start: the body scrolled down for it scrolls back to the top', async () => {
    await freshPage();
    await clickTerm(ext(), page, 'putamen');
    await waitForPopover(ext(), page, true);
    // The longer explanation open, and the body wheeled down to the related terms below it.
    await clickInPopover(ext(), page, '.dg-more');
    await scrollIntoPopoverView('.dg-related-term');
    const before = (await inspectPage(ext(), page, ['.dg-short', '.dg-header'])).popover!;
    const headerBottom = (p: typeof before) => p.found['.dg-header']!.y + p.found['.dg-header']!.height;
    expect(before.found['.dg-short']!.y, 'the text was scrolled past the short definition').toBeLessThan(headerBottom(before));
    await clickInPopover(ext(), page, '.dg-related-term');
    await waitForInspection(ext(), page, (i) => i.popover?.open === true && i.popover.name !== entry('putamen').term);
    const after = (await inspectPage(ext(), page, ['.dg-short', '.dg-header', '.dg-close'])).popover!;
    expect(after.found['.dg-short']!.y).toBeGreaterThanOrEqual(headerBottom(after) - 1);
    expect(after.found['.dg-close']!.y).toBeGreaterThanOrEqual(after.box.y - 1);
  });

  it('"Open in glossary" opens the glossary page at this entry (through the background)', async () => {
    await freshPage();
    await clickTerm(ext(), page, 'putamen');
    await waitForPopover(ext(), page, true);
    // Below the fold of the popover's scrolling body: the wheel brings it into view, as a user would.
    await scrollIntoPopoverView('.dg-open-glossary');
    await clickInPopover(ext(), page, '.dg-open-glossary');
    expect(await waitForExtensionTab(suite.ext, '#entry=putamen')).toContain('/popup.html#entry=putamen');
    await page.bringToFront();
  });

  it('the close button is a large target (at least 44 × 44 px) and dismisses', async () => {
    const size = (await inspectPage(ext(), page, ['.dg-close'])).popover?.found['.dg-close'];
    expect(size, 'a close button').toBeTruthy();
    expect(size!.width).toBeGreaterThanOrEqual(44);
    expect(size!.height).toBeGreaterThanOrEqual(44);
    await clickInPopover(ext(), page, '.dg-close');
    await waitForPopover(ext(), page, false);
  });

  it('a term wrapped across two lines: the popover covers none of its lines and its arrow points at one of them from the edge facing it', async () => {
    await freshPage();
    const term = (await pageTerms(ext(), page)).filter((t) => t.entryId === 'deep-brain-stimulation')[1]!;
    const rects = term.boxes.map(edges);
    expect(rects.length, 'the fixture term should wrap').toBeGreaterThanOrEqual(2);
    for (const r of [rects[0]!, rects.at(-1)!]) {
      await aimedClick(page, { x: (r.left + r.right) / 2, y: (r.top + r.bottom) / 2 });
      await waitForPopover(ext(), page, true);
      const p = await settledPopover(['.dg-arrow']);
      expect(p.anchor).toBe(term.id);
      const dialog = edges(p.box);
      const arrow = edges(p.found['.dg-arrow']!);
      for (const line of rects) expect(overlaps(dialog, line)).toBe(false);
      const ax = (arrow.left + arrow.right) / 2;
      const ay = (arrow.top + arrow.bottom) / 2;
      const where = `arrow at ${ax}, ${ay}; dialog ${JSON.stringify(dialog)}; lines ${JSON.stringify(rects)}`;
      const beside = dialog.left >= Math.max(...rects.map((l) => l.right)) || dialog.right <= Math.min(...rects.map((l) => l.left));
      if (beside) {
        // Beside the text column: the arrow is on the dialog's side edge facing the term, at the height of one of its lines.
        expect(
          rects.some((line) => ay >= line.top && ay <= line.bottom),
          `level with one of the lines: ${where}`,
        ).toBe(true);
        const facing = dialog.left >= rects[0]!.right ? dialog.left : dialog.right;
        expect(Math.abs(ax - facing), where).toBeLessThan(12);
      } else {
        // Above or below (past the next line): the arrow is on the top or bottom edge, under or over one of the lines.
        expect(
          rects.some((line) => ax >= line.left && ax <= line.right),
          `level with one of the lines: ${where}`,
        ).toBe(true);
        const facing = dialog.top >= rects.at(-1)!.bottom ? dialog.top : dialog.bottom;
        expect(Math.abs(ay - facing), where).toBeLessThan(12);
      }
      await page.keyboard.press('Escape');
      await waitForPopover(ext(), page, false);
      await page.mouse.move(1, 1);
    }
  });

  it('a tap on a touch screen pins the popover', async () => {
    await freshPage();
    const at = await termCenter(ext(), page, 'dystonia');
    // What the page saw of the tap, for the failure message (this test once failed in a full run, not since).
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { tapEvents: string[] }).tapEvents = []);
      for (const type of ['touchstart', 'touchend', 'pointerdown', 'pointerup', 'mousedown', 'click']) {
        document.addEventListener(
          type,
          (e) => seen.push(`${type}@${Math.round((e as MouseEvent).clientX ?? -1)},${Math.round((e as MouseEvent).clientY ?? -1)}`),
          true,
        );
      }
    });
    await page.touchscreen.tap(at.x, at.y);
    await waitForPopover(ext(), page, true).catch(async (error: Error) => {
      const events = await page.evaluate(() => (window as unknown as { tapEvents: string[] }).tapEvents);
      throw new Error(
        `${error.message}; tapped at ${Math.round(at.x)},${Math.round(at.y)}; the page saw: ${events.join(' ') || 'nothing'}`,
      );
    });
    await sleep(SETTLE_MS);
    expect((await popoverState(ext(), page)).name).toBe(entry('dystonia').term);
    expect((await popoverState(ext(), page)).pinned).toBe(true);
    await page.close();
  });
});
