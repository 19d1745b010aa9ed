/**
 * The extension's own pages (issue #15), in real Chromium and Firefox: the welcome page the
 * extension opens on install (how to open an explanation, live practice terms, the reading
 * density, calibration), and axe-core's WCAG 2.x A/AA checks on the welcome page, the popup and
 * Options in light and dark: 0 serious or critical violations (every violation found is
 * printed, whatever its impact). Screenshots of each, light and dark, go to tests/e2e/artifacts/;
 * with DG_UPDATE_DOCS=1 the Chromium ones are also written where the README and the store
 * listing use them (docs/, docs/store/).
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, launchWithExtension, openExtensionPage, pageAddress, welcomeTab, type ExtensionBrowser } from './harness/browsers';
import { runAxe } from './harness/axe';
import { clickTerm, highlightCounts, popoverState, scrollTermIntoView, waitForInspection, waitForPopover } from './harness/page-helpers';
import { getStorage } from './fixtures/surface/extension-api';
import { SETTINGS_ITEM } from '../../src/contracts/storage';

const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');
const DOCS = resolve(import.meta.dirname, '../../docs');
const UPDATE_DOCS = process.env.DG_UPDATE_DOCS === '1';

/** The settings as stored, read from an extension page. */
const storedSettings = async (page: Page) => ((await getStorage(page, SETTINGS_ITEM)) ?? {}) as Record<string, unknown>;

