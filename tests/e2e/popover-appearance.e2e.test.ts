/**
 * The popover looks right wherever it lands, in real Chromium and Firefox (with the default,
 * painted highlights: none of this depends on how terms are drawn): a hostile page
 * stylesheet, a strict CSP (`style-src 'none'`), 200% zoom, a 360 px wide window, dark
 * mode from the OS, reduced motion. Screenshots of the hostile and CSP pages are saved as
 * test artifacts in tests/e2e/artifacts/.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { GLOSSARY } from '../../src/glossary';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';
import { BROWSERS, launchWithExtension, type ExtensionBrowser } from './harness/browsers';
import {
  clickTerm,
  contrastRatio,
  inspectPage,
  luminance,
  popoverLayout,
  popoverState,
  scrollTermIntoView,
  storeSettings,
  waitForHighlights,
  waitForInspection,
  waitForPopover,
  waitForPopoverSettled,
  type PopoverLayout,
} from './harness/page-helpers';
import { startFixtureServer, type FixtureServer } from './harness/server';

const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');
const entry = (id: string) => GLOSSARY.find((e) => e.id === id)!;
/** How this suite's pages draw highlights: the default. */
const METHOD = DEFAULT_SETTINGS.highlightMethod;

/** What "a readable popover" means: on top, inside the viewport, normal-sized text with contrast, a big close button. */
function expectReadable(layout: PopoverLayout): void {
  expect(layout.onTop).toBe(true);
  expect(layout.box.width).toBeGreaterThan(200);
  expect(layout.box.height).toBeGreaterThan(100);
  expect(layout.box.left).toBeGreaterThanOrEqual(0);
  expect(layout.box.top).toBeGreaterThanOrEqual(0);
  expect(layout.box.right).toBeLessThanOrEqual(layout.viewport.width);
  expect(layout.box.bottom).toBeLessThanOrEqual(layout.viewport.height);
  expect(layout.fontSizePx).toBeGreaterThanOrEqual(16);
  expect(layout.titleFontSizePx).toBeGreaterThan(layout.fontSizePx);
  expect(contrastRatio(layout.color, layout.background)).toBeGreaterThanOrEqual(7);
  expect(layout.closeButton.width).toBeGreaterThanOrEqual(44);
  expect(layout.closeButton.height).toBeGreaterThanOrEqual(44);
}

