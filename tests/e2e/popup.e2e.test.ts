/**
 * The toolbar popup and the extension surface around it, in real Chromium and Firefox:
 * search first and the layout that fits (one scroll, 16 px text, 44 px targets), "On this
 * page" with counts and jump, Esc back to the opened term, the badge, the site and global
 * switches acting on an open tab (with the pause's Undo), the context menu (Chromium), and
 * the popup screenshot.
 * The popup is opened as a page with `?tab=<id>` pointing at the fixture's tab.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchWithExtension, openExtensionPage, type ExtensionBrowser } from './harness/browsers';
import {
  aimedClick,
  highlightCounts,
  inspectPage,
  luminance,
  popoverState,
  termsIn,
  waitForHighlights,
  waitForInspection,
  waitForPopover,
} from './harness/page-helpers';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { SETTINGS_ITEM } from '../../src/contracts/storage';
import { badgeText, getStorage, openSeededPage, setStorage, tabIdOf } from './fixtures/surface/extension-api';
import type { ContentRequest } from '../../src/contracts/messages';
import { NOTICE_HOST_ATTRIBUTE, NOTICE_HOST_SELECTOR } from '../../src/contracts/dom';

const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');
/**
 * The counts and jumps below are about every occurrence of a term on the fixture, whatever
 * reading density ships as the default: every settings write here starts from this.
 */
const BASELINE = { readingDensity: 'every' };

