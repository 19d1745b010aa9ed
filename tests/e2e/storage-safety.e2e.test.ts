/**
 * Storage that never loses the user's data (issue 12, part 5), in real Chromium and Firefox
 * through the options page: an import the sync area would refuse changes nothing and says
 * why (security review H4); a stored own term that a glossary update now clashes with
 * survives opening the options page, shown as set aside with its reason, and can be renamed
 * back (H6); and a 500-term backup goes out through the real Export button and back in
 * through the real file input (M7). Settings saved by a newer version on another device are
 * used, said once, and never overwritten (L11).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUSTOM_TERM_LIMITS } from '../../src/settings/custom-term-rules';
import { makeCustomTerm, type CustomTerm } from '../../src/settings/custom-terms';
import { exportData } from '../../src/settings/import-export';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';
import { BROWSERS, launchWithExtension, openExtensionPage, type ExtensionBrowser } from './harness/browsers';
import { CUSTOM_TERMS_ITEM, REFUSED_TERMS_ITEM, SETTINGS_ITEM, SETTINGS_MARKER_ITEM } from '../../src/contracts/storage';
import { getStorage, setStorage } from './fixtures/surface/extension-api';
import { waitForHighlights } from './harness/page-helpers';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { STYLE_ATTRIBUTE } from '../../src/contracts/dom';

const term = (name: string, patch: Partial<CustomTerm> = {}): CustomTerm => ({
  ...makeCustomTerm(
    { term: name, aliases: [], category: 'medications', short: `${name} is one of my own medicines.`, long: '' },
    new Set(),
  ),
  ...patch,
});
const zorvatrel = term('Zorvatrel');
/** "Artane" is a built-in name for trihexyphenidyl: a term saved before the glossary had it. */
const artane = term('Artane', { id: 'custom-artane', long: 'My own note: 2 mg at breakfast. Started March. Dry mouth.' });

