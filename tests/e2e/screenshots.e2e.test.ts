/**
 * Screenshots of what users see, saved as test artifacts (tests/e2e/artifacts/) in each
 * browser, with the default (painted) highlights; with DG_UPDATE_DOCS=1 the Chromium ones
 * are also written into docs/ for the README and docs/store/ for the store listing.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchWithExtension, openExtensionPage, type ExtensionBrowser } from './harness/browsers';
import {
  clickTerm,
  popoverState,
  scrollTermIntoView,
  waitForHighlights,
  waitForPopover,
  waitForPopoverSettled,
} from './harness/page-helpers';
import { startFixtureServer, type FixtureServer } from './harness/server';

export const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');
const DOCS = resolve(import.meta.dirname, '../../docs');
/** DG_UPDATE_DOCS=1: the Chromium pictures also go where the README and the store listing use them. */
const UPDATE_DOCS = process.env.DG_UPDATE_DOCS === '1';

describe.each(BROWSERS)('%s: screenshots', (browserName) => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    server = await startFixtureServer(resolve(import.meta.dirname, '../../demo'));
    ext = await launchWithExtension(browserName);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('the demo article with a pinned popover', async () => {
    const page = await ext.newPage();
    await page.goto(server.url('/dystonia-article.html'));
    await waitForHighlights(ext, page);
    await scrollTermIntoView(ext, page, 'putamen');
    await clickTerm(ext, page, 'putamen');
    await waitForPopover(ext, page, true);
    expect((await popoverState(ext, page)).name).toBe('putamen');
    // Placed, and past its 120 ms fade-in (popover.css): the picture shows it as users read it.
    await waitForPopoverSettled(ext, page);
    await new Promise((r) => setTimeout(r, 300));
    await page.screenshot({ path: resolve(ARTIFACTS, `popover-${browserName}.png`) });
    if (UPDATE_DOCS && browserName === 'chromium') {
      await page.screenshot({ path: resolve(DOCS, 'screenshot-popover.png') });
      // The stores take 1280×800.
      await page.screenshot({ path: resolve(DOCS, 'store', 'screenshot-popover.png'), clip: { x: 0, y: 0, width: 1280, height: 800 } });
    }
    await page.close();
  });

  it('the toolbar popup', async () => {
    const page = await openExtensionPage(ext, 'popup.html', '.term');
    await page.setViewport({ width: 400, height: 600 });
    await page.screenshot({ path: resolve(ARTIFACTS, `popup-${browserName}.png`) });
    await page.close();
  });
});