describe.each(BROWSERS)('%s: the welcome page, popup and options', (browserName) => {
  let ext: ExtensionBrowser;
  let welcome: Page;

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    ext = await launchWithExtension(browserName, { keepWelcome: true, viewport: { width: 1280, height: 800 } });
    welcome = await welcomeTab(ext.browser);
    await welcome.setViewport({ width: 1280, height: 800 });
    await welcome.waitForSelector('.calibration-start');
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('opens once on install, with live terms in the practice text only, once in each section', async () => {
    const addresses = await Promise.all((await ext.browser.pages()).map(pageAddress));
    expect(addresses.filter((a) => a.endsWith('/welcome.html'))).toHaveLength(1);
    const inspection = await waitForInspection(ext, welcome, (i) => i.terms.length >= 8);
    const all = await highlightCounts(ext, welcome);
    // Everything highlighted lies in the practice text; the instructions around it are left alone.
    expect(await highlightCounts(ext, welcome, '#practice')).toEqual(all);
    expect(all).toMatchObject({
      'cervical-dystonia': 2,
      'botulinum-toxin': 1,
      anticholinergic: 1,
      trihexyphenidyl: 1,
      'deep-brain-stimulation': 1,
      'globus-pallidus': 1,
    });
    expect(await highlightCounts(ext, welcome, '#practice h3')).toEqual({});
    expect(inspection.method).toBe('paint');
  });

  it('a click on a practice term pins its explanation, and Esc closes it', async () => {
    await welcome.bringToFront();
    await scrollTermIntoView(ext, welcome, 'botulinum-toxin');
    await clickTerm(ext, welcome, 'botulinum-toxin');
    await waitForPopover(ext, welcome, true);
    expect(await popoverState(ext, welcome)).toMatchObject({ name: 'botulinum toxin', pinned: true });
    await welcome.keyboard.press('Escape');
    await waitForPopover(ext, welcome, false);
  });

  it('the density chosen here is saved and the practice text follows it', async () => {
    await welcome.click('input[name="readingDensity"][value="every"]');
    await welcome.waitForFunction(() => document.querySelector<HTMLInputElement>('input[value="every"]')?.checked);
    await waitForInspection(ext, welcome, (i) => i.terms.filter((t) => t.entryId === 'cervical-dystonia').length === 3);
    expect((await storedSettings(welcome)).readingDensity).toBe('every');
    expect(await highlightCounts(ext, welcome, '#practice h3')).toEqual({ 'cervical-dystonia': 1 });
    await welcome.click('input[name="readingDensity"][value="section"]');
    await waitForInspection(ext, welcome, (i) => i.terms.filter((t) => t.entryId === 'cervical-dystonia').length === 2);
    expect((await storedSettings(welcome)).readingDensity).toBe('section');
  });

  it('offers calibration, the shortcuts and the privacy statement; the popup and Options link to it', async () => {
    expect(await welcome.$eval('.calibration-start', (b) => b.textContent)).toBeTruthy();
    expect(await welcome.$$eval('#shortcuts dd', (dds) => dds.length)).toBe(4);
    expect(await welcome.$eval('#privacy', (p) => p.textContent)).toMatch(/no network requests/i);
    const popup = await openExtensionPage(ext, 'popup.html', '.open-welcome');
    expect(await popup.$eval('.open-welcome', (b) => b.textContent)).toBe('How it works');
    await popup.close();
    const options = await openExtensionPage(ext, 'options.html', '.settings-form');
    expect(await options.$eval('a.open-welcome', (a) => a.getAttribute('href'))).toBe('/welcome.html');
    await options.close();
  });

  /**
   * The pages in a colour scheme: Chromium emulates it page by page; Firefox cannot (BiDi), so
   * its dark pages come from a second Firefox started with a dark system theme.
   */
  async function pagesIn(scheme: 'light' | 'dark'): Promise<{ pages: Array<[string, Page]>; done(): Promise<void> }> {
    const darkFirefox =
      browserName === 'firefox' && scheme === 'dark'
        ? await launchWithExtension('firefox', { colorScheme: 'dark', viewport: { width: 1280, height: 800 } })
        : null;
    const where = darkFirefox ?? ext;
    const pages: Array<[string, Page]> = [
      ['welcome', darkFirefox ? await openExtensionPage(where, 'welcome.html', '.calibration-start') : welcome],
      ['popup', await openExtensionPage(where, 'popup.html', '.term')],
      ['options', await openExtensionPage(where, 'options.html', '.settings-form')],
    ];
    if (browserName === 'chromium')
      for (const [, page] of pages) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    return {
      pages,
      async done() {
        for (const [, page] of pages) if (page !== welcome) await page.close();
        if (browserName === 'chromium') await welcome.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
        await darkFirefox?.close();
      },
    };
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`welcome, popup and options pass axe-core in the ${scheme} scheme (0 serious or critical)`, async () => {
      const { pages, done } = await pagesIn(scheme);
      const serious: string[] = [];
      try {
        for (const [name, page] of pages) {
          // axe waits on animation frames, which a tab in the background never gets.
          await page.bringToFront();
          if (name === 'popup') await page.setViewport({ width: 400, height: 600 });
          await page.evaluate(() => window.scrollTo(0, 0));
          // The scheme took: a dark page has a dark background (the test would otherwise check light twice).
          const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          const [r = 0, g = 0, b = 0] = background.match(/\d+/g)!.map(Number);
          expect((r + g + b) / 3, `${name} background ${background}`)[scheme === 'dark' ? 'toBeLessThan' : 'toBeGreaterThan'](128);
          const { violations, passed } = await runAxe(page);
          expect(passed, `axe checks passed on ${name}`).toBeGreaterThan(15);
          for (const v of violations)
            console.log(`[${browserName}, ${name}, ${scheme}] axe ${v.impact}: ${v.id} (${v.help})\n  ${v.nodes.join('\n  ')}`);
          serious.push(...violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${name}: ${v.id}`));
          await page.screenshot({ path: resolve(ARTIFACTS, `${name}-${scheme}-${browserName}.png`) });
          if (UPDATE_DOCS && browserName === 'chromium') {
            await page.screenshot({ path: resolve(DOCS, `screenshot-${name}-${scheme}.png`) });
            if (scheme === 'light' && name !== 'popup') await page.screenshot({ path: resolve(DOCS, 'store', `screenshot-${name}.png`) });
          }
        }
      } finally {
        await done();
      }
      expect(serious).toEqual([]);
    });
  }
});
