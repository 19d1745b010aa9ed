/**
 * Framework safety: a React app (React from node_modules, bundled here with esbuild and
 * served from 127.0.0.1) updates and conditionally removes text the extension has
 * highlighted. React still holds the text nodes the marks split; the engine must heal so
 * the visible text is exactly what React rendered, with no page errors.
 */
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './harness/browsers';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';
import { BROWSER_METHODS, EVERY_OCCURRENCE } from './harness/suite';
import { highlightPasses, storeSettings, waitForPasses } from './harness/page-helpers';
import { highlightCounts } from './harness/page-helpers';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from './harness/server';

interface ReactFixture {
  __setStep(n: number): void;
  __expectedText(n: number): string;
  __steps: number;
}

async function buildFixture(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dg-react-fixture-'));
  await cp(join(FIXTURES_DIR, 'engine/react.html'), join(dir, 'react.html'));
  const result = await build({
    entryPoints: [join(FIXTURES_DIR, 'engine/react-app.jsx')],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'automatic',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  await writeFile(join(dir, 'react-app.js'), result.outputFiles[0]!.text);
  return dir;
}

describe.each(BROWSER_METHODS)('%s, %s highlights: React page', (browserName, method) => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer(await buildFixture());
    ext = await launchWithExtension(browserName);
    // Healing is checked highlight by highlight: every occurrence is drawn (as in the engine suites).
    await storeSettings(ext, { ...DEFAULT_SETTINGS, ...EVERY_OCCURRENCE, highlightMethod: method });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  const passes = (page: Page) => highlightPasses(ext, page);
  const rootText = (page: Page) => page.$eval('#root', (el) => el.textContent);

  it("heals highlights React rewrites or removes: text identical to React's, no page errors", async () => {
    const page = await ext.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(server.url('/react.html'), { waitUntil: 'load' });
    await waitForPasses(ext, page);
    const steps = await page.evaluate(() => (window as unknown as ReactFixture).__steps);
    expect(await highlightCounts(ext, page, '#root')).toMatchObject({
      'cervical-dystonia': 1,
      'botulinum-toxin': 1,
      putamen: 2,
      'globus-pallidus': 1,
    });

    for (const step of [1, 2, 3, 0, 2]) {
      expect(step).toBeLessThan(steps);
      const before = await passes(page);
      await page.evaluate((n) => (window as unknown as ReactFixture).__setStep(n), step);
      await waitForPasses(ext, page, before);
      const expected = await page.evaluate((n) => (window as unknown as ReactFixture).__expectedText(n), step);
      expect(await rootText(page)).toBe(expected);
      // What is on screen (innerText) reads the same: no stale fragments anywhere.
      expect((await page.$eval('#root', (el) => (el as HTMLElement).innerText)).replace(/\s+/g, '')).toBe(expected.replace(/\s+/g, ''));
    }
    // The last step (2) still has highlightable text, and it is highlighted again.
    expect(await highlightCounts(ext, page, '#root')).toEqual({ 'basal-ganglia': 2, 'cervical-dystonia': 2 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
