/**
 * axe-core's automated WCAG 2.x A/AA checks on the open explanation, in real Chromium and
 * Firefox (issue #14): pinned on a term with an Important block, after a related term (Back
 * shown), in the dark theme, and docked. 0 serious or critical violations; every violation
 * found is printed, whatever its impact.
 *
 * axe reads only open shadow roots, and the shipped popover's is closed (pages must not read
 * it), so this file builds the extension once more with `WXT_DG_OPEN_SHADOW=1` into
 * `.output-axe/`: the same code and styles, the root's mode the only difference
 * (entrypoints/content-engine.ts). With the root open the test also sees what Tab focuses
 * inside it: only named controls (Firefox once gave the scrolling body an extra, unnamed stop).
 */
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { GLOSSARY, safetyNotes } from '../../src/glossary';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';
import { BROWSERS, launchWithExtension, type BrowserName, type ExtensionBrowser } from './harness/browsers';
import {
  clickInPopover,
  clickTerm,
  popoverState,
  waitForInspection,
  storeSettings,
  waitForHighlights,
  waitForPopover,
  waitForPopoverSettled,
  waitForPopoverTitle,
} from './harness/page-helpers';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { runAxe, type AxeFinding } from './harness/axe';
import { POPOVER_HOST_SELECTOR } from '../../src/contracts/dom';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT_DIR = join(ROOT, '.output-axe');
const DIRS: Record<BrowserName, string> = { chromium: join(OUT_DIR, 'chrome-mv3'), firefox: join(OUT_DIR, 'firefox-mv2') };
const WXT_BROWSER: Record<BrowserName, string> = { chromium: 'chrome', firefox: 'firefox' };
const entry = (id: string) => GLOSSARY.find((e) => e.id === id)!;

/** axe on the popover's host and everything in its shadow root; also how many checked nodes were inside the root. */
async function axeOnPopover(page: Page): Promise<{ violations: AxeFinding[]; checkedInside: number }> {
  const { violations, checkedInShadow } = await runAxe(page, POPOVER_HOST_SELECTOR);
  return { violations, checkedInside: checkedInShadow };
}

describe.each(BROWSERS)('%s: the open explanation passes axe-core', (browserName) => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  let page: Page;

  beforeAll(async () => {
    execFileSync('npx', ['wxt', 'build', '-b', WXT_BROWSER[browserName]], {
      cwd: ROOT,
      env: { ...process.env, DG_OUT_DIR: OUT_DIR, WXT_DG_OPEN_SHADOW: '1' },
      stdio: 'pipe',
    });
    server = await startFixtureServer();
    ext = await launchWithExtension(browserName, { extensionDir: DIRS[browserName] });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  async function openPinned(id: string): Promise<void> {
    await page?.close();
    page = await ext.newPage();
    await page.goto(server.url('/popover/interaction.html'), { waitUntil: 'load' });
    await waitForHighlights(ext, page);
    await clickTerm(ext, page, id);
    await waitForPopoverTitle(ext, page, entry(id).term);
    await waitForPopoverSettled(ext, page);
  }

  async function expectNoSeriousViolations(state: string): Promise<void> {
    const { violations, checkedInside } = await axeOnPopover(page);
    for (const v of violations) console.log(`[${browserName}, ${state}] axe ${v.impact}: ${v.id} (${v.help})\n  ${v.nodes.join('\n  ')}`);
    expect(checkedInside, 'axe looked inside the popover').toBeGreaterThan(10);
    expect(
      violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.join('; ')}`),
    ).toEqual([]);
  }

  it('pinned on a term with an Important block, and after a related term (Back shown)', async () => {
    const id = 'botulinum-toxin';
    expect(safetyNotes(entry(id), entry).length, 'the entry has safety notes').toBeGreaterThan(0);
    await openPinned(id);
    expect((await popoverState(ext, page)).pinned).toBe(true);
    await expectNoSeriousViolations(`pinned ${id}`);
    // Into view in the explanation's scrolling area first (the root is open in this build).
    await page.evaluate(
      (selector) =>
        document
          .querySelector(selector)!
          .shadowRoot!.querySelector('.dg-related-term')!
          .scrollIntoView({ block: 'center', behavior: 'instant' }),
      POPOVER_HOST_SELECTOR,
    );
    await clickInPopover(ext, page, '.dg-related-term');
    await waitForInspection(ext, page, (i) => i.popover?.open === true && i.popover.name !== entry(id).term);
    await waitForPopoverSettled(ext, page);
    await expectNoSeriousViolations('related term');
  });

  it('in the dark theme, and docked', async () => {
    await storeSettings(ext, { ...DEFAULT_SETTINGS, theme: 'dark', explanationPlacement: 'docked' });
    try {
      await openPinned('putamen');
      await expectNoSeriousViolations('dark, docked');
    } finally {
      await storeSettings(ext, DEFAULT_SETTINGS);
    }
  });

  it('Tab inside the explanation stops only on named controls', async () => {
    await openPinned('putamen');
    await page.keyboard.press('Tab');
    const stops: string[] = [];
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      stops.push(
        await page.evaluate((selector) => {
          const active = document.querySelector(selector)?.shadowRoot?.activeElement as HTMLElement | null | undefined;
          if (!active) return 'outside the popover';
          const name = active.getAttribute('aria-label') ?? active.textContent?.trim() ?? '';
          return `${active.tagName.toLowerCase()} "${name}"`;
        }, POPOVER_HOST_SELECTOR),
      );
    }
    for (const stop of stops) expect(stop).toMatch(/^(button|a) "[^"]+"$/);
    expect((await popoverState(ext, page)).open).toBe(true);
    await page.keyboard.press('Escape');
    await waitForPopover(ext, page, false);
  });
});
