/**
 * Matching on real page shapes (issue #11) in real Chromium and Firefox with the built
 * extension: terms split by inline markup are one occurrence each, invisible characters and
 * separators are read through, the page's own abbreviations overrule the glossary, generic
 * medical words unlock no abbreviation on other topics' pages, and the page's text and
 * layout stay exactly as they were.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { type ExtensionBrowser } from './harness/browsers';
import { BROWSER_METHODS, EVERY_OCCURRENCE, useExtensionSuite } from './harness/suite';
import { highlightCounts, pageTerms, popoverState, termsIn, waitForPasses, waitForPopover } from './harness/page-helpers';

interface Occurrence {
  entry: string;
  text: string;
  block: string;
  /** Boxes: one per piece (a term split by markup has several), and per line. */
  marks: number;
}

/**
 * The highlighted occurrences in document order, each with the id of the block it sits in
 * (the nearest element with an id under the middle of its first box) and how many boxes it has.
 */
async function occurrences(ext: ExtensionBrowser, page: Page): Promise<Occurrence[]> {
  const terms = await pageTerms(ext, page);
  const blocks = await page.evaluate(
    (centres) => centres.map((c) => (c ? (document.elementFromPoint(c.x, c.y)?.closest('[id]')?.id ?? '') : '')),
    terms.map((t) => (t.boxes[0] ? { x: t.boxes[0].x + t.boxes[0].width / 2, y: t.boxes[0].y + t.boxes[0].height / 2 } : null)),
  );
  return terms.map((t, i) => ({ entry: t.entryId, text: t.text, block: blocks[i] ?? '', marks: t.boxes.length }));
}