describe.each(BROWSERS)('%s: popup and extension surface', (browserName) => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    server = await startFixtureServer();
    ext = await launchWithExtension(browserName);
    ({ page, tabId } = await openSeededPage(ext, server.url('/surface/page.html'), [SETTINGS_ITEM, BASELINE]));
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  const openPopup = async (): Promise<Page> => {
    const popup = await openExtensionPage(ext, `popup.html?tab=${tabId}`, '.page-panel');
    await popup.setViewport({ width: 400, height: 600 });
    return popup;
  };
  const pageTermsIn = (popup: Page) =>
    popup.$$eval('.page-term', (buttons) =>
      Object.fromEntries(buttons.map((b) => [b.getAttribute('data-entry-id'), Number(b.querySelector('.page-term-count')!.textContent)])),
    );
  const firstResults = (popup: Page) => popup.$$eval('.term', (buttons) => buttons.slice(0, 3).map((b) => b.getAttribute('data-entry-id')));
  const typeQuery = async (popup: Page, query: string) => {
    await popup.$eval('.search', (input) => ((input as HTMLInputElement).value = ''));
    await popup.type('.search', query);
    await popup.waitForFunction(
      (q) =>
        document.querySelector('.status')?.textContent?.includes('found') &&
        (document.querySelector('.search') as HTMLInputElement).value === q,
      { timeout: 5_000 },
      query,
    );
  };

  /**
   * What breaks "the popup fits", in the view now shown: a box with its own vertical scroll
   * (the popup is one scroll), visible text under 16 px, a target under 44 px high.
   */
  const layoutProblems = (popup: Page) =>
    popup.evaluate(() => {
      const visible = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      const name = (el: Element) =>
        `${el.tagName.toLowerCase()}.${el.className}${el.textContent ? ` “${el.textContent.trim().slice(0, 30)}”` : ''}`;
      const scrollBoxes = Array.from(document.querySelectorAll('body *'))
        .filter((el) => /auto|scroll/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight)
        .map(name);
      const smallText = new Set<string>();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !node.textContent!.trim() || !visible(parent)) continue;
        const size = parseFloat(getComputedStyle(parent).fontSize);
        if (size < 16) smallText.add(`${name(parent)} ${size}px`);
      }
      for (const input of document.querySelectorAll('input[type="search"]'))
        if (parseFloat(getComputedStyle(input).fontSize) < 16) smallText.add(name(input));
      const smallTargets = Array.from(document.querySelectorAll('button, a[href], input[type="search"], label.switch'))
        .filter(visible)
        .filter((el) => el.getBoundingClientRect().height < 44)
        .map((el) => `${name(el)} ${el.getBoundingClientRect().height}px`);
      return { scrollBoxes, smallText: [...smallText], smallTargets };
    });

  it('searches as you type, tolerating prefixes and typos', async () => {
    const popup = await openPopup();
    // Patients' own words find the entry they meant, among the first few.
    for (const [query, meant] of [
      ['shaking', 'tremor'],
      ['eyelids', 'blepharospasm'],
    ] as const) {
      await typeQuery(popup, query);
      expect(await firstResults(popup)).toContain(meant);
    }
    for (const [query, expected] of [
      ['blepharo', 'blepharospasm'],
      ['distonia', 'dystonia'],
      ['parkinsons', 'parkinsons-disease'],
    ] as const) {
      await popup.$eval('.search', (input) => ((input as HTMLInputElement).value = ''));
      await popup.type('.search', query);
      await popup.waitForFunction(
        (id) => document.querySelector('.term')?.getAttribute('data-entry-id') === id,
        { timeout: 5_000 },
        expected,
      );
      expect((await firstResults(popup))[0]).toBe(expected);
    }
    // Enter on a result opens it; Esc goes back to the list.
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('.detail-view:not([hidden])');
    expect(await popup.$eval('.entry-title', (h) => h.textContent)).toBe("Parkinson's disease");
    await popup.keyboard.press('Escape');
    await popup.waitForSelector('.list-view:not([hidden])');
    await popup.close();
  });

  it('puts the search box first; the page panel sits under it while it is empty, and hides while searching', async () => {
    const popup = await openPopup();
    await popup.waitForSelector('.page-term');
    const top = (selector: string) => popup.$eval(selector, (el) => el.getBoundingClientRect().top);
    expect(await top('.search')).toBeLessThan(100);
    expect(await popup.evaluate(() => document.activeElement?.classList.contains('search'))).toBe(true);
    // Panel, then the list.
    expect(await top('.page-panel')).toBeGreaterThan(await top('.search'));
    expect(await top('.term')).toBeGreaterThan(await top('.reopen-last'));
    await typeQuery(popup, 'botox');
    expect(await popup.$eval('.page-panel', (el) => el.getClientRects().length)).toBe(0);
    // The results come right under the box.
    const searchBottom = await popup.$eval('.search', (el) => el.getBoundingClientRect().bottom);
    expect((await top('.term')) - searchBottom).toBeLessThan(80);
    expect((await firstResults(popup))[0]).toBe('botulinum-toxin');
    await popup.$eval('.search', (input) => ((input as HTMLInputElement).value = ''));
    await popup.type('.search', 'x');
    await popup.keyboard.press('Backspace');
    await popup.waitForSelector('.page-panel', { visible: true, timeout: 5_000 });
    await popup.close();
  });

  it('is one scroll, with text of at least 16 px and targets at least 44 px high, in the list and in an entry', async () => {
    const popup = await openPopup();
    await popup.waitForSelector('.page-term');
    await popup.waitForSelector('.shortcuts dd');
    expect(await layoutProblems(popup)).toEqual({ scrollBoxes: [], smallText: [], smallTargets: [] });
    // The popup itself scrolls (a page with terms is longer than 600 px), and nothing cuts the page's terms.
    expect(await popup.evaluate(() => document.documentElement.scrollHeight > innerHeight)).toBe(true);
    await popup.click('.term[data-entry-id="botulinum-toxin"]');
    await popup.waitForSelector('.detail-view:not([hidden]) .dg-sources a');
    expect(await layoutProblems(popup)).toEqual({ scrollBoxes: [], smallText: [], smallTargets: [] });
    await popup.close();
  });

  it('Esc from an entry returns focus to the term that was opened, scrolled as it was', async () => {
    const popup = await openPopup();
    await popup.waitForSelector('.page-term');
    // Down the A–Z list with the mouse: the first term fully in view after scrolling.
    await popup.evaluate(() => window.scrollTo(0, 2400));
    const chosen = await popup.evaluate(() => {
      const button = Array.from(document.querySelectorAll<HTMLElement>('.term')).find(
        (b) => b.getBoundingClientRect().top > 100 && b.getBoundingClientRect().bottom < innerHeight - 100,
      )!;
      return { id: button.dataset.entryId!, scrollY: window.scrollY, top: button.getBoundingClientRect().top };
    });
    expect(chosen.scrollY).toBeGreaterThan(2000);
    await popup.click(`.term[data-entry-id="${chosen.id}"]`);
    await popup.waitForSelector('.detail-view:not([hidden])');
    expect(await popup.evaluate(() => window.scrollY)).toBe(0);
    await popup.keyboard.press('Escape');
    await popup.waitForSelector('.list-view:not([hidden])');
    const back = await popup.evaluate(
      (id) => ({
        focused: (document.activeElement as HTMLElement).dataset.entryId,
        scrollY: window.scrollY,
        top: document.querySelector(`.term[data-entry-id="${id}"]`)!.getBoundingClientRect().top,
      }),
      chosen.id,
    );
    expect(back.focused).toBe(chosen.id);
    expect(Math.abs(back.scrollY - chosen.scrollY)).toBeLessThanOrEqual(1);
    expect(Math.abs(back.top - chosen.top)).toBeLessThanOrEqual(1);

    // By keyboard, through a related term and back: the same term again.
    await popup.keyboard.press('ArrowDown');
    const next = await popup.evaluate(() => (document.activeElement as HTMLElement).dataset.entryId);
    expect(next).not.toBe(chosen.id);
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('.detail-view:not([hidden])');
    const related = await popup.$('.dg-related-term');
    if (related) {
      await related.click();
      await popup.keyboard.press('Escape');
    }
    await popup.keyboard.press('Escape');
    await popup.waitForSelector('.list-view:not([hidden])');
    expect(await popup.evaluate(() => (document.activeElement as HTMLElement).dataset.entryId)).toBe(next);
    await popup.close();
  });

  it('lists the terms on the page with their counts, and the badge shows how many', async () => {
    const popup = await openPopup();
    await popup.waitForSelector('.page-term');
    const onPage = await highlightCounts(ext, page);
    expect(await pageTermsIn(popup)).toEqual(onPage);
    expect(onPage['botulinum-toxin']).toBe(3);
    await expect.poll(() => badgeText(popup, tabId), { timeout: 5_000 }).toBe(String(Object.keys(onPage).length));
    await popup.close();
  });

  it('jumps to the next occurrence: scrolls, flashes it and opens its popover', async () => {
    const popup = await openPopup();
    const jump = async () => {
      await popup.bringToFront();
      await popup.click('.page-term[data-entry-id="botulinum-toxin"]');
      await page.bringToFront();
    };
    await popup.waitForSelector('.page-term[data-entry-id="botulinum-toxin"]');
    await jump();
    await waitForPopover(ext, page, true);
    expect((await popoverState(ext, page)).name).toBe('botulinum toxin');
    // Second click: the second occurrence, far down the page.
    await jump();
    await page.waitForFunction(() => window.scrollY > 800, { timeout: 5_000 });
    await waitForPopover(ext, page, true);
    // The explanation is anchored to the far occurrence, the one now in view.
    const far = (await termsIn(ext, page, '#far')).filter((t) => t.entryId === 'botulinum-toxin');
    expect(far).toHaveLength(1);
    expect((await inspectPage(ext, page)).popover?.anchor).toBe(far[0]!.id);
    await page.keyboard.press('Escape');
    await waitForPopover(ext, page, false);
    // Closed by accident: the popup's "Reopen last explanation" brings it back.
    await popup.bringToFront();
    await popup.click('.reopen-last');
    await page.bringToFront();
    await waitForPopover(ext, page, true);
    expect((await popoverState(ext, page)).name).toBe('botulinum toxin');
    await page.keyboard.press('Escape');
    await popup.close();
  });

  it.runIf(browserName === 'chromium')('keyboard commands reach the active tab through the background', async () => {
    const worker = await (await ext.browser.waitForTarget((t) => t.type() === 'service_worker')).worker();
    await page.bringToFront();
    await page.evaluate(() => window.scrollTo(0, 0));
    // Headless browsers have no global shortcuts; dispatching the command event runs the same handler.
    const command = (name: string) =>
      worker!.evaluate((n) => {
        const { chrome } = globalThis as unknown as { chrome: { commands: { onCommand: { dispatch(name: string): void } } } };
        chrome.commands.onCommand.dispatch(n);
      }, name);
    await command('next-term');
    await waitForPopover(ext, page, true);
    const first = (await inspectPage(ext, page)).popover!.anchor;
    await command('next-term');
    const second = await waitForInspection(ext, page, (i) => i.popover?.open === true && i.popover.anchor !== first, 5_000);
    // The next one in reading order.
    const ids = second.terms.map((t) => t.id);
    expect(ids.indexOf(second.popover!.anchor!)).toBe(ids.indexOf(first!) + 1);
    await page.keyboard.press('Escape');
    // The switch says so on the page, with the key the background read from the browser.
    await command('toggle-highlighting');
    await waitForInspection(
      ext,
      page,
      (i) =>
        i.terms.length === 0 &&
        i.notice?.text === 'Dystonia Glossary: highlighting is off on 127.0.0.1. Press Alt+Shift+H to turn it back on.',
      5_000,
    );
    await command('toggle-highlighting');
    await waitForHighlights(ext, page);
    await waitForInspection(
      ext,
      page,
      (i) => i.notice?.text === 'Dystonia Glossary: highlighting is on again on 127.0.0.1. Press Alt+Shift+H to turn it off again.',
      5_000,
    );
  });

  it('the site switch turns highlighting off and on in the open tab, without a reload, and shows the global pause', async () => {
    const popup = await openPopup();
    await popup.waitForSelector('.page-term');
    expect(await popup.$eval('.site-toggle', (i) => (i as HTMLInputElement).checked)).toBe(true);
    await popup.click('.site-toggle');
    await waitForInspection(ext, page, (i) => i.terms.length === 0, 5_000);
    await popup.waitForFunction(() => document.querySelectorAll('.page-term').length === 0, { timeout: 5_000 });
    await popup.waitForFunction(() => document.querySelector('.page-message')?.textContent !== '', { timeout: 5_000 });
    await popup.click('.site-toggle');
    await waitForHighlights(ext, page);
    await popup.waitForSelector('.page-term');

    // The global pause does the same everywhere, and the site switch shows it: off, with the reason.
    await popup.click('.everywhere-toggle');
    await waitForInspection(ext, page, (i) => i.terms.length === 0, 5_000);
    await popup.waitForFunction(
      () =>
        !(document.querySelector('.site-toggle') as HTMLInputElement).checked &&
        !(document.querySelector('.paused-hint') as HTMLElement).hidden,
      { timeout: 5_000 },
    );
    expect(await popup.$eval('.site-toggle', (i) => i.getAttribute('aria-describedby'))).toBe('paused-hint');
    await popup.click('.everywhere-toggle');
    await waitForHighlights(ext, page);
    await popup.waitForFunction(
      () =>
        (document.querySelector('.site-toggle') as HTMLInputElement).checked &&
        (document.querySelector('.paused-hint') as HTMLElement).hidden,
      { timeout: 5_000 },
    );

    // Switching the site on while paused lifts the pause: the page is highlighted again.
    await popup.click('.everywhere-toggle');
    await waitForInspection(ext, page, (i) => i.terms.length === 0, 5_000);
    await popup.click('.site-toggle');
    await waitForHighlights(ext, page);
    await popup.waitForFunction(
      () =>
        (document.querySelector('.everywhere-toggle') as HTMLInputElement).checked &&
        (document.querySelector('.site-toggle') as HTMLInputElement).checked,
      { timeout: 5_000 },
    );
    await popup.close();
  });

  it('turning off all sites applies at once and says so, and Undo brings highlighting back', async () => {
    const popup = await openPopup();
    await popup.waitForSelector('.page-term');
    // At the foot, not stacked under the site switch.
    const gap = await popup.evaluate(
      () =>
        document.querySelector('.everywhere-toggle')!.getBoundingClientRect().top -
        document.querySelector('.site-toggle')!.getBoundingClientRect().bottom,
    );
    expect(gap).toBeGreaterThan(300);
    expect(await popup.$eval('.pause-notice', (n) => [n.getAttribute('role'), n.textContent])).toEqual(['status', '']);

    await popup.click('.everywhere-toggle');
    await waitForInspection(ext, page, (i) => i.terms.length === 0, 5_000);
    expect(await popup.$eval('.pause-notice-text', (p) => p.textContent)).toBe('Highlighting is paused on every site.');
    // The stored pause has reached the popup: the site switch says so, and the Undo is still there.
    await popup.waitForFunction(() => !(document.querySelector('.paused-hint') as HTMLElement).hidden, { timeout: 5_000 });
    const undo = await popup.$eval('.undo-pause', (b) => ({ text: b.textContent, height: b.getBoundingClientRect().height }));
    expect(undo.text).toBe('Undo');
    expect(undo.height).toBeGreaterThanOrEqual(44);

    await popup.click('.undo-pause');
    await waitForHighlights(ext, page);
    await popup.waitForFunction(
      () =>
        (document.querySelector('.everywhere-toggle') as HTMLInputElement).checked &&
        (document.querySelector('.site-toggle') as HTMLInputElement).checked &&
        document.querySelector('.pause-notice')!.textContent === '' &&
        document.activeElement === document.querySelector('.everywhere-toggle'),
      { timeout: 5_000 },
    );
    expect(await getStorage(popup, SETTINGS_ITEM)).toMatchObject({ enabled: true });
    await popup.close();
  });

  it('a page opened while its site is switched off loads nothing, and is highlighted once the site is switched back on', async () => {
    const popup = await openPopup();
    await setStorage(popup, [SETTINGS_ITEM, { ...BASELINE, disabledSites: ['127.0.0.1'] }]);
    const other = await ext.newPage();
    await other.goto(server.url('/surface/page.html?opened-while-off'), { waitUntil: 'load' });
    // Not busy once the background has said "off" (a page with terms is busy until then): the engine never loaded.
    const off = await waitForInspection(ext, other, (i) => !('unanswered' in i) && !i.busy, 5_000);
    expect(off.method).toBeNull();
    expect(off.terms).toEqual([]);
    await setStorage(popup, [SETTINGS_ITEM, BASELINE]);
    await waitForHighlights(ext, other);
    await other.close();
    // The fixture's own tab was switched off and on too: it is back as the next tests expect it, badge included.
    await waitForHighlights(ext, page);
    await expect.poll(() => badgeText(popup, tabId), { timeout: 5_000 }).not.toBe('');
    await popup.close();
  });

  /**
   * The toggle command as the background sends it (a manifest command cannot be pressed through
   * WebDriver, and Firefox's background page is out of the test's reach): the key the browser
   * has for it, read the same way, to the tab's top frame. Returns that key.
   */
  const switchSiteByCommand = (extensionPage: Page, tab: number): Promise<string> =>
    extensionPage.evaluate(async (id) => {
      type Api = {
        commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
        tabs: { sendMessage(id: number, message: unknown, options: object): Promise<unknown> };
      };
      const g = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = (g.browser ?? g.chrome)!;
      const shortcut = (await api.commands.getAll()).find((c) => c.name === 'toggle-highlighting')?.shortcut ?? '';
      const request: ContentRequest = { type: 'toggle-highlighting', shortcut };
      await api.tabs.sendMessage(id, request, { frameId: 0 });
      return shortcut;
    }, tab);
  const offNotice = (key: string) => `Dystonia Glossary: highlighting is off on 127.0.0.1. Press ${key} to turn it back on.`;
  const onNotice = (key: string) => `Dystonia Glossary: highlighting is on again on 127.0.0.1. Press ${key} to turn it off again.`;

  it('the site switch command says on the page, in a corner and without taking focus, what it did and how to undo it', async () => {
    const helper = await openExtensionPage(ext, 'popup.html', 'body');
    await page.bringToFront();
    await page.evaluate(() => window.scrollTo(0, 0));
    const focusedBefore = await page.evaluateHandle(() => document.activeElement);
    const focusStays = () => page.evaluate((before) => document.activeElement === before, focusedBefore);
    const key = await switchSiteByCommand(helper, tabId);
    expect(key).toMatch(/H$/);
    const off = await waitForInspection(
      ext,
      page,
      (i) => i.terms.length === 0 && i.notice?.shown === true && i.notice.text === offNotice(key),
      5_000,
    );
    const notice = off.notice!;
    expect([notice.role, notice.live, notice.focusInside]).toEqual(['status', 'polite', false]);

    // Bottom-right, inside the window, above the page, with a large ×.
    const seen = await page.evaluate(
      (x, y, host) => ({
        width: document.documentElement.clientWidth,
        height: document.documentElement.clientHeight,
        onTop: document.elementFromPoint(x, y)?.hasAttribute(host) ?? false,
      }),
      notice.box.x + notice.box.width / 2,
      notice.box.y + notice.box.height / 2,
      NOTICE_HOST_ATTRIBUTE,
    );
    expect(seen.onTop).toBe(true);
    expect(await focusStays()).toBe(true);
    expect(notice.box.x).toBeGreaterThan(seen.width / 2);
    expect(notice.box.y).toBeGreaterThan(seen.height / 2);
    expect(seen.width - (notice.box.x + notice.box.width)).toBeLessThanOrEqual(32);
    expect(seen.height - (notice.box.y + notice.box.height)).toBeLessThanOrEqual(32);
    expect(notice.close!.width).toBeGreaterThanOrEqual(44);
    expect(notice.close!.height).toBeGreaterThanOrEqual(44);

    // The page sees a host with no shadow root it can open, and none of the words.
    const visible = await page.evaluate((selector) => {
      const hosts = document.querySelectorAll(selector);
      return {
        hosts: hosts.length,
        shadowRoot: hosts[0]?.shadowRoot ?? null,
        attributes: hosts[0]?.getAttributeNames().sort(),
        children: hosts[0]?.childNodes.length,
        words: document.documentElement.innerText.includes('Dystonia Glossary:'),
      };
    }, NOTICE_HOST_SELECTOR);
    expect(visible).toEqual({ hosts: 1, shadowRoot: null, attributes: [NOTICE_HOST_ATTRIBUTE, 'style'], children: 0, words: false });

    // Again: highlights back, the same notice says so, in the page's dark mode without the fade when that is asked for.
    const emulated = await page
      .emulateMediaFeatures([
        { name: 'prefers-color-scheme', value: 'dark' },
        { name: 'prefers-reduced-motion', value: 'reduce' },
      ])
      .then(
        () => true,
        (error: unknown) => (console.warn(`${browserName} cannot emulate media features here: ${String(error)}`), false),
      );
    await switchSiteByCommand(helper, tabId);
    await waitForHighlights(ext, page);
    const on = (await waitForInspection(ext, page, (i) => i.notice?.shown === true && i.notice.text === onNotice(key), 5_000)).notice!;
    if (emulated) {
      expect(luminance(on.background)).toBeLessThan(0.05);
      expect(luminance(on.color)).toBeGreaterThan(0.8);
      expect(on.animationName).toBe('none');
      await page.emulateMediaFeatures([
        { name: 'prefers-color-scheme', value: 'light' },
        { name: 'prefers-reduced-motion', value: 'no-preference' },
      ]);
      const light = (await inspectPage(ext, page)).notice!;
      expect(luminance(light.background)).toBeGreaterThan(0.9);
      expect(light.animationName).not.toBe('none');
    }
    expect(await page.$$(NOTICE_HOST_SELECTOR)).toHaveLength(1);

    // The × takes it away.
    await aimedClick(page, { x: on.close!.x + on.close!.width / 2, y: on.close!.y + on.close!.height / 2 });
    const closed = await waitForInspection(ext, page, (i) => i.notice?.shown === false, 5_000);
    expect(closed.terms.length).toBeGreaterThan(0);
    // A press on the × took no focus from where the reader had it.
    expect(await focusStays()).toBe(true);
    await focusedBefore.dispose();
    await helper.close();
  });

  it('on a page opened while its site was off, the site switch command turns it on and says so, then off again', async () => {
    const helper = await openExtensionPage(ext, 'popup.html', 'body');
    await setStorage(helper, [SETTINGS_ITEM, { ...BASELINE, disabledSites: ['127.0.0.1'] }]);
    await waitForInspection(ext, page, (i) => i.terms.length === 0, 5_000);
    const other = await ext.newPage();
    await other.goto(server.url('/surface/page.html?notice-while-off'), { waitUntil: 'load' });
    // Only the first stage is there: the background said "off", so the engine was never loaded.
    const before = await waitForInspection(ext, other, (i) => !('unanswered' in i) && !i.busy, 5_000);
    expect(before.method).toBeNull();
    expect(before.notice).toBeUndefined();
    const otherTab = await tabIdOf(other, helper);

    const key = await switchSiteByCommand(helper, otherTab);
    await waitForHighlights(ext, other);
    await waitForInspection(ext, other, (i) => i.notice?.shown === true && i.notice.text === onNotice(key), 5_000);
    await switchSiteByCommand(helper, otherTab);
    await waitForInspection(ext, other, (i) => i.terms.length === 0 && i.notice?.shown === true && i.notice.text === offNotice(key), 5_000);
    // Only the tab the command went to says anything.
    expect((await inspectPage(ext, page)).notice?.text).not.toBe(offNotice(key));
    await other.close();

    await setStorage(helper, [SETTINGS_ITEM, BASELINE]);
    await waitForHighlights(ext, page);
    await helper.close();
  });

  it('hides the badge when the setting is off', async () => {
    const popup = await openPopup();
    await popup.waitForSelector('.page-term');
    // The badge follows the page's report of its terms, a message after the popup's own answer.
    await expect.poll(() => badgeText(popup, tabId), { timeout: 5_000 }).not.toBe('');
    await setStorage(popup, [SETTINGS_ITEM, { ...BASELINE, showBadge: false }]);
    await expect.poll(() => badgeText(popup, tabId), { timeout: 5_000 }).toBe('');
    await setStorage(popup, [SETTINGS_ITEM, { ...BASELINE, showBadge: true }]);
    await expect.poll(() => badgeText(popup, tabId), { timeout: 5_000 }).not.toBe('');
    await popup.close();
  });

  it('shows the keyboard shortcuts as the browser has them, open at the foot', async () => {
    const popup = await openPopup();
    await popup.waitForSelector('.shortcuts dd', { visible: true });
    expect(await popup.$('.shortcuts details, details .shortcuts')).toBeNull();
    expect(await popup.$eval('.shortcuts h2', (h) => h.textContent)).toBe('Keyboard shortcuts');
    expect(await popup.$eval('.shortcuts .hint', (p) => p.textContent)).toMatch(/change these/);
    const shortcuts = await popup.$$eval('.shortcuts dd', (dds) =>
      dds.map((dd) => [dd.getAttribute('data-command'), dd.previousElementSibling!.textContent]),
    );
    const byCommand = Object.fromEntries(shortcuts);
    expect(byCommand['next-term']).toMatch(/G$/);
    expect(byCommand['toggle-highlighting']).toMatch(/H$/);
    expect(shortcuts.map(([name]) => name).sort()).toEqual(['next-term', 'previous-term', 'reopen-last', 'toggle-highlighting']);
    await popup.close();
  });

  it('saves a screenshot of the popup', async () => {
    const popup = await openPopup();
    await popup.waitForSelector('.page-term');
    await popup.screenshot({ path: resolve(ARTIFACTS, `popup-surface-${browserName}.png`), fullPage: true });
    await popup.close();
  });

  it.runIf(browserName === 'chromium')('context menu: "Explain “…”" opens the entry, or says it is not in the glossary', async () => {
    const worker = await (await ext.browser.waitForTarget((t) => t.type() === 'service_worker')).worker();
    // Puppeteer cannot open the native context menu; dispatching its click event runs the same handler.
    const explain = async (selectionText: string) => {
      const opened = ext.browser.waitForTarget((t) => t.url().includes('/popup.html#'), { timeout: 10_000 });
      await worker!.evaluate((text) => {
        const { chrome } = globalThis as unknown as { chrome: { contextMenus: { onClicked: { dispatch(info: object): void } } } };
        chrome.contextMenus.onClicked.dispatch({
          menuItemId: 'explain-selection',
          selectionText: text,
          editable: false,
          pageUrl: 'http://127.0.0.1/',
        });
      }, selectionText);
      const target = await opened;
      const tab = (await target.page())!;
      await tab.waitForSelector('.entry-title, .not-found-title', { timeout: 10_000 });
      return tab;
    };
    const found = await explain('Blepharospasm');
    await found.waitForSelector('.detail-view:not([hidden])');
    expect(await found.$eval('.entry-title', (h) => h.textContent)).toBe('blepharospasm');
    await found.close();

    // A phrase around a term: found by the glossary's matcher, as on a page.
    const inPhrase = await explain('She was treated with botulinum toxin injections every three months');
    await inPhrase.waitForSelector('.detail-view:not([hidden])');
    expect(await inPhrase.$eval('.entry-title', (h) => h.textContent)).toBe('botulinum toxin');
    await inPhrase.close();

    const missing = await explain('xylophone');
    expect(await missing.$eval('.not-found-title', (h) => h.textContent)).toBe('“xylophone” is not in the glossary');
    expect(await missing.$eval('.search', (i) => (i as HTMLInputElement).value)).toBe('xylophone');
    // Nothing is close: it says so, rather than pointing at matches that are not there.
    expect(await missing.$eval('.not-found-hint', (p) => p.textContent)).toBe(
      'Nothing in the glossary is close to it. You can add it as your own term in Settings.',
    );
    expect(await missing.$$('.term')).toHaveLength(0);
    await missing.close();
  });
});
