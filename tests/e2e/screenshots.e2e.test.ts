/**
 * Screenshots of what users see, saved as test artifacts (tests/e2e/artifacts/) in each
 * browser, with the default (painted) highlights; the Chromium ones are copied into docs/
 * for the README.
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchWithExtension, openExtensionPage, type ExtensionBrowser } from './harness/browsers';
import { clickTerm, popoverState, scrollTermIntoView, waitForHighlights, waitForPopover, waitForPopoverSettled } from './harness/page-helpers';
import { startFixtureServer, type FixtureServer } from './harness/server';

export const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');

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
    await page.close();
  });

  it('the toolbar popup', async () => {
    const page = await openExtensionPage(ext, 'popup.html', '.term');
    await page.setViewport({ width: 400, height: 600 });
    await page.screenshot({ path: resolve(ARTIFACTS, `popup-${browserName}.png`) });
    await page.close();
  });
});
