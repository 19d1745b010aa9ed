/**
 * The PDF reader (issue #18) in real Chromium and Firefox. The test PDFs are made here, by the
 * browser's own print (`page.pdf()`): the e2e article, a two-column leaflet, a column of
 * words hyphenated at line ends, and a page with no text (a drawing only). The reader opens
 * them by address (served on 127.0.0.1) and by the file input; the highlights match the HTML
 * article's; resting on a term and clicking it open and pin its explanation; the next-term
 * command walks the PDF; pages, zoom, find and a dropped file work; a PDF without text says so; a site that has not allowed the reader
 * is asked for, on the user's click.
 */
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/glossary';
import { readerPathFor } from '../../src/reader/pdf-address';
import { BROWSERS, launchWithExtension, openExtensionPage, waitForTab, type ExtensionBrowser } from './harness/browsers';
import { tabIdOf } from './fixtures/surface/extension-api';
import {
  clickTerm,
  highlightCounts,
  inspectPage,
  jitterAt,
  popoverState,
  sendContentRequest,
  termCenter,
  waitForHighlightingIdle,
  waitForPopoverTitle,
} from './harness/page-helpers';
import { startFixtureServer, type FixtureServer } from './harness/server';

const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');
const DOCS = resolve(import.meta.dirname, '../../docs');
/** DG_UPDATE_DOCS=1: the Chromium picture also goes where the README uses it (as in screenshots.e2e). */
const UPDATE_DOCS = process.env.DG_UPDATE_DOCS === '1';
const entry = (id: string) => GLOSSARY.find((e) => e.id === id)!;

/** Pages printed to PDF by the test: the same HTML the PDF is compared with. */
const TWO_COLUMNS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Leaflet</title>
<style>body{font:12pt/1.5 serif;margin:0} .cols{columns:2;column-gap:2em}</style></head><body><div class="cols">
<p>Cervical dystonia makes the neck turn or tilt. Botulinum toxin injections into the neck muscles are the usual first treatment.</p>
<p>Many people find a sensory trick: a light touch on the chin that eases the pull for a while.</p>
<p>Deep brain stimulation is considered when injections no longer help. The basal ganglia are the brain's movement circuits.</p>
<p>Blepharospasm is dystonia of the eyelids; writer's cramp is dystonia of the hand.</p>
</div></body></html>`;
/** Words hyphenated at line ends: soft hyphens in a narrow column, so each breaks where the test says. */
const HYPHENATED = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hyphens</title>
<style>body{font:14pt/1.5 serif;margin:0} p{width:5.2em}</style></head><body>
<p>Cervical dys&shy;tonia.</p><p>Blepharo&shy;spasm.</p><p>Trihexy&shy;phenidyl.</p></body></html>`;
/** A page of pictures only, as a scan is. */
const TEXTLESS = `<!doctype html><html><head><meta charset="utf-8"><title>Scan</title></head><body>
<svg width="500" height="300"><rect x="10" y="10" width="480" height="280" fill="#ccc"/><circle cx="250" cy="150" r="90" fill="#888"/></svg></body></html>`;

