/**
 * Server-rendered React 19 pages hydrate without errors with the extension (issue #12,
 * security review H5): the HTML is rendered in Node with react-dom/server, and the page calls
 * `hydrateRoot` at three timings, counting `onRecoverableError`. In elements mode the page is
 * painted anyway when it carries a framework's marker (`#__next` here); painted highlights
 * need no marker at all.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';
import { launchWithExtension, type ExtensionBrowser } from './harness/browsers';
import { storeSettings, termsIn, waitForHighlightingIdle, waitForInspection } from './harness/page-helpers';
import { BROWSER_METHODS } from './harness/suite';
import { FIXTURES_DIR, startFixtureServer, type FixtureServer } from './harness/server';

// React has no types in this project (it is only a fixture's dependency).
const require = createRequire(import.meta.url);
const { createElement } = require('react') as { createElement(type: unknown): unknown };
const { renderToString } = require('react-dom/server') as { renderToString(element: unknown): string };

async function buildFixture(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dg-hydration-'));
  const client = await build({
    entryPoints: [join(FIXTURES_DIR, 'engine/hydration-client.js')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  await writeFile(join(dir, 'hydrate.js'), client.outputFiles[0]!.text);
  const { App } = (await import(pathToFileURL(join(FIXTURES_DIR, 'engine/hydration-app.js')).href)) as { App: unknown };
  const html = renderToString(createElement(App));
  for (const root of ['root', '__next']) {
    await writeFile(
      join(dir, `${root}.html`),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>SSR</title><script defer src="hydrate.js"></script></head><body><div id="${root}">${html}</div></body></html>`,
    );
  }
  return dir;
}

const TIMINGS = ['defer', 'timeout', 'late'] as const;

describe.each(BROWSER_METHODS)('%s, %s highlights: server-rendered React', (browserName, method) => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer(await buildFixture());
    ext = await launchWithExtension(browserName);
    if (method !== DEFAULT_SETTINGS.highlightMethod) await storeSettings(ext, { ...DEFAULT_SETTINGS, highlightMethod: method });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  // Painted highlights leave any root alone; elements mode recognises a framework's root.
  const roots = method === 'paint' ? ['root', '__next'] : ['__next'];
  for (const root of roots) {
    it.each(TIMINGS)(
      `#${root}: hydrateRoot (%s) reports no recoverable error, and the page stays highlighted and alive`,
      async (timing) => {
        const page: Page = await ext.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        page.on('console', (m) => {
          if (m.type() === 'error') errors.push(m.text());
        });
        await page.bringToFront();
        await page.goto(server.url(`/${root}.html?timing=${timing}&root=${root}`), { waitUntil: 'load' });
        await page.waitForFunction(() => (window as unknown as { __hydrated?: boolean }).__hydrated === true, { timeout: 10_000 });
        await waitForHighlightingIdle(ext, page);
        expect(await page.evaluate(() => (window as unknown as { __hydrationErrors: string[] }).__hydrationErrors)).toEqual([]);
        expect(errors).toEqual([]);
        expect((await termsIn(ext, page, `#${root}`)).map((t) => t.entryId)).toEqual(
          expect.arrayContaining(['cervical-dystonia', 'botulinum-toxin', 'putamen', 'globus-pallidus']),
        );
        // React still owns its DOM: an update renders, and what it adds is highlighted.
        await page.click('#more');
        await page.waitForSelector('#after');
        expect(await page.$eval('#more', (b) => b.textContent)).toBe('Clicked 1 times');
        await waitForInspection(ext, page, (i) => i.terms.some((t) => t.entryId === 'deep-brain-stimulation'));
        await page.close();
      },
    );
  }
});
