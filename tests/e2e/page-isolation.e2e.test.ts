/**
 * What a page, or a frame from another origin, can learn or do through the extension
 * (issue #12, security review H1, M3, M4): whether the user's own terms are on it, forged
 * highlights, synthetic events, the popover's text.
 */
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCustomTerm } from '../../src/settings/custom-terms';
import { openExtensionPage } from './harness/browsers';
import { BROWSER_METHODS, useExtensionSuite } from './harness/suite';
import { CUSTOM_TERMS_ITEM } from '../../src/contracts/storage';
import { setStorage } from './fixtures/surface/extension-api';
import {
  aimedClick,
  inspectPage,
  pageTerms,
  popoverState,
  termCenter,
  waitForHighlightingIdle,
  waitForInspection,
  waitForPopover,
} from './harness/page-helpers';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { POPOVER_HOST_SELECTOR } from '../../src/contracts/dom';

const zorvatrel = makeCustomTerm(
  { term: 'Zorvatrel', aliases: [], category: 'medications', short: 'My own medicine.', long: '' },
  new Set(),
);

describe.each(BROWSER_METHODS)('%s, %s highlights: what a page can learn or do', (browserName, method) => {
  const suite = useExtensionSuite(browserName, method);
  const ext = () => suite.ext;
  /** Another port is another origin: the frame is cross-origin to the top page. */
  let otherOrigin: FixtureServer;
  let page: Page;
  let frame: Frame;

  beforeAll(async () => {
    otherOrigin = await startFixtureServer();
    const options = await openExtensionPage(suite.ext, 'options.html', '.settings-form');
    await setStorage(options, [CUSTOM_TERMS_ITEM, [zorvatrel]]);
    await options.close();
    page = await suite.ext.newPage();
    await page.bringToFront();
    await page.goto(suite.server.url(`/isolation/top.html?frame=${encodeURIComponent(otherOrigin.url('/isolation/frame.html'))}`), {
      waitUntil: 'load',
    });
    await waitForInspection(ext(), page, (i) => i.terms.some((t) => t.entryId === zorvatrel.id) && !i.busy);
    frame = page.frames().find((f) => f.url().includes('/isolation/frame.html'))!;
  });
  afterAll(async () => {
    await page?.close();
    await otherOrigin?.close();
  });

  it('highlights the user’s own term in the page they read, never in a frame from another origin', async () => {
    expect(frame, 'the cross-origin frame').toBeDefined();
    await waitForHighlightingIdle(ext(), frame);
    const inFrame = (await pageTerms(ext(), frame)).map((t) => t.entryId);
    // The glossary's own terms are there; the user's own is not.
    expect(inFrame).toEqual(['cervical-dystonia']);
    // The ids the page can see (elements mode) say nothing about the term.
    expect(zorvatrel.id).toMatch(/^custom-[a-z0-9]{12}$/);
  });

  it('a mark the page forged is not a highlight: a real click on it opens nothing', async () => {
    expect((await pageTerms(ext(), page)).some((t) => t.id === 'o1')).toBe(false);
    const box = await page.$eval('#forged', (m) => {
      const r = m.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await page.mouse.click(box.x, box.y);
    await new Promise((r) => setTimeout(r, 800));
    expect((await inspectPage(ext(), page)).popover?.open ?? false).toBe(false);
  });

  it('synthetic clicks and key presses from the page open nothing', async () => {
    const at = await termCenter(ext(), page, 'botulinum-toxin');
    await page.evaluate(({ x, y }) => {
      const target = document.elementFromPoint(x, y)!;
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
        target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'G', altKey: true, shiftKey: true, bubbles: true }));
    }, at);
    await new Promise((r) => setTimeout(r, 800));
    expect((await inspectPage(ext(), page)).popover?.open ?? false).toBe(false);
  });

  it('a frame from another origin opens nothing with a forged mark or synthetic events, and cannot reach the popover it opens', async () => {
    await waitForHighlightingIdle(ext(), frame);
    const inFrame = async () => (await inspectPage(ext(), frame)).popover?.open ?? false;
    // A real click on the frame's forged mark.
    const forged = await frame.$eval('#forged', (m) => {
      const r = m.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    const offset = await page.$eval('#frame', (f) => {
      const r = f.getBoundingClientRect();
      return { x: r.x + f.clientLeft, y: r.y + f.clientTop };
    });
    await page.mouse.click(offset.x + forged.x, offset.y + forged.y);
    // Synthetic events from the frame's own script, at its real term.
    const term = (await pageTerms(ext(), frame)).find((t) => t.entryId === 'cervical-dystonia')!.boxes[0]!;
    const at = { x: term.x + term.width / 2, y: term.y + term.height / 2 };
    await frame.evaluate(({ x, y }) => {
      const target = document.elementFromPoint(x, y)!;
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
        target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'G', altKey: true, shiftKey: true, bubbles: true }));
    }, at);
    await new Promise((r) => setTimeout(r, 800));
    expect(await inFrame()).toBe(false);
    expect((await inspectPage(ext(), page)).popover?.open ?? false).toBe(false);
    // The user's own click opens the frame's explanation; the frame's script sees no text of it.
    await aimedClick(page, { x: offset.x + at.x, y: offset.y + at.y });
    await expect.poll(inFrame, { timeout: 5_000 }).toBe(true);
    const seen = await frame.evaluate((selector) => {
      const host = document.querySelector(selector);
      return { host: host !== null, shadowRoot: host?.shadowRoot ?? null, text: document.body.innerText.includes('neck') };
    }, POPOVER_HOST_SELECTOR);
    expect(seen).toEqual({ host: true, shadowRoot: null, text: false });
    await page.keyboard.press('Escape');
    await expect.poll(inFrame, { timeout: 5_000 }).toBe(false);
  });

  it('the page cannot reach the popover’s text, nor its Open-in-glossary button', async () => {
    const at = await termCenter(ext(), page, 'botulinum-toxin');
    await aimedClick(page, at);
    await waitForPopover(ext(), page, true);
    expect((await popoverState(ext(), page)).name).toBe('botulinum toxin');
    const seen = await page.evaluate((selector) => {
      const host = document.querySelector(selector);
      return {
        host: host !== null,
        shadowRoot: host?.shadowRoot ?? null,
        buttons: document.querySelectorAll('.dg-open-glossary').length,
        text: document.body.innerText.includes('Important'),
      };
    }, POPOVER_HOST_SELECTOR);
    expect(seen).toEqual({ host: true, shadowRoot: null, buttons: 0, text: false });
    await page.keyboard.press('Escape');
    await waitForPopover(ext(), page, false);
  });
});
