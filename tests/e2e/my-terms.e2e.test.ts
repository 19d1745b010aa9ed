/**
 * My terms (issue #17) in real Chromium and Firefox: explanations opened by a rest, a click
 * and a key are remembered with counts and the page's title; Save in the popover lists a term
 * first in the popup and on the appointment page; a note typed there survives a browser
 * restart; the print layout (the browser's own PDF) holds a dozen terms with their safety
 * notes and the user's notes on one A4 and one Letter page; Clear history, asked twice, empties
 * the history and keeps the saved terms.
 */
import { copyFile, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOOKUP_HISTORY_ITEM, SAVED_TERMS_ITEM } from '../../src/contracts/storage';
import { GLOSSARY } from '../../src/glossary';
import { safetyNotes } from '../../src/glossary/safety';
import type { Lookup } from '../../src/my-terms/history';
import type { SavedTerm } from '../../src/my-terms/saved-terms';
import { BROWSERS, launchWithExtension, openExtensionPage, waitForTab, type ExtensionBrowser } from './harness/browsers';
import {
  clickInPopover,
  clickTerm,
  jitterAt,
  popoverState,
  sendContentRequest,
  termCenter,
  waitForPopover,
  waitForPopoverTitle,
} from './harness/page-helpers';
import { pdfPageTexts } from './harness/pdf-text';
import { startFixtureServer, type FixtureServer } from './harness/server';
import { getStorage, openSeededPage, setStorage } from './fixtures/surface/extension-api';

const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');
const DOCS = resolve(import.meta.dirname, '../../docs');
/** DG_UPDATE_DOCS=1: the Chromium picture also goes where the README uses it (as in screenshots.e2e). */
const UPDATE_DOCS = process.env.DG_UPDATE_DOCS === '1';
const PAGE_TITLE = 'Living with cervical dystonia';
const DAY_MS = 24 * 60 * 60 * 1000;
const entry = (id: string) => GLOSSARY.find((e) => e.id === id)!;

/**
 * A patient's dozen: the condition and its forms, the brain, the care team, and three
 * treatments with safety notes (botulinum toxin and deep brain stimulation carry the
 * glossary's longest), each with a note of a realistic length.
 */
const DOZEN = [
  'cervical-dystonia',
  'botulinum-toxin',
  'sensory-trick',
  'dystonia',
  'blepharospasm',
  'basal-ganglia',
  'putamen',
  'neurologist',
  'writers-cramp',
  'torticollis',
  'deep-brain-stimulation',
  'trihexyphenidyl',
];
/** The heaviest dozen: every one of the six terms with the longest safety notes, and six more. */
const HEAVY_DOZEN = [
  'dystonia',
  'cervical-dystonia',
  'blepharospasm',
  'botulinum-toxin',
  'deep-brain-stimulation',
  'basal-ganglia',
  'trihexyphenidyl',
  'sensory-trick',
  'baclofen',
  'levodopa',
  'neurologist',
  'anticholinergic',
];
const noteFor = (id: string) => `Ask whether ${entry(id).term} matters for me, and what to watch for.`;

