/**
 * The options page in real Chromium and Firefox: settings and custom terms survive a browser
 * restart on the same profile and reach pages (style attribute, custom term highlighted),
 * corrupted storage is reported once, and the options screenshot. Storage that must never
 * lose data (imports, refused terms, backups) is in storage-safety.e2e.test.ts.
 */
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchWithExtension, openExtensionPage, type ExtensionBrowser } from './harness/browsers';
import { pageTerms, waitForHighlights, waitForInspection } from './harness/page-helpers';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { getStorage, setStorage } from './fixtures/surface/extension-api';

const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');

describe.each(BROWSERS)('%s: options page', (browserName) => {
  let server: FixtureServer;
  let profile: string;
  let ext: ExtensionBrowser | undefined;

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    server = await startFixtureServer();
    profile = await mkdtemp(join(tmpdir(), `dg-options-${browserName}-`));
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  const openOptions = (browser: ExtensionBrowser) => openExtensionPage(browser, 'options.html', '.settings-form');
  const setField = async (options: Page, selector: string, value: string) => {
    await options.$eval(selector, (el) => ((el as HTMLInputElement).value = ''));
    await options.type(selector, value);
  };

  it('keeps settings and custom terms across a browser restart, and pages use them', async () => {
    ext = await launchWithExtension(browserName, { userDataDir: profile });
    const options = await openOptions(ext);
    await options.click('input[name="highlightStyle"][value="both"]');
    await setField(options, '#field-popoverFontSizePx', '22');
    await options.keyboard.press('Tab');
    await setField(options, '#custom-term', 'Zorvatrel');
    await setField(options, '#custom-short', 'A made-up medicine name used to test your own terms.');
    await options.click('.custom-term-form button[type="submit"]');
    await options.waitForSelector('.custom-terms li[data-entry-id]');
    // The id is opaque (custom-<random>, security review H1): read it from the list.
    const id = await options.$eval('.custom-terms li[data-entry-id]', (li) => li.getAttribute('data-entry-id')!);
    expect(id).toMatch(/^custom-[a-z0-9]{12}$/);
    await options.waitForFunction(() => document.querySelector('.saved')?.textContent !== '');
    await options.setViewport({ width: 820, height: 1180 });
    await options.evaluate(() => window.scrollTo(0, 0));
    await options.screenshot({ path: resolve(ARTIFACTS, `options-${browserName}.png`) });
    await ext.close();

    ext = await launchWithExtension(browserName, { userDataDir: profile });
    const reopened = await openOptions(ext);
    expect(await reopened.$eval('input[name="highlightStyle"][value="both"]', (i) => (i as HTMLInputElement).checked)).toBe(true);
    expect(await reopened.$eval('#field-popoverFontSizePx', (i) => (i as HTMLInputElement).value)).toBe('22');
    expect(await reopened.$$eval('.custom-terms li', (lis) => lis.map((li) => li.getAttribute('data-entry-id')))).toEqual([id]);

    const page = await ext.newPage();
    await page.goto(server.url('/surface/page.html'), { waitUntil: 'load' });
    await waitForHighlights(ext, page);
    const custom = await waitForInspection(ext, page, (i) => i.terms.some((t) => t.entryId === id));
    expect(custom.terms.filter((t) => t.entryId === id).map((t) => t.text)).toEqual(['Zorvatrel']);
    expect(await page.$eval('html', (html) => html.getAttribute('data-glossary-style'))).toBe('both');

    // Removing the custom term takes it off the open page.
    await reopened.bringToFront();
    await reopened.click(`.custom-terms li[data-entry-id="${id}"] .remove`);
    await waitForInspection(ext, page, (i) => i.terms.length > 0 && !i.terms.some((t) => t.entryId === id));
    expect((await pageTerms(ext, page)).some((t) => t.entryId === id)).toBe(false);
    await ext.close();
    ext = undefined;
  });

  it('reports corrupted stored settings once, then repairs them', async () => {
    ext = await launchWithExtension(browserName);
    const first = await openOptions(ext);
    await setStorage(first, 'sync', { settings: { highlightStyle: 'sparkles', hoverRestMs: 'slow', popoverFontSizePx: 18 } });
    await first.close();

    const options = await openOptions(ext);
    await options.waitForSelector('.storage-report');
    const report = await options.$eval('.storage-report', (el) => el.textContent ?? '');
    expect(report).toContain('highlightStyle');
    expect(report).toContain('hoverRestMs');
    expect(report).not.toContain('popoverFontSizePx');
    // The good value is kept, the bad ones are back to their defaults.
    expect(await options.$eval('input[name="highlightStyle"][value="underline"]', (i) => (i as HTMLInputElement).checked)).toBe(true);
    expect(await options.$eval('#field-popoverFontSizePx', (i) => (i as HTMLInputElement).value)).toBe('18');
    await expect.poll(() => getStorage(options, 'sync', 'settings').then((s) => (s as { highlightStyle?: string } | undefined)?.highlightStyle)).toBe('underline');
    await options.close();

    const again = await openOptions(ext);
    expect(await again.$('.storage-report')).toBeNull();
    await ext.close();
    ext = undefined;
  });
});
