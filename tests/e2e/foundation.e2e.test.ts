/**
 * The foundation's user journeys, in real Chromium and Firefox with the built extension:
 * highlights on an article, hover/click popover, Esc, exclusions, the toolbar popup.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { GLOSSARY } from '../../src/glossary';
import { openExtensionPage } from './harness/browsers';
import { BROWSER_METHODS, EVERY_OCCURRENCE, useExtensionSuite } from './harness/suite';
import {
  clickInPopover,
  clickTerm,
  highlightCounts,
  jitterAt,
  pageTerms,
  popoverState,
  termCenter,
  waitForHighlights,
  waitForPopover,
} from './harness/page-helpers';

const entry = (id: string) => GLOSSARY.find((e) => e.id === id)!;

describe.each(BROWSER_METHODS)('%s, %s highlights: foundation', (browserName, method) => {
  const suite = useExtensionSuite(browserName, method, EVERY_OCCURRENCE);
  const ext = () => suite.ext;
  let page: Page;

  async function openFixture(path: string): Promise<Page> {
    page = await suite.ext.newPage();
    await page.goto(suite.server.url(path), { waitUntil: 'load' });
    await waitForHighlights(ext(), page);
    return page;
  }

  it('highlights exactly the glossary terms of the article, with counts', async () => {
    await openFixture('/article.html');
    expect(await highlightCounts(ext(), page)).toEqual({
      'cervical-dystonia': 2,
      dystonia: 2,
      'movement-disorder': 1,
      'basal-ganglia': 1,
      putamen: 1,
      'botulinum-toxin': 1,
      anticholinergic: 1,
      'deep-brain-stimulation': 1,
      blepharospasm: 1,
      'writers-cramp': 1,
      'parkinsons-disease': 2,
    });
    const texts = (await pageTerms(ext(), page)).map((t) => t.text);
    expect(texts).toContain('cervical dystonia');
    expect(texts).toContain('BLEPHAROSPASM');
    expect(texts).toContain('writer’s cramp');
    expect(texts).toContain("Parkinson's disease");
    expect(texts).toContain('Parkinson’s disease');
    // The page's text is unchanged by highlighting.
    expect(await page.$eval('#p1', (p) => p.textContent)).toContain('Dystonia is a movement disorder. Muscles tighten');
  });

  it('leaves no timing entries for the page to read (they would tell it a health extension is installed)', async () => {
    const names = await page.evaluate(() =>
      performance
        .getEntries()
        .map((e) => e.name)
        .filter((n) => /glossary|dystonia/i.test(n)),
    );
    expect(names).toEqual([]);
  });

  it('opens the popover when a shaky pointer rests on a term, and Esc closes it', async () => {
    const at = await termCenter(ext(), page, 'putamen');
    await page.mouse.move(at.x - 200, at.y - 100);
    await jitterAt(page, at, 600, 4);
    await waitForPopover(ext(), page, true);
    const state = await popoverState(ext(), page);
    expect(state.role).toBe('dialog');
    expect(state.name).toBe('putamen');
    expect(state.text).toContain(entry('putamen').short);
    expect(state.text).toMatch(/not medical advice/i);
    expect(state.focusInside).toBe(false); // hover never steals focus
    await page.keyboard.press('Escape');
    await waitForPopover(ext(), page, false);
  });

  it('pins the popover on click; it survives the pointer leaving; the close button dismisses it', async () => {
    await clickTerm(ext(), page, 'botulinum-toxin');
    await waitForPopover(ext(), page, true);
    expect((await popoverState(ext(), page)).name).toBe(entry('botulinum-toxin').term);
    await page.mouse.move(5, 5);
    await new Promise((r) => setTimeout(r, 900));
    expect((await popoverState(ext(), page)).open).toBe(true);
    await clickInPopover(ext(), page, 'button.dg-close');
    await waitForPopover(ext(), page, false);
  });

  it('does not highlight inside inputs, textareas, contenteditable, textboxes, code, pre, script, style or svg', async () => {
    await page.close();
    await openFixture('/exclusions.html');
    expect(await highlightCounts(ext(), page)).toEqual({ dystonia: 1 });
    expect(await highlightCounts(ext(), page, '#visible')).toEqual({ dystonia: 1 });
    expect(await page.$eval('#input', (el) => (el as HTMLInputElement).value)).toBe('dystonia and the putamen');
    expect(await page.$eval('#textarea', (el) => (el as HTMLTextAreaElement).value)).toBe('cervical dystonia and blepharospasm');
    expect(await page.evaluate(() => (window as unknown as { __note: string }).__note)).toBe('dystonia in a script');
    await page.close();
  });

  it.runIf(method === 'paint')('lists every glossary term in the toolbar popup and opens one', async () => {
    page = await openExtensionPage(suite.ext, 'popup.html', '.term');
    expect(await page.$$eval('.term', (els) => els.length)).toBe(GLOSSARY.length);
    await page.type('.search', 'putamen');
    await page.waitForFunction(
      () => document.querySelectorAll('.term').length >= 1 && document.querySelector('.term-name')?.textContent === 'putamen',
    );
    await page.click('.term[data-entry-id="putamen"]');
    await page.waitForSelector('.detail-view:not([hidden])');
    expect(await page.$eval('.entry-title', (el) => el.textContent)).toBe('putamen');
    expect(await page.$eval('.entry-details', (el) => el.textContent)).toContain(entry('putamen').short);
    await page.click('.back');
    await page.waitForSelector('.list-view:not([hidden])');
    await page.close();
  });
});
