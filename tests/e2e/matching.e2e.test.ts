/**
 * Matching on real page shapes (issue #11) in real Chromium and Firefox with the built
 * extension: terms split by inline markup are one occurrence each, invisible characters and
 * separators are read through, the page's own abbreviations overrule the glossary, generic
 * medical words unlock no abbreviation on other topics' pages, and the page's text and
 * layout stay exactly as they were.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { BROWSERS } from './harness/browsers';
import { highlightCounts, popoverState, waitForPopover } from './harness/page-helpers';
import { useExtensionSuite } from './harness/suite';

interface Occurrence {
  entry: string;
  text: string;
  block: string;
  marks: number;
}

/** The highlighted occurrences in document order: the marks of one occurrence share an id. */
function occurrences(page: Page): Promise<Occurrence[]> {
  return page.evaluate(() => {
    const found = new Map<string, { entry: string; text: string; block: string; marks: number }>();
    for (const mark of document.querySelectorAll<HTMLElement>('mark[data-glossary-term]')) {
      const id = mark.dataset.glossaryOccurrence!;
      const seen = found.get(id);
      if (seen) {
        seen.text += mark.textContent;
        seen.marks++;
      } else found.set(id, { entry: mark.dataset.glossaryTerm!, text: mark.textContent!, block: mark.closest('[id]')?.id ?? '', marks: 1 });
    }
    return [...found.values()];
  });
}

const settled = (page: Page) => page.waitForFunction(() => performance.getEntriesByName('glossary:highlight').length > 0, { timeout: 15_000 });

describe.each(BROWSERS)('%s: matching on real page shapes', (browserName) => {
  const suite = useExtensionSuite(browserName);

  async function open(path: string): Promise<Page> {
    const page = await suite.ext.newPage();
    await page.goto(suite.server.url(`/matching/${path}`), { waitUntil: 'load' });
    await settled(page);
    return page;
  }

  it('a term split by inline markup or a line break is one occurrence with the right entry; invisible characters and hyphens are read through', async () => {
    const page = await open('split.html');
    const byBlock = Object.fromEntries((await occurrences(page)).filter((o) => o.block !== '').map((o) => [`${o.block}:${o.entry}`, o]));
    expect(byBlock['em:botulinum-toxin']).toMatchObject({ text: 'botulinum toxin', marks: 2 });
    expect(byBlock['bi:deep-brain-stimulation']?.marks).toBeGreaterThanOrEqual(2);
    expect(byBlock['strong:basal-ganglia']?.marks).toBeGreaterThanOrEqual(2);
    expect(byBlock['br:laryngeal-dystonia']).toMatchObject({ text: 'Spasmodicdysphonia', marks: 2 });
    expect(byBlock['br:spasm']).toBeUndefined();
    expect(byBlock['shy:dystonia']).toMatchObject({ text: 'dys\u00adtonia', marks: 1 });
    expect(byBlock['zwsp:cervical-dystonia']).toBeDefined();
    expect(byBlock['hyphen:deep-brain-stimulation']).toMatchObject({ text: 'deep-brain stimulation' });
    expect(byBlock['split:extrapyramidal-symptoms']).toBeDefined();
    // Word edges: the negated drug, and nothing inside the address or the e-mail.
    expect((await occurrences(page)).filter((o) => o.block === 'non').map((o) => o.text)).toEqual(['benzodiazepine']);
    expect((await occurrences(page)).filter((o) => o.block === 'url')).toEqual([]);
    // Never across blocks, never into code.
    expect((await occurrences(page)).filter((o) => ['blocks', 'code'].includes(o.block))).toEqual([]);
    // Counted once each (the badge and "On this page" see occurrences).
    const counts = await highlightCounts(page);
    expect(counts['botulinum-toxin']).toBeGreaterThanOrEqual(2);
    // Text and layout exactly as the page made them.
    const { textBefore, textAfter, boxesBefore, boxesAfter } = await page.evaluate(() => {
      const w = window as unknown as { __textBefore: string; __boxesBefore: string[]; __boxes(): string[] };
      return { textBefore: w.__textBefore, textAfter: document.body.textContent ?? '', boxesBefore: w.__boxesBefore, boxesAfter: w.__boxes() };
    });
    // The extension's own UI (the popover host) may follow the page's text; the page's text is unchanged.
    expect(textAfter.startsWith(textBefore)).toBe(true);
    expect(boxesAfter).toEqual(boxesBefore);
    await page.close();
  });

  it('hovering any piece of a split term opens the one explanation', async () => {
    const page = await open('split.html');
    const second = await page.$('#em mark:nth-of-type(2), #em em + mark');
    const box = (await (second ?? (await page.$$('#em mark'))[1]!).boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await waitForPopover(page, true);
    expect((await popoverState(page)).name).toBe('botulinum toxin');
    await page.close();
  });

  it('follows the page\'s own abbreviations: HFS and PD as the page defines them, CD as cervical dystonia, even before its definition', async () => {
    const page = await open('own-abbreviations.html');
    const found = await occurrences(page);
    expect(found.filter((o) => o.text === 'HFS')).toEqual([]);
    expect(found.filter((o) => o.text === 'PD').map((o) => o.entry)).toEqual(['paroxysmal-dyskinesia', 'paroxysmal-dyskinesia']);
    expect(found.filter((o) => o.text === 'CD').map((o) => `${o.block}:${o.entry}`)).toEqual(['cd-use:cervical-dystonia', 'cd-def:cervical-dystonia']);
    await page.close();
  });

  it('a definition that arrives later (infinite scroll) updates what is already highlighted', async () => {
    const page = await open('late-definition.html');
    expect((await occurrences(page)).filter((o) => o.text === 'HFS').map((o) => o.entry)).toEqual(['hemifacial-spasm']);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'added';
      p.textContent = 'In our study, high frequency stimulation (HFS) of the pallidum helped; HFS was well tolerated.';
      document.body.append(p);
    });
    await page.waitForFunction(() => ![...document.querySelectorAll('mark')].some((m) => m.textContent === 'HFS'), { timeout: 10_000 });
    expect(await page.$eval('#first', (p) => p.textContent)).toBe('Hemifacial spasm is not a dystonia. HFS affects one side of the face.');
    await page.close();
  });

  it('leaves the abbreviations of other topics alone: Crohn\'s, kidney, running and heart pages', async () => {
    for (const [file, abbreviations] of [
      ['decoy-crohns.html', ['CD']],
      ['decoy-kidney.html', ['PKD']],
      ['decoy-running.html', ['ITB']],
      ['decoy-heart.html', ['EPS', 'myectomy']],
      // The page defines PD its own way, so even beside "Parkinson's disease" it is not Parkinson's.
      ['decoy-optician.html', ['PD']],
    ] as const) {
      const page = await open(file);
      const texts = (await occurrences(page)).map((o) => o.text.toLowerCase());
      for (const a of abbreviations) expect(texts, `${file}: ${a}`).not.toContain(a.toLowerCase());
      // Nor is anything gated on these pages: a cramp in a running page is a cramp.
      expect(texts, file).not.toContain('cramp');
      if (file === 'decoy-optician.html') expect(texts).toContain("parkinson's disease");
      await page.close();
    }
  });
});