/** Chooses `text` as the import file, through the page's own file input and its change handler. */
async function importText(options: Page, text: string): Promise<string> {
  await options.$eval('.import-status', (el) => el.replaceChildren());
  await options.evaluate((content) => {
    const input = document.querySelector<HTMLInputElement>('#import-file')!;
    const files = new DataTransfer();
    files.items.add(new File([content], 'backup.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, text);
  await options.waitForFunction(() => (document.querySelector('.import-status')?.textContent ?? '') !== '', { timeout: 30_000 });
  return options.$eval('.import-status', (el) => el.textContent ?? '');
}

/** Clicks the real Export button and returns the file it would have saved. */
async function exportText(options: Page): Promise<string> {
  await options.evaluate(() => {
    const saved: Blob[] = [];
    (window as unknown as { savedFiles: Blob[] }).savedFiles = saved;
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) saved.push(blob);
      return create(blob);
    };
    // The file is read here instead of landing in a download folder.
    document.addEventListener(
      'click',
      (event) => event.target instanceof HTMLAnchorElement && event.target.download && event.preventDefault(),
      true,
    );
  });
  await options.click('button.export');
  await options.waitForFunction(() => (window as unknown as { savedFiles: Blob[] }).savedFiles.length > 0);
  return options.evaluate(() => (window as unknown as { savedFiles: Blob[] }).savedFiles[0]!.text());
}

const stored = async (page: Page) => ({
  settings: await getStorage(page, SETTINGS_ITEM),
  terms: await getStorage(page, CUSTOM_TERMS_ITEM),
});

describe.each(BROWSERS)('%s: storage that never loses data', (browserName) => {
  let ext: ExtensionBrowser;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer();
    ext = await launchWithExtension(browserName);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });
  const openOptions = () => openExtensionPage(ext, 'options.html', '.settings-form');

  it('an import whose settings are over the sync quota changes nothing, and says why in words', async () => {
    const seed = await openOptions();
    await setStorage(seed, [CUSTOM_TERMS_ITEM, [zorvatrel]]);
    await seed.click('input[name="highlightStyle"][value="both"]');
    await seed.waitForFunction(() => document.querySelector('.saved')?.textContent !== '');
    await seed.close();

    const options = await openOptions();
    const before = await stored(options);
    expect(before.terms).toEqual([zorvatrel]);
    const sites = Array.from({ length: 150 }, (_, i) => `site-${i}-${'x'.repeat(48)}.example.com`);
    const status = await importText(options, exportData({ ...DEFAULT_SETTINGS, disabledSites: sites }, [term('Quinbrolex')]));
    expect(status).toMatch(
      /^Nothing was changed\. The file could not be imported:Too many or too long site names: the settings would take \d+\.\d KB, and the browser keeps at most 8\.0 KB of settings\. Remove some sites\.$/,
    );
    expect(await options.$eval('.import-status', (el) => el.classList.contains('error'))).toBe(true);
    expect(await stored(options)).toEqual(before);
    expect(await options.$$eval('.custom-terms li strong', (els) => els.map((el) => el.textContent))).toEqual(['Zorvatrel']);
    expect(await options.$eval('input[name="highlightStyle"][value="both"]', (i) => i.checked)).toBe(true);
    await options.close();
  });

  it('a stored own term that clashes with the glossary survives opening the options page, set aside with its reason', async () => {
    // Seeded from the popup: an open options page would set Artane aside itself, at once, and
    // the page under test would then rightly have nothing left to report (a race, seen in CI).
    const seed = await openExtensionPage(ext, 'popup.html', 'body');
    await setStorage(seed, [CUSTOM_TERMS_ITEM, [artane, zorvatrel]], [REFUSED_TERMS_ITEM, []]);
    await seed.close();

    const options = await openOptions();
    await options.waitForSelector('.refused-terms > li');
    expect(await options.$eval('.storage-report', (el) => el.textContent)).toMatch(/set aside.*Nothing was deleted\./);
    const shown = await options.$$eval('.refused-terms > li', (lis) =>
      lis.map((li) => ({ name: li.querySelector('strong')!.textContent, reasons: li.querySelector('.reasons')!.textContent })),
    );
    expect(shown).toEqual([
      {
        name: 'Artane',
        reasons: '“Artane” is already a glossary word: it is a name for “trihexyphenidyl”. Give your term a different name.',
      },
    ]);
    // Nothing lost: the term and its notes are stored, as they were, in the set-aside item.
    const refused = (await getStorage(options, REFUSED_TERMS_ITEM)) as { value: unknown }[];
    expect(refused.map((r) => r.value)).toEqual([artane]);
    expect(await getStorage(options, CUSTOM_TERMS_ITEM)).toEqual([zorvatrel]);
    await options.close();

    // Opening the page again adds nothing twice and loses nothing.
    const again = await openOptions();
    await again.waitForSelector('.refused-terms > li');
    expect(await again.$$eval('.refused-terms > li', (lis) => lis.length)).toBe(1);
    expect(await again.$('.storage-report')).toBeNull();

    // Renamed, it is checked again and comes back with its notes.
    await again.click('.refused-terms > li summary');
    const nameField = await again.$('.refused-terms > li input[id$="-term"]');
    await nameField!.click({ count: 3 });
    await nameField!.type('My Artane');
    await again.click('.refused-terms > li .refused-term-form button[type="submit"]');
    await again.waitForFunction(() =>
      [...document.querySelectorAll('.custom-terms > li strong')].some((el) => el.textContent === 'My Artane'),
    );
    const terms = (await getStorage(again, CUSTOM_TERMS_ITEM)) as CustomTerm[];
    expect(terms.map((t) => [t.term, t.long])).toEqual([
      ['Zorvatrel', ''],
      ['My Artane', artane.long],
    ]);
    expect(await getStorage(again, REFUSED_TERMS_ITEM)).toEqual([]);
    await again.waitForFunction(() => document.querySelector<HTMLElement>('.refused')!.hidden);
    await again.close();
  });

  it('a 500-term backup goes out through Export and back in through Import, unchanged', async () => {
    const long = 'Twice a day with food; not with grapefruit. '.repeat(100).slice(0, CUSTOM_TERM_LIMITS.longChars);
    const terms = Array.from({ length: 500 }, (_, i) =>
      term(`Zorvatrel ${i.toString(36).padStart(3, '0')} extended release`, {
        aliases: [`zv${i.toString(36).padStart(3, '0')}x`],
        short: 'The tablet I take in the evening, half an hour before bed, with water.',
        long,
      }),
    );
    const seed = await openOptions();
    await setStorage(seed, [CUSTOM_TERMS_ITEM, terms]);
    await seed.close();

    const options = await openOptions();
    await options.waitForFunction(() => document.querySelectorAll('.custom-terms > li').length === 500, { timeout: 30_000 });
    const settingsBefore = await getStorage(options, SETTINGS_ITEM);
    const backup = await exportText(options);
    expect(backup.length).toBeGreaterThan(2_000_000);

    // Lose everything, then restore the backup.
    await setStorage(options, [CUSTOM_TERMS_ITEM, []]);
    await options.click('input[name="highlightStyle"][value="background"]');
    await options.waitForFunction(() => document.querySelectorAll('.custom-terms > li').length === 0);
    const status = await importText(options, backup);
    expect(status).toBe('Imported your settings and 500 of your own terms.');
    expect(await getStorage(options, CUSTOM_TERMS_ITEM)).toEqual(terms);
    expect(await getStorage(options, SETTINGS_ITEM)).toEqual(settingsBefore ?? DEFAULT_SETTINGS);
    await options.waitForFunction(() => document.querySelectorAll('.custom-terms > li').length === 500);
    await options.close();
  });

  it('settings from a newer version are used on pages without errors, said once in the options page, and never overwritten', async () => {
    const newer = { ...DEFAULT_SETTINGS, highlightStyle: 'both', hoverRestMs: 9000, glitter: { level: 3 } };
    const seed = await openOptions();
    await setStorage(seed, [SETTINGS_ITEM, newer], [SETTINGS_MARKER_ITEM, { v: 99 }]);
    await seed.close();

    const page = await ext.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(server.url('/surface/page.html'), { waitUntil: 'load' });
    await waitForHighlights(ext, page);
    expect(await page.$eval('html', (html, name) => html.getAttribute(name), STYLE_ATTRIBUTE)).toBe('both');
    expect(errors.filter((e) => /dystonia|wxt|Migration|downgrade/i.test(e))).toEqual([]);
    await page.close();

    const options = await openOptions();
    expect(await options.$eval('.storage-report', (el) => el.textContent)).toMatch(
      /^Your settings were saved by a newer version of Dystonia Glossary/,
    );
    expect(await getStorage(options, SETTINGS_ITEM)).toEqual(newer);
    // A change made here touches its own field only: the newer device keeps what this one cannot read.
    await options.click('input[name="theme"][value="dark"]');
    await options.waitForFunction(() => document.querySelector('.saved')?.textContent !== '');
    expect(await getStorage(options, SETTINGS_ITEM)).toEqual({ ...newer, theme: 'dark' });
    expect(await getStorage(options, SETTINGS_MARKER_ITEM)).toMatchObject({ v: 99 });
    await options.close();

    const again = await openOptions();
    expect(await again.$('.storage-report')).toBeNull();
    await again.close();
  });
});