describe.each(BROWSERS)('%s: PDF reader', (browserName) => {
  let server: FixtureServer;
  let pdfServer: FixtureServer;
  let ext: ExtensionBrowser;
  let pdfDir: string;
  let articleCounts: Record<string, number>;

  const print = async (html: string | null, file: string, path?: string, format: 'A4' | 'A6' = 'A4') => {
    const page = await ext.newPage();
    if (path) await page.goto(server.url(path));
    else await page.setContent(html!, { waitUntil: 'load' });
    await writeFile(join(pdfDir, file), await page.pdf({ format, printBackground: true }));
    await page.close();
  };
  const openReader = async (query: string, ready = 'body:not([data-state="loading"])'): Promise<Page> =>
    openExtensionPage(ext, query.slice(1), ready);
  /** The reader on a served PDF. Firefox asks for the site once (the reader cannot read it otherwise): the test profile says yes. */
  const readerFor = async (file: string) => {
    const reader = await openReader(readerPathFor(pdfServer.url(`/${file}`)));
    if (await reader.$('.message:not([hidden]) .allow:not([hidden])')) await reader.click('.allow');
    return reader;
  };
  const waitForPdfText = async (page: Page) => {
    await page.waitForSelector('.textLayer span', { timeout: 20_000 });
    // Every page's text layer is placed, then the engine's passes settle.
    await page.waitForFunction(() => document.querySelectorAll('.textLayer').length === document.querySelectorAll('.pdf-page').length, {
      timeout: 20_000,
    });
    await waitForHighlightingIdle(ext, page);
  };

  beforeAll(async () => {
    pdfDir = await mkdtemp(join(tmpdir(), 'dg-pdf-'));
    server = await startFixtureServer();
    ext = await launchWithExtension(browserName);
    await print(null, 'article.pdf', '/article.html');
    // The same article on small pages: several of them.
    await print(null, 'pages.pdf', '/article.html', 'A6');
    await print(TWO_COLUMNS, 'columns.pdf');
    await print(HYPHENATED, 'hyphens.pdf');
    await print(TEXTLESS, 'scan.pdf');
    await writeFile(join(pdfDir, 'private.pdf'), await readFile(join(pdfDir, 'columns.pdf')));
    // A site that lets any page read its PDFs (CORS), as many do; private.pdf is served without it.
    const open = { 'access-control-allow-origin': '*' };
    pdfServer = await startFixtureServer(pdfDir, {
      '/article.pdf': open,
      '/pages.pdf': open,
      '/columns.pdf': open,
      '/hyphens.pdf': open,
      '/scan.pdf': open,
    });
    const html = await ext.newPage();
    await html.goto(server.url('/article.html'));
    await waitForHighlightingIdle(ext, html);
    articleCounts = await highlightCounts(ext, html);
    await html.close();
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
    await pdfServer?.close();
  });

  it('opens a PDF by its address and highlights the same terms, as often, as the HTML article', async () => {
    const reader = await readerFor('article.pdf');
    await waitForPdfText(reader);
    const pdfCounts = await highlightCounts(ext, reader);
    expect(Object.keys(articleCounts).length).toBeGreaterThan(5);
    // The same text on paper: the same entries, the same number of times each (no tolerance
    // needed: the print keeps every word, and a term broken across lines is one occurrence).
    expect(pdfCounts).toEqual(articleCounts);
    expect(await reader.$eval('.page-count', (el) => el.textContent)).toMatch(/of \d+/);
    await reader.close();
  });

  it('opens a chosen file, and reads across two columns and words hyphenated at line ends', async () => {
    const reader = await openReader('/reader.html');
    const input = (await reader.waitForSelector('.file-input')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(join(pdfDir, 'columns.pdf'));
    await waitForPdfText(reader);
    const counts = await highlightCounts(ext, reader);
    for (const id of [
      'cervical-dystonia',
      'botulinum-toxin',
      'sensory-trick',
      'deep-brain-stimulation',
      'basal-ganglia',
      'blepharospasm',
      'writers-cramp',
    ])
      expect(counts[id], id).toBeGreaterThanOrEqual(1);
    // The same reader opens the next file the user chooses.
    await reader.$eval('.file-input', (el) => ((el as HTMLInputElement).value = ''));
    await ((await reader.$('.file-input')) as ElementHandle<HTMLInputElement>).uploadFile(join(pdfDir, 'hyphens.pdf'));
    await reader.waitForFunction(() => document.title.startsWith('hyphens.pdf'));
    await waitForPdfText(reader);
    const hyphens = await highlightCounts(ext, reader);
    expect(hyphens).toMatchObject({ 'cervical-dystonia': 1, blepharospasm: 1, trihexyphenidyl: 1 });
    // The layout really broke those words: the text layer holds their halves on separate lines.
    const halves = await reader.$$eval('.textLayer span', (spans) => spans.map((s) => s.textContent));
    expect(halves).toEqual(expect.arrayContaining(['Blepharo']));
    await reader.close();
  });

  it('opens the explanation on a rest with a tremor, pins it on a click, and walks the terms with the next-term command', async () => {
    const reader = await readerFor('columns.pdf');
    await waitForPdfText(reader);
    await reader.bringToFront();
    const at = await termCenter(ext, reader, 'botulinum-toxin');
    await jitterAt(reader, at, 1_200, 4);
    await waitForPopoverTitle(ext, reader, entry('botulinum-toxin').term);
    await reader.keyboard.press('Escape');
    await clickTerm(ext, reader, 'sensory-trick');
    await waitForPopoverTitle(ext, reader, entry('sensory-trick').term);
    expect((await popoverState(ext, reader)).pinned).toBe(true);
    // The picture of the reader, with a pinned explanation (the README's, with DG_UPDATE_DOCS=1).
    await mkdir(ARTIFACTS, { recursive: true });
    const shot = join(ARTIFACTS, `pdf-reader-${browserName}.png`);
    await reader.screenshot({ path: shot });
    if (UPDATE_DOCS && browserName === 'chromium') await copyFile(shot, resolve(DOCS, 'screenshot-reader.png'));
    await reader.keyboard.press('Escape');
    await reader.mouse.move(2, 2);

    await reader.close();

    // Next term, in a fresh reader: the terms in reading order, as the text layer holds them.
    const walked = await readerFor('columns.pdf');
    await waitForPdfText(walked);
    const [first, second, third] = (await inspectPage(ext, walked)).terms;
    expect(third, 'the leaflet has terms').toBeDefined();
    for (const term of [first!, second!, third!]) {
      await sendContentRequest(ext, { type: 'next-term' }, walked);
      await waitForPopoverTitle(ext, walked, entry(term.entryId).term);
    }
    expect((await popoverState(ext, walked)).source).toBe('command');
    await walked.close();
  });

  it('moves between pages, zooms with the highlights kept, finds a word, and opens a PDF dropped on it', async () => {
    const reader = await readerFor('pages.pdf');
    await waitForPdfText(reader);
    const pageCount = await reader.$$eval('.pdf-page', (pages) => pages.length);
    expect(pageCount, 'the article on A6 has more than one page').toBeGreaterThan(1);
    const before = await highlightCounts(ext, reader);

    await reader.click('.next');
    await reader.waitForFunction(() => (document.querySelector('.page-number') as HTMLInputElement).value === '2');
    await reader.click('.previous');
    await reader.waitForFunction(() => (document.querySelector('.page-number') as HTMLInputElement).value === '1');

    const width = () => reader.$eval('.pdf-page', (p) => p.getBoundingClientRect().width);
    const at100 = await width();
    await reader.click('.zoom-in');
    expect(await reader.$eval('.zoom-level', (o) => o.textContent)).toBe('125 %');
    expect((await width()) / at100).toBeCloseTo(1.25, 2);
    // The text layers are laid out again at the new size; the same terms are highlighted, as often.
    await waitForPdfText(reader);
    await expect.poll(() => highlightCounts(ext, reader), { timeout: 10_000 }).toEqual(before);
    await reader.click('.zoom-out');
    expect(await reader.$eval('.zoom-level', (o) => o.textContent)).toBe('100 %');

    await reader.type('.find-text', 'basal ganglia');
    await reader.keyboard.press('Enter');
    await reader.waitForFunction(() => window.getSelection()?.toString().replace(/\s+/g, '').toLowerCase() === 'basalganglia');
    expect(await reader.$eval('.find-status', (s) => s.textContent)).toBe('');
    await reader.$eval('.find-text', (el) => ((el as HTMLInputElement).value = ''));
    await reader.type('.find-text', 'zzqx not in this pdf');
    await reader.keyboard.press('Enter');
    await reader.waitForFunction(() => document.querySelector('.find-status')?.textContent === 'Not found in this PDF.');

    // A file dropped anywhere on the reader opens in it.
    await reader.evaluate(
      (base64) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const data = new DataTransfer();
        data.items.add(new File([bytes], 'dropped.pdf', { type: 'application/pdf' }));
        document.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
        document.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      },
      (await readFile(join(pdfDir, 'columns.pdf'))).toString('base64'),
    );
    await reader.waitForFunction(() => document.title.startsWith('dropped.pdf'));
    await waitForPdfText(reader);
    expect((await highlightCounts(ext, reader))['sensory-trick']).toBeGreaterThanOrEqual(1);
    await reader.close();
  });

  it('says a PDF without text has nothing to explain', async () => {
    const reader = await readerFor('scan.pdf');
    await reader.waitForFunction(() => document.querySelector('.message:not([hidden])')?.textContent?.includes('no text to explain'), {
      timeout: 20_000,
    });
    expect(await reader.$$eval('.pdf-page', (pages) => pages.length)).toBe(1);
    await reader.close();
  });

  it('reads a site that sends no CORS header: Chromium at once, Firefox once the user allows that site', async () => {
    const reader = await openReader(readerPathFor(pdfServer.url('/private.pdf')));
    if (browserName === 'firefox') {
      // Firefox gives an extension page no site access for its content scripts' matches: the reader asks, on a click.
      await reader.waitForSelector('.message:not([hidden]) .allow:not([hidden])', { timeout: 20_000 });
      expect(await reader.$eval('.message-text', (el) => el.textContent)).toContain('127.0.0.1');
      // The test profile grants optional permissions without Firefox's prompt (browsers.ts), as a click on Allow would.
      await reader.click('.allow');
    }
    await waitForPdfText(reader);
    expect((await highlightCounts(ext, reader))['cervical-dystonia']).toBeGreaterThanOrEqual(1);
    await reader.close();
  });

  it('the popup opens the reader: on a tab showing a PDF, with that PDF (Firefox); to choose a file, anywhere', async () => {
    const probe = await openExtensionPage(ext, 'popup.html', '.term');
    if (browserName === 'firefox') {
      // The popup sees the tab's address through activeTab (a click on the toolbar button, which WebDriver cannot
      // make) or the site's permission, given here as the reader asks for it. Headless Chromium has neither a way to
      // grant activeTab nor a PDF viewer (it downloads the file): there the choice is the page panel's unit test's.
      await (await readerFor('private.pdf')).close();
      const address = pdfServer.url('/private.pdf');
      const tab = await ext.newPage();
      await tab.goto(address).catch(() => undefined);
      const tabId = await tabIdOf(tab, probe);
      const popup = await openExtensionPage(ext, `popup.html?tab=${tabId}`, '.page-panel');
      await popup.waitForSelector('.open-pdf:not([hidden])');
      expect(await popup.$eval('.open-pdf', (b) => b.textContent)).toBe('Open this PDF with the glossary');
      await popup.click('.open-pdf');
      const opened = await waitForTab(
        ext.browser,
        (url) => url.includes(`/reader.html?file=${encodeURIComponent(address)}`),
        'the reader did not open',
      );
      expect(new URL(opened.address).searchParams.get('file')).toBe(address);
      await waitForPdfText(opened.page);
      expect((await highlightCounts(ext, opened.page))['cervical-dystonia']).toBeGreaterThanOrEqual(1);
      await Promise.all([opened.page.close(), popup.close(), tab.close()]);
    }
    const page = await ext.newPage();
    await page.goto(server.url('/article.html'));
    const tabId = await tabIdOf(page, probe);
    const popup = await openExtensionPage(ext, `popup.html?tab=${tabId}`, '.page-panel');
    expect(await popup.$eval('.open-pdf', (b) => (b as HTMLElement).hidden)).toBe(true);
    await popup.click('.open-reader');
    const reader = await waitForTab(ext.browser, (url) => url.endsWith('/reader.html'), 'the reader did not open');
    await reader.page.waitForSelector('.start .file-input');
    await Promise.all([reader.page.close(), popup.close(), page.close(), probe.close()]);
  });
});