describe.each(BROWSERS)('%s: popover appearance', (browserName) => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    server = await startFixtureServer(undefined, {
      '/popover/strict-csp.html': { 'content-security-policy': "default-src 'none'; style-src 'none'" },
    });
    ext = await launchWithExtension(browserName);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  async function open(path: string, viewport?: { width: number; height: number; deviceScaleFactor?: number }): Promise<Page> {
    const page = await ext.newPage();
    if (viewport) await page.setViewport(viewport);
    await page.goto(server.url(path), { waitUntil: 'load' });
    await waitForHighlights(ext, page);
    expect((await inspectPage(ext, page)).method).toBe(METHOD);
    return page;
  }

  async function pin(page: Page, id: string): Promise<void> {
    await scrollTermIntoView(ext, page, id);
    await clickTerm(ext, page, id);
    await waitForPopoverSettled(ext, page);
    expect((await popoverState(ext, page)).name).toBe(entry(id).term);
  }

  /** Pins each term's popover in turn and checks it is readable and inside the viewport. */
  async function expectReadableOn(page: Page, ids: string[]): Promise<void> {
    for (const id of ids) {
      await pin(page, id);
      expectReadable(await popoverLayout(ext, page));
      await page.keyboard.press('Escape');
      await waitForPopover(ext, page, false);
      await page.mouse.move(1, 1);
    }
  }

  it('renders a readable popover on a hostile page (all: unset !important, font-size: 0, max z-index overlays, rules aimed at the host)', async () => {
    const page = await open('/popover/hostile.html');
    await pin(page, 'putamen');
    const layout = await popoverLayout(ext, page);
    expectReadable(layout);
    expect((await popoverState(ext, page)).text).toContain(entry('putamen').short);
    await page.screenshot({ path: resolve(ARTIFACTS, `popover-hostile-${browserName}.png`) });
    await page.close();
  });

  it('renders a readable popover under a strict CSP (style-src none)', async () => {
    const page = await open('/popover/strict-csp.html');
    // The CSP is in force: the page's own <style> is blocked.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(255, 0, 0)');
    await pin(page, 'botulinum-toxin');
    expectReadable(await popoverLayout(ext, page));
    await page.screenshot({ path: resolve(ARTIFACTS, `popover-csp-${browserName}.png`) });
    await page.close();
  });

  it('stays within the viewport at 200% zoom (half the CSS width, twice the pixel density)', async () => {
    const page = await open('/popover/interaction.html', { width: 640, height: 450, deviceScaleFactor: 2 });
    await expectReadableOn(page, ['deep-brain-stimulation', 'writers-cramp']);
    await page.close();
  });

  // Issue #14: at 400% zoom the explanation's top (the term and ×) was above the window.
  it('at 400% zoom (a 1280×900 window: 320×225 CSS px) the whole explanation is on screen, its header and × included', async () => {
    const page = await open('/popover/interaction.html', { width: 320, height: 225, deviceScaleFactor: 4 });
    for (const id of ['putamen', 'deep-brain-stimulation', 'writers-cramp']) {
      await pin(page, id);
      const p = (await inspectPage(ext, page, ['.dg-close', '.dg-title'])).popover!;
      for (const part of [p.box, p.found['.dg-close']!, p.found['.dg-title']!]) {
        expect(part.y, `${id}: ${JSON.stringify(part)}`).toBeGreaterThanOrEqual(0);
        expect(part.x).toBeGreaterThanOrEqual(0);
        expect(part.y + part.height).toBeLessThanOrEqual(225);
        expect(part.x + part.width).toBeLessThanOrEqual(320);
      }
      expect(p.found['.dg-close']!.height).toBeGreaterThanOrEqual(44);
      await page.keyboard.press('Escape');
      await waitForPopover(ext, page, false);
      await page.mouse.move(1, 1);
    }
    await page.close();
  });

  it('stays within the viewport of a 360 px wide window', async () => {
    const page = await open('/popover/interaction.html', { width: 360, height: 640 });
    await expectReadableOn(page, ['deep-brain-stimulation', 'putamen', 'writers-cramp']);
    await page.close();
  });

  it('follows the OS colour scheme, and leaves out the fade when reduced motion is asked for', async (ctx) => {
    const page = await open('/popover/interaction.html');
    try {
      await page.emulateMediaFeatures([
        { name: 'prefers-color-scheme', value: 'dark' },
        { name: 'prefers-reduced-motion', value: 'reduce' },
      ]);
    } catch (error) {
      await page.close();
      ctx.skip(`${browserName} cannot emulate media features here: ${String(error)}`);
    }
    await pin(page, 'putamen');
    let layout = await popoverLayout(ext, page);
    expect(luminance(layout.background)).toBeLessThan(0.05);
    expect(layout.animationName).toBe('none');
    expectReadable(layout);
    await page.keyboard.press('Escape');
    await waitForPopover(ext, page, false);

    await page.emulateMediaFeatures([
      { name: 'prefers-color-scheme', value: 'light' },
      { name: 'prefers-reduced-motion', value: 'no-preference' },
    ]);
    await pin(page, 'putamen');
    layout = await popoverLayout(ext, page);
    expect(luminance(layout.background)).toBeGreaterThan(0.9);
    expect(layout.animationName).not.toBe('none');
    await page.close();
  });

  it('applies the theme override and the largest font size (24 px) from the settings, still inside a 360 px window', async () => {
    const page = await open('/popover/interaction.html', { width: 360, height: 640 });
    await storeSettings(ext, { ...DEFAULT_SETTINGS, highlightMethod: METHOD, theme: 'dark', popoverFontSizePx: 24 });
    await page.bringToFront();
    await pin(page, 'putamen');
    await waitForInspection(ext, page, (i) => i.popover?.open === true && i.popover.theme === 'dark');
    const layout = await popoverLayout(ext, page);
    expect(layout.theme).toBe('dark');
    expect(luminance(layout.background)).toBeLessThan(0.05);
    expect(layout.fontSizePx).toBe(24);
    expectReadable(layout);
    await page.screenshot({ path: resolve(ARTIFACTS, `popover-dark-24px-360-${browserName}.png`) });
    await storeSettings(ext, { ...DEFAULT_SETTINGS, highlightMethod: METHOD });
    await page.close();
  });
});
