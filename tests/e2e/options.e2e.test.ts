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
import { SETTINGS_ITEM } from '../../src/contracts/storage';
import { getStorage, setStorage } from './fixtures/surface/extension-api';
import { sinus, type TremorOffset } from '../support/tremor-traces';
import { STYLE_ATTRIBUTE } from '../../src/contracts/dom';

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
    expect(await reopened.$eval('input[name="highlightStyle"][value="both"]', (i) => i.checked)).toBe(true);
    expect(await reopened.$eval('#field-popoverFontSizePx', (i) => (i as HTMLInputElement).value)).toBe('22');
    expect(await reopened.$$eval('.custom-terms li', (lis) => lis.map((li) => li.getAttribute('data-entry-id')))).toEqual([id]);

    const page = await ext.newPage();
    await page.goto(server.url('/surface/page.html'), { waitUntil: 'load' });
    await waitForHighlights(ext, page);
    const custom = await waitForInspection(ext, page, (i) => i.terms.some((t) => t.entryId === id));
    expect(custom.terms.filter((t) => t.entryId === id).map((t) => t.text)).toEqual(['Zorvatrel']);
    expect(await page.$eval('html', (html, name) => html.getAttribute(name), STYLE_ATTRIBUTE)).toBe('both');

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
    await setStorage(first, [SETTINGS_ITEM, { highlightStyle: 'sparkles', hoverRestMs: 'slow', popoverFontSizePx: 18 }]);
    await first.close();

    const options = await openOptions(ext);
    await options.waitForSelector('.storage-report');
    const report = await options.$eval('.storage-report', (el) => el.textContent ?? '');
    expect(report).toContain('highlightStyle');
    expect(report).toContain('hoverRestMs');
    expect(report).not.toContain('popoverFontSizePx');
    // The good value is kept, the bad ones are back to their defaults.
    expect(await options.$eval('input[name="highlightStyle"][value="underline"]', (i) => i.checked)).toBe(true);
    expect(await options.$eval('#field-popoverFontSizePx', (i) => (i as HTMLInputElement).value)).toBe('18');
    await expect
      .poll(() => getStorage(options, SETTINGS_ITEM).then((s) => (s as { highlightStyle?: string } | undefined)?.highlightStyle))
      .toBe('underline');
    await options.close();

    const again = await openOptions(ext);
    expect(await again.$('.storage-report')).toBeNull();
    await ext.close();
    ext = undefined;
  });

  /**
   * Rests the real pointer on the calibration target with the trace, a move per 60 Hz frame,
   * until the page says this rest is done (as the page asks a user to), then moves it off.
   */
  const restOnTarget = async (options: Page, trace: TremorOffset, n: number) => {
    const box = (await (await options.$('.calibration-target'))!.boundingBox())!;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const restDone = () =>
      options.$eval(
        '.calibration',
        (section, rest) =>
          !/Measuring rest/.test(section.querySelector('.calibration-status')!.textContent) &&
          (section.querySelector('.calibration-status')!.textContent.startsWith(`Rest ${rest + 2} `) ||
            section.querySelector('.calibration-found') !== null),
        n,
      );
    // The trace follows the clock, but by two frames at most per move: when the driver stalls (Firefox's
    // BiDi did, about 70 ms, at the same point of each run), the browser sees the hand pause, not jump.
    const started = Date.now();
    let last = started;
    for (let t = 0; Date.now() - started < 3_000 || !(await restDone());) {
      if (Date.now() - started > 8_000) throw new Error(`rest ${n + 1} did not end`);
      const now = Date.now();
      t += Math.min(now - last, 34);
      last = now;
      const { dx, dy } = trace(t);
      await options.mouse.move(centre.x + dx, centre.y + dy);
      await new Promise((r) => setTimeout(r, 16));
    }
    await options.mouse.move(centre.x, box.y - 150, { steps: 4 });
  };

  it('calibrates to a ±15 px tremor: three rests, a wider wander radius proposed in words, saved only on request', async () => {
    ext = await launchWithExtension(browserName);
    const options = await openOptions(ext);
    await options.setViewport({ width: 900, height: 900 });
    await options.mouse.move(5, 5);
    // Started from the keyboard: the pointer is only for the rests.
    await options.focus('.calibration-start');
    await options.keyboard.press('Enter');
    await options.waitForSelector('.calibration-target', { visible: true });
    await options.$eval('.calibration-target', (el) => el.scrollIntoView({ block: 'center' }));
    for (let n = 0; n < 3; n++) await restOnTarget(options, sinus(15), n);
    await options.waitForSelector('.calibration-proposal', { timeout: 5_000 });
    const found = await options.$eval('.calibration-found', (p) => p.textContent ?? '');
    const proposal = await options.$eval('.calibration-proposal', (p) => p.textContent ?? '');
    // The ±15 × ±9 px swing: half its box's diagonal is 17.5 px; the trace shakes 5 times a second.
    const wander = Number(/wandered up to (\d+) pixels/.exec(found)?.[1]);
    expect(wander).toBeGreaterThanOrEqual(16);
    expect(wander).toBeLessThanOrEqual(21);
    const hz = Number(/shook about ([\d.]+) times a second/.exec(found)?.[1]);
    expect(hz).toBeGreaterThanOrEqual(4.5);
    expect(hz).toBeLessThanOrEqual(5.5);
    expect(found).toContain('no sudden jerks');
    const radius = Number(/may wander (\d+) pixels \(now 12\)/.exec(proposal)?.[1]);
    expect(radius).toBeGreaterThan(12);
    // Nothing saved yet.
    expect(((await getStorage(options, SETTINGS_ITEM)) as { hoverRadiusPx?: number } | undefined)?.hoverRadiusPx ?? 12).toBe(12);
    expect(await options.evaluate(() => document.activeElement?.className)).toBe('calibration-apply');
    await options.keyboard.press('Enter');
    await expect
      .poll(async () => ((await getStorage(options, SETTINGS_ITEM)) as { hoverRadiusPx?: number }).hoverRadiusPx, { timeout: 5_000 })
      .toBe(radius);
    // The form below shows the saved value.
    await expect.poll(() => options.$eval('input[name="hoverRadiusPx"]', (i) => Number(i.value)), { timeout: 5_000 }).toBe(radius);
    await options.close();
    await ext.close();
    ext = undefined;
  });

  it('sets the timing in words: "How steady is your hand?", names the colours, explains values it cannot save and keeps them, and resets to the defaults', async () => {
    ext = await launchWithExtension(browserName);
    const options = await openOptions(ext);
    const stored = async () =>
      ((await getStorage(options, SETTINGS_ITEM)) ?? {}) as { hoverRadiusPx?: number; hoverRestMs?: number; hoverFallbackMs?: number };
    const checkedPreset = () => options.$eval('input[name="handPreset"]:checked', (i) => i.value);
    expect(await checkedPreset()).toBe('steady');
    // The colour swatches are read out by name, not as hex codes.
    expect(await options.$$eval('input[name="highlightColor"]', (inputs) => inputs.map((i) => i.getAttribute('aria-label')))).toEqual([
      'Indigo (the default)',
      'Blue',
      'Teal',
      'Amber',
      'Pink',
      'Violet',
    ]);
    await options.click('input[name="handPreset"][value="strong"]');
    await expect.poll(stored, { timeout: 5_000 }).toMatchObject({ hoverRadiusPx: 24, hoverRestMs: 400, hoverFallbackMs: 900 });
    await expect.poll(() => options.$eval('input[name="hoverRadiusPx"]', (i) => i.value)).toBe('24');

    // A fallback before the rest could open a term: explained, not saved, and the typed value (in seconds) stays to be corrected.
    await setField(options, 'input[name="hoverFallbackMs"]', '0.42');
    await options.keyboard.press('Tab');
    const fallbackError = await options.$eval('#field-hoverFallbackMs-error', (p) => p.textContent ?? '');
    expect(fallbackError).toContain('must come at least 0.1 seconds after the rest time (0.4 seconds)');
    expect(await options.$eval('input[name="hoverFallbackMs"]', (i) => [i.value, i.getAttribute('aria-invalid')])).toEqual([
      '0.42',
      'true',
    ]);
    await setField(options, 'input[name="hoverRestMs"]', '99');
    await options.keyboard.press('Tab');
    expect(await options.$eval('#field-hoverRestMs-error', (p) => p.textContent)).toBe('Not saved: choose from 0.1 to 3 seconds.');
    expect(await stored()).toMatchObject({ hoverRestMs: 400, hoverFallbackMs: 900 });
    expect(await checkedPreset()).toBe('strong');

    // A value of one's own is "custom".
    await setField(options, 'input[name="hoverRadiusPx"]', '30');
    await options.keyboard.press('Tab');
    await expect.poll(async () => (await stored()).hoverRadiusPx, { timeout: 5_000 }).toBe(30);
    await expect.poll(checkedPreset).toBe('custom');

    await options.click('.reset-popover');
    await expect.poll(stored, { timeout: 5_000 }).toMatchObject({ hoverRadiusPx: 12, hoverRestMs: 350, hoverFallbackMs: 1050 });
    await expect.poll(checkedPreset).toBe('steady');
    expect(await options.$$eval('.settings-form .error', (ps) => ps.map((p) => p.textContent).filter(Boolean))).toEqual([]);
    await options.close();
    await ext.close();
    ext = undefined;
  });
  it('moves the timing sliders from the keyboard: saved in milliseconds, said in seconds; a refused value goes back when left; the test area opens after the rest', async () => {
    ext = await launchWithExtension(browserName);
    const options = await openOptions(ext);
    await options.setViewport({ width: 900, height: 900 });
    const stored = async () => ((await getStorage(options, SETTINGS_ITEM)) ?? {}) as { hoverRestMs?: number; hoverFallbackMs?: number };
    const sliderState = (key: string) =>
      options.$eval(`#field-${key}-slider`, (slider) => {
        const field = slider.closest('.timing-field')!;
        return {
          value: (slider as HTMLInputElement).value,
          valueText: slider.getAttribute('aria-valuetext'),
          words: field.querySelector('.slider-value')!.textContent,
          exact: field.querySelector<HTMLInputElement>('input[type="number"]')!.value,
          error: field.querySelector('.error')!.textContent,
        };
      });

    await options.focus('#field-hoverRestMs-slider');
    await options.keyboard.press('ArrowRight');
    await options.keyboard.press('ArrowRight');
    expect(await sliderState('hoverRestMs')).toEqual({
      value: '0.45',
      valueText: '0.45 seconds',
      words: '0.45 seconds',
      exact: '0.45',
      error: '',
    });
    await expect.poll(async () => (await stored()).hoverRestMs, { timeout: 5_000 }).toBe(450);
    expect(await options.$eval('input[name="handPreset"]:checked', (i) => i.value)).toBe('custom');

    // Home takes "open anyway" to 0.3 seconds, before the rest: explained and not saved; leaving the slider puts it back.
    await options.focus('#field-hoverFallbackMs-slider');
    await options.keyboard.press('Home');
    const refused = await sliderState('hoverFallbackMs');
    expect(refused).toMatchObject({ value: '0.3', valueText: '0.3 seconds' });
    expect(refused.error).toContain('must come at least 0.1 seconds after the rest time (0.45 seconds)');
    await options.keyboard.press('Tab');
    expect(await sliderState('hoverFallbackMs')).toEqual({
      ...refused,
      value: '1.05',
      valueText: '1.05 seconds',
      words: '1.05 seconds',
      exact: '1.05',
    });
    expect((await stored()).hoverFallbackMs ?? 1050).toBe(1050);

    // The test area: a still pointer on a word opens it after the rest time set above, no sooner.
    await options.$eval('.timing-test', (el) => el.scrollIntoView({ block: 'center' }));
    await options.mouse.move(5, 5);
    const word = (await (await options.$('.test-term'))!.boundingBox())!;
    const restedFrom = Date.now();
    await options.mouse.move(word.x + word.width / 2, word.y + word.height / 2);
    await options.waitForSelector('.test-explanation', { visible: true, timeout: 5_000 });
    expect(Date.now() - restedFrom).toBeGreaterThanOrEqual(450);
    expect(await options.$eval('.test-how', (p) => p.textContent)).toBe('Opened: the pointer rested on “putamen” for 0.45 seconds.');
    expect(await options.$eval('.test-term', (t) => t.getAttribute('aria-expanded'))).toBe('true');
    // Away from word and box, it closes after the exit grace period.
    await options.mouse.move(5, 5);
    await options.waitForSelector('.test-explanation', { hidden: true, timeout: 5_000 });
    expect(await options.$eval('.test-how', (p) => p.textContent)).toBe('Closed: the pointer was away for 0.4 seconds.');
    await options.close();
    await ext.close();
    ext = undefined;
  });
});