describe.each(BROWSER_METHODS)('%s, %s highlights: matching on real page shapes', (browserName, method) => {
  const suite = useExtensionSuite(browserName, method, EVERY_OCCURRENCE);
  const ext = () => suite.ext;

  async function open(path: string): Promise<Page> {
    const page = await suite.ext.newPage();
    await page.goto(suite.server.url(`/matching/${path}`), { waitUntil: 'load' });
    await waitForPasses(ext(), page);
    return page;
  }

  it('a term split by inline markup or a line break is one occurrence with the right entry; invisible characters and hyphens are read through', async () => {
    const page = await open('split.html');
    const byBlock = Object.fromEntries(
      (await occurrences(ext(), page)).filter((o) => o.block !== '').map((o) => [`${o.block}:${o.entry}`, o]),
    );
    const elements = method === 'elements';
    // One occurrence each; as elements, one mark per piece (the painted range's boxes are the browser's to count).
    expect(byBlock['em:botulinum-toxin']).toMatchObject({ text: 'botulinum toxin', ...(elements && { marks: 2 }) });
    expect(byBlock['bi:deep-brain-stimulation']).toBeDefined();
    expect(byBlock['strong:basal-ganglia']).toBeDefined();
    if (elements) {
      expect(byBlock['bi:deep-brain-stimulation']!.marks).toBeGreaterThanOrEqual(2);
      expect(byBlock['strong:basal-ganglia']!.marks).toBeGreaterThanOrEqual(2);
    }
    expect(byBlock['br:laryngeal-dystonia']).toMatchObject(
      elements ? { text: 'Spasmodicdysphonia', marks: 2 } : { text: 'Spasmodic\ndysphonia' },
    );
    expect(byBlock['br:spasm']).toBeUndefined();
    // The soft hyphen stays in the page's text: inside the mark, or read through by the painted match.
    expect(byBlock['shy:dystonia']).toMatchObject(elements ? { text: 'dys\u00adtonia', marks: 1 } : { text: 'dystonia' });
    expect(byBlock['zwsp:cervical-dystonia']).toBeDefined();
    expect(byBlock['hyphen:deep-brain-stimulation']).toMatchObject({ text: 'deep-brain stimulation' });
    expect(byBlock['split:extrapyramidal-symptoms']).toBeDefined();
    // Word edges: the negated drug, and nothing inside the address or the e-mail.
    expect((await occurrences(ext(), page)).filter((o) => o.block === 'non').map((o) => o.text)).toEqual(['benzodiazepine']);
    expect((await occurrences(ext(), page)).filter((o) => o.block === 'url')).toEqual([]);
    // Never across blocks, never into code.
    expect((await occurrences(ext(), page)).filter((o) => ['blocks', 'code'].includes(o.block))).toEqual([]);
    // A split term counts once (the badge and "On this page" count occurrences, not marks):
    // the page has one botulinum toxin, in two elements.
    expect((await highlightCounts(ext(), page))['botulinum-toxin']).toBe(1);
    // Text and layout exactly as the page made them.
    const { textBefore, textAfter, boxesBefore, boxesAfter } = await page.evaluate(() => {
      const w = window as unknown as { __textBefore: string; __boxesBefore: string[]; __boxes(): string[] };
      return {
        textBefore: w.__textBefore,
        textAfter: document.body.textContent ?? '',
        boxesBefore: w.__boxesBefore,
        boxesAfter: w.__boxes(),
      };
    });
    // The extension's own UI (the popover host) may follow the page's text; the page's text is unchanged.
    expect(textAfter.startsWith(textBefore)).toBe(true);
    expect(boxesAfter).toEqual(boxesBefore);
    await page.close();
  });

  it('hovering any piece of a split term opens the one explanation', async () => {
    const page = await open('split.html');
    // The second piece: " toxin", after the <em>.
    const [term] = await termsIn(ext(), page, '#em');
    const box = method === 'elements' ? term!.boxes[1]! : term!.boxes[0]!;
    const x = method === 'elements' ? box.x + box.width / 2 : box.x + box.width - 8;
    await page.mouse.move(x, box.y + box.height / 2);
    await waitForPopover(ext(), page, true);
    expect((await popoverState(ext(), page)).name).toBe('botulinum toxin');
    await page.close();
  });

  it("follows the page's own abbreviations: HFS and PD as the page defines them, CD as cervical dystonia, even before its definition", async () => {
    const page = await open('own-abbreviations.html');
    const found = await occurrences(ext(), page);
    expect(found.filter((o) => o.text === 'HFS')).toEqual([]);
    expect(found.filter((o) => o.text === 'PD').map((o) => o.entry)).toEqual(['paroxysmal-dyskinesia', 'paroxysmal-dyskinesia']);
    expect(found.filter((o) => o.text === 'CD').map((o) => `${o.block}:${o.entry}`)).toEqual([
      'cd-use:cervical-dystonia',
      'cd-def:cervical-dystonia',
    ]);
    await page.close();
  });

  it('a definition that arrives later (infinite scroll) updates what is already highlighted', async () => {
    const page = await open('late-definition.html');
    expect((await occurrences(ext(), page)).filter((o) => o.text === 'HFS').map((o) => o.entry)).toEqual(['hemifacial-spasm']);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'added';
      p.textContent = 'In our study, high frequency stimulation (HFS) of the pallidum helped; HFS was well tolerated.';
      document.body.append(p);
    });
    await expect.poll(async () => (await occurrences(ext(), page)).filter((o) => o.text === 'HFS').length, { timeout: 10_000 }).toBe(0);
    expect(await page.$eval('#first', (p) => p.textContent)).toBe('Hemifacial spasm is not a dystonia. HFS affects one side of the face.');
    await page.close();
  });

  it("leaves the abbreviations of other topics alone: Crohn's, kidney, running and heart pages", async () => {
    for (const [file, abbreviations] of [
      ['decoy-crohns.html', ['CD']],
      ['decoy-kidney.html', ['PKD']],
      ['decoy-running.html', ['ITB']],
      ['decoy-heart.html', ['EPS', 'myectomy']],
      // The page defines PD its own way, so even beside "Parkinson's disease" it is not Parkinson's.
      ['decoy-optician.html', ['PD']],
    ] as const) {
      const page = await open(file);
      const texts = (await occurrences(ext(), page)).map((o) => o.text.toLowerCase());
      for (const a of abbreviations) expect(texts, `${file}: ${a}`).not.toContain(a.toLowerCase());
      // Nor is anything gated on these pages: a cramp in a running page is a cramp.
      expect(texts, file).not.toContain('cramp');
      if (file === 'decoy-optician.html') expect(texts).toContain("parkinson's disease");
      await page.close();
    }
  });
});