describe.each(BROWSERS)('%s: My terms', (browserName) => {
  let profile: string;
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let page: Page;
  let tabId: number;

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    profile = await mkdtemp(join(tmpdir(), `dg-my-terms-${browserName}-`));
    server = await startFixtureServer();
    ext = await launchWithExtension(browserName, { userDataDir: profile });
    // Basal ganglia was looked up three days ago, on another page: looking it up again counts.
    const threeDaysAgo = Date.now() - 3 * DAY_MS;
    const earlier: Lookup[] = [{ id: 'basal-ganglia', count: 1, first: threeDaysAgo, last: threeDaysAgo, title: 'An older article' }];
    ({ page, tabId } = await openSeededPage(ext, server.url('/surface/page.html'), [LOOKUP_HISTORY_ITEM, earlier]));
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  const openPopup = async (): Promise<Page> => {
    const popup = await openExtensionPage(ext, `popup.html?tab=${tabId}`, '.page-panel');
    await popup.click('details.my-terms > summary');
    await popup.waitForSelector('details.my-terms[open] .clear-history');
    return popup;
  };
  /** The rows of a My terms list: each term's id and the line under its name. */
  const rows = (popup: Page, list: string) =>
    popup.$$eval(`${list} li`, (lis) =>
      lis.map((li): [id: string | null, line: string | null | undefined] => [
        li.getAttribute('data-entry-id'),
        li.querySelector('.my-term-meta')?.textContent,
      ]),
    );
  const stored = async <T>(item: typeof LOOKUP_HISTORY_ITEM | typeof SAVED_TERMS_ITEM): Promise<T> => {
    const probe = await openExtensionPage(ext, 'popup.html', '.term');
    try {
      return (await getStorage(probe, item)) as T;
    } finally {
      await probe.close();
    }
  };
  const waitForStored = async <T>(item: typeof LOOKUP_HISTORY_ITEM | typeof SAVED_TERMS_ITEM, done: (value: T) => boolean) => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const value = await stored<T>(item);
      if (done(value)) return value;
      if (Date.now() > deadline) throw new Error(`${item.key} is not as expected: ${JSON.stringify(value)}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  const closePopover = async () => {
    await page.bringToFront();
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
    await waitForPopover(ext, page, false);
  };

  it('remembers terms opened by a rest, a click and a key, with counts and the page title', async () => {
    await page.bringToFront();
    // A rest with a ±4 px tremor opens basal ganglia.
    await jitterAt(page, await termCenter(ext, page, 'basal-ganglia'), 900, 4);
    await waitForPopoverTitle(ext, page, 'basal ganglia');
    expect((await popoverState(ext, page)).source).toBe('hover');
    await closePopover();
    // A click pins cervical dystonia.
    await clickTerm(ext, page, 'cervical-dystonia');
    await waitForPopoverTitle(ext, page, 'cervical dystonia');
    expect((await popoverState(ext, page)).pinned).toBe(true);
    await closePopover();
    // The keyboard: the next-term command, then N, until botulinum toxin is open.
    await sendContentRequest(ext, { type: 'next-term' }, page);
    await waitForPopover(ext, page, true);
    for (let i = 0; i < 6 && (await popoverState(ext, page)).name !== 'botulinum toxin'; i++) {
      await page.keyboard.press('n');
      await new Promise((r) => setTimeout(r, 150));
    }
    await waitForPopoverTitle(ext, page, 'botulinum toxin');
    await closePopover();

    const history = await waitForStored<Lookup[]>(LOOKUP_HISTORY_ITEM, (h) =>
      ['basal-ganglia', 'cervical-dystonia', 'botulinum-toxin'].every((id) => h.some((l) => l.id === id && l.title === PAGE_TITLE)),
    );
    expect(history.find((l) => l.id === 'basal-ganglia')!.count).toBe(2);
    // Each term once: opened again within the minute (the keyboard walk passed cervical dystonia) is the same lookup.
    expect(history.filter((l) => l.id === 'cervical-dystonia')).toEqual([expect.objectContaining({ count: 1 })]);
    // The page's address is not kept unless the user asks for it.
    expect(history.every((l) => l.url === undefined)).toBe(true);

    const popup = await openPopup();
    const recent = new Map(await rows(popup, '.recent-terms'));
    expect(recent.get('basal-ganglia')).toMatch(new RegExp(`^2 times · .+ on “${PAGE_TITLE}”$`));
    expect(recent.get('cervical-dystonia')).toMatch(new RegExp(`^once · .+ on “${PAGE_TITLE}”$`));
    expect(recent.get('botulinum-toxin')).toMatch(/^once · /);
    await popup.close();
  });

  it('saves a term from the popover: listed first in the popup and on the appointment page, where a note is kept', async () => {
    await page.bringToFront();
    await clickTerm(ext, page, 'botulinum-toxin');
    await waitForPopoverTitle(ext, page, 'botulinum toxin');
    await clickInPopover(ext, page, '.dg-save');
    await waitForStored<SavedTerm[] | undefined>(SAVED_TERMS_ITEM, (s) => s?.some((t) => t.id === 'botulinum-toxin') ?? false);
    await closePopover();

    const popup = await openPopup();
    expect((await rows(popup, '.saved-terms')).map(([id]) => id)).toEqual(['botulinum-toxin']);
    await popup.click('.open-appointment');
    const { page: appointment } = await waitForTab(ext.browser, (a) => a.endsWith('/appointment.html'), 'no appointment page opened');
    await popup.close().catch(() => undefined);
    await appointment.bringToFront();
    const card = 'article[data-entry-id="botulinum-toxin"]';
    await appointment.waitForSelector(card);
    expect(await appointment.$eval(`${card} h2`, (h) => h.textContent)).toBe('botulinum toxin');
    expect(await appointment.$eval(`${card} .term-short`, (p) => p.textContent)).toBe(entry('botulinum-toxin').short);
    const safety = await appointment.$$eval(`${card} .term-safety`, (ps) => ps.map((p) => p.textContent));
    expect(safety).toEqual(safetyNotes(entry('botulinum-toxin'), (id) => GLOSSARY.find((e) => e.id === id)).map((s) => `Important: ${s}`));
    expect(safety.length).toBeGreaterThan(0);

    await appointment.click(`${card} textarea`);
    await appointment.keyboard.type(noteFor('botulinum-toxin'));
    await appointment.waitForFunction(() => document.querySelector('.controls .status')?.textContent === 'Note saved.');
    await appointment.close();
  });

  it('keeps the note across a browser restart', async () => {
    await ext.close();
    ext = await launchWithExtension(browserName, { userDataDir: profile });
    const appointment = await openExtensionPage(ext, 'appointment.html', 'article[data-entry-id="botulinum-toxin"]');
    expect(await appointment.$eval('article[data-entry-id="botulinum-toxin"] textarea', (a) => a.value)).toBe(noteFor('botulinum-toxin'));
    await appointment.close();
  });

  const saveTerms = async (ids: readonly string[]) => {
    const probe = await openExtensionPage(ext, 'popup.html', '.term');
    const at = Date.now();
    await setStorage(probe, [SAVED_TERMS_ITEM, ids.map((id, i): SavedTerm => ({ id, savedAt: at - i, note: noteFor(id) }))]);
    await probe.close();
    return openExtensionPage(ext, 'appointment.html', `article[data-entry-id="${ids[ids.length - 1]}"]`);
  };
  /** Text compared with white space closed up: lines wrap anywhere. */
  const flat = (text: string) => text.replace(/\s+/g, '');
  /** Every word of a term's card that goes on paper: its name, definition, safety notes and the user's note. */
  const printedCard = (id: string) => [
    flat(`${entry(id).term} – ${entry(id).short}`),
    ...safetyNotes(entry(id), (other) => GLOSSARY.find((e) => e.id === other)).map((s) => flat(`Important: ${s}`)),
    flat(`My note: ${noteFor(id)}`),
  ];

  it('prints a dozen terms, their safety notes and the notes on one A4 or Letter page', async () => {
    const appointment = await saveTerms(DOZEN);
    for (const format of ['A4', 'Letter'] as const) {
      const pages = await pdfPageTexts(await appointment.pdf({ format }));
      expect(pages, `${format}: ${pages.length} pages`).toHaveLength(1);
      const text = flat(pages[0]!);
      for (const id of DOZEN) for (const part of printedCard(id)) expect(text, `${format}: ${id}`).toContain(part);
      expect(text).toContain(flat('it is not medical advice. Do not start, stop or change a medicine'));
      // The screen's controls are not printed.
      expect(text).not.toContain(flat('Print or save as PDF'));
      expect(text).not.toContain(flat('My note on'));
    }
    await appointment.setViewport({ width: 900, height: 1100 });
    const shot = resolve(ARTIFACTS, `appointment-${browserName}.png`);
    await appointment.screenshot({ path: shot });
    if (UPDATE_DOCS && browserName === 'chromium') await copyFile(shot, resolve(DOCS, 'screenshot-appointment.png'));
    await appointment.close();
  });

  it('prints the heaviest dozen and large type whole: no term split across pages', async () => {
    const appointment = await saveTerms(HEAVY_DOZEN);
    for (const largeType of [false, true]) {
      if (largeType) await appointment.click('.large-type');
      const pages = (await pdfPageTexts(await appointment.pdf({ format: 'A4' }))).map(flat);
      expect(pages.length, `large type ${largeType}`).toBeLessThanOrEqual(largeType ? 3 : 2);
      for (const id of HEAVY_DOZEN) {
        const page = pages.findIndex((p) => p.includes(printedCard(id)[0]!));
        expect(page, `${id} printed`).toBeGreaterThanOrEqual(0);
        for (const part of printedCard(id)) expect(pages[page], `${id} on one page`).toContain(part);
      }
    }
    await appointment.close();
  });

  it('clears the history only when asked twice, and keeps the saved terms', async () => {
    const popup = await openPopup();
    await popup.click('.clear-history');
    // The safe answer has focus: Enter keeps everything.
    await popup.keyboard.press('Enter');
    expect(await popup.$$eval('.recent-terms li', (lis) => lis.length)).toBeGreaterThan(0);
    await popup.click('.clear-history');
    await popup.click('.confirm-yes');
    await popup.waitForFunction(() => document.querySelectorAll('.recent-terms li').length === 0);
    expect(await popup.$eval('.my-terms-status', (p) => p.textContent)).toBe('History cleared.');
    expect(await stored<Lookup[]>(LOOKUP_HISTORY_ITEM)).toEqual([]);
    expect((await rows(popup, '.saved-terms')).map(([id]) => id)).toEqual(HEAVY_DOZEN);
    await popup.close();
  });
});
