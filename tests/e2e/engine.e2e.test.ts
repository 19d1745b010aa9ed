/**
 * The highlighting engine in real Chromium and Firefox with the built extension: context
 * gating, first-occurrence mode, dynamic pages and SPA navigation, layout neutrality on
 * flex/grid, exclusions that change at run time, open shadow roots, same-origin iframes,
 * and links that still work. The React fixture is in engine-react.e2e.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';
import { openExtensionPage } from './harness/browsers';
import { BROWSER_METHODS, EVERY_OCCURRENCE, useExtensionSuite } from './harness/suite';
import {
  highlightCounts,
  highlightPasses,
  inspectPage,
  pageTerms,
  storeSettings,
  termsIn,
  waitForHighlightingIdle,
  waitForInspection,
  waitForPasses,
} from './harness/page-helpers';
import { SETTINGS_ITEM } from '../../src/contracts/storage';
import { setStorage } from './fixtures/surface/extension-api';
import { TERM_SELECTOR } from '../../src/contracts/dom';

describe.each(BROWSER_METHODS)('%s, %s highlights: highlighting engine', (browserName, method) => {
  const suite = useExtensionSuite(browserName, method, EVERY_OCCURRENCE);
  const ext = () => suite.ext;
  /** Passes the engine has finished in this document. */
  const passes = (target: Page | Frame) => highlightPasses(suite.ext, target);
  /** Waits until the engine has finished more than `after` passes. */
  const waitForPass = (target: Page | Frame, after = 0) => waitForPasses(suite.ext, target, after);

  async function open(path: string): Promise<Page> {
    const page = await suite.ext.newPage();
    await page.goto(suite.server.url(`/engine/${path}`), { waitUntil: 'load' });
    await waitForPass(page);
    return page;
  }

  describe('context gating', () => {
    it('highlights nothing on a recipe page that says "stroke", "cramp" and "tremor", and never loads the engine there', async () => {
      const page = await suite.ext.newPage();
      await page.goto(suite.server.url('/engine/recipe.html'), { waitUntil: 'load' });
      // Gated words alone cannot be terms: the first stage reads the page and stops there (issue #13).
      expect((await waitForHighlightingIdle(ext(), page)).termless).toBe(true);
      expect(await highlightCounts(ext(), page)).toEqual({});
      await page.close();
    });

    it('highlights gated words once the page also has an unambiguous term, even further down', async () => {
      const page = await open('neurology.html');
      expect(await highlightCounts(ext(), page)).toEqual({ stroke: 1, tremor: 1, dystonia: 1 });
      expect(await page.$eval('#first', (p) => p.textContent)).toBe('After a stroke, some people notice a tremor in one hand.');
      await page.close();
    });
  });

  describe('dynamic pages', () => {
    it('highlights added text, ignores its own changes, and follows rewrites', async () => {
      const page = await open('dynamic.html');
      expect(await highlightCounts(ext(), page)).toEqual({ dystonia: 1 });
      let before = await passes(page);
      await page.evaluate(() => (window as unknown as { addItem(t: string): void }).addItem('Botulinum toxin eases cervical dystonia.'));
      await waitForPass(page, before);
      expect(await highlightCounts(ext(), page)).toEqual({ dystonia: 1, 'botulinum-toxin': 1, 'cervical-dystonia': 1 });
      // No feedback loop: with the page quiet, no further passes run.
      const settled = await passes(page);
      await new Promise((r) => setTimeout(r, 500));
      expect(await passes(page)).toBe(settled);

      before = await passes(page);
      await page.evaluate(() => {
        const item = document.querySelector('.item')!;
        // A script rewriting the text node it created: our marks split it.
        (item.firstChild as Text).data = 'Now about the putamen.';
      });
      await waitForPass(page, before);
      expect(await page.$eval('.item', (p) => p.textContent)).toBe('Now about the putamen.');
      expect(await highlightCounts(ext(), page)).toEqual({ dystonia: 1, putamen: 1 });
      await page.close();
    });

    it('starts over on a single-page-app navigation: a recipe route gets no gated highlights', async () => {
      const page = await open('dynamic.html');
      let before = await passes(page);
      await page.evaluate(() => (window as unknown as { addItem(t: string): void }).addItem('A stroke can cause dystonia.'));
      await waitForPass(page, before);
      expect(await highlightCounts(ext(), page)).toEqual({ dystonia: 2, stroke: 1 });
      before = await passes(page);
      await page.evaluate(() =>
        (window as unknown as { navigate(path: string, html: string): void }).navigate(
          '/engine/cake',
          '<p>One last stroke of the spatula and a cramp in the wrist.</p>',
        ),
      );
      await waitForPass(page, before);
      expect(await highlightCounts(ext(), page)).toEqual({});
      before = await passes(page);
      await page.evaluate(() =>
        (window as unknown as { navigate(path: string, html: string): void }).navigate('/engine/neuro', '<p>A stroke, then dystonia.</p>'),
      );
      await waitForPass(page, before);
      expect(await highlightCounts(ext(), page)).toEqual({ stroke: 1, dystonia: 1 });
      await page.close();
    });
  });

  describe('exclusions', () => {
    it('removes highlights from a region that becomes editable, leaving its text as the page wrote it', async () => {
      const page = await open('structure.html');
      expect(await termsIn(ext(), page, '#editor')).toHaveLength(1);
      const before = await passes(page);
      await page.evaluate(() => document.getElementById('editor')!.setAttribute('contenteditable', 'true'));
      await waitForPass(page, before);
      expect(await termsIn(ext(), page, '#editor')).toHaveLength(0);
      expect(await page.$$eval('#editor mark', (m) => m.length)).toBe(0);
      expect(await page.$eval('#editor', (el) => [el.childNodes.length, el.textContent])).toEqual([1, 'Notes on the putamen.']);
      await page.close();
    });
  });

  describe('page structure', () => {
    it('highlights inside open shadow roots, styled like the rest of the page', async () => {
      const page = await open('structure.html');
      expect(await highlightCounts(ext(), page, '#card')).toEqual({ 'basal-ganglia': 1 });
      if (method === 'paint') {
        // Painted: the page's shadow tree is untouched, and the highlight rules reach it.
        expect(await page.evaluate(() => document.getElementById('card')!.shadowRoot!.querySelector('mark'))).toBeNull();
        await page.close();
        return;
      }
      const inShadow = await page.evaluate((selector) => {
        const mark = document.getElementById('card')!.shadowRoot!.querySelector<HTMLElement>(selector);
        if (!mark) return null;
        const style = getComputedStyle(mark);
        return { id: mark.dataset.glossaryTerm, underline: style.textDecorationLine, background: style.backgroundColor };
      }, TERM_SELECTOR);
      expect(inShadow).toEqual({ id: 'basal-ganglia', underline: 'underline', background: 'rgba(0, 0, 0, 0)' });
      await page.close();
    });

    // The style settings reach the marks as custom properties on the root; with the default
    // colour its property is not written, and the fills must still be valid without it.
    it.runIf(method === 'elements')('draws each highlight style as chosen, with the default colour', async () => {
      const looks: Record<string, { line: string; filled: boolean }> = {};
      for (const highlightStyle of ['underline', 'background', 'both', 'none-until-hover'] as const) {
        await storeSettings(ext(), { ...suite.settings, highlightStyle });
        const page = await open('structure.html');
        looks[highlightStyle] = await page.evaluate((selector) => {
          const style = getComputedStyle(document.querySelector(selector)!);
          return { line: style.textDecorationLine, filled: !/^(transparent|rgba\(0, 0, 0, 0\))$/.test(style.backgroundColor) };
        }, TERM_SELECTOR);
        await page.close();
      }
      await storeSettings(ext(), suite.settings);
      expect(looks).toEqual({
        underline: { line: 'underline', filled: false },
        background: { line: 'none', filled: true },
        both: { line: 'underline', filled: true },
        'none-until-hover': { line: 'none', filled: false },
      });
    });

    it('highlights in a same-origin iframe', async () => {
      const page = await open('structure.html');
      const frame = page.frames().find((f) => f.url().endsWith('/engine/frame.html'))!;
      await waitForPass(frame);
      expect((await pageTerms(ext(), frame)).map((t) => t.entryId)).toEqual(['cervical-dystonia']);
      await page.close();
    });

    it('highlights in a frame the parent wrote itself (srcdoc / about:blank)', async () => {
      const page = await open('structure.html');
      const frame = page.frames().find((f) => f.url() === 'about:srcdoc')!;
      await waitForPass(frame);
      expect((await pageTerms(ext(), frame)).map((t) => t.entryId)).toEqual(['globus-pallidus']);
      await page.close();
    });

    it('highlights link text and the link still works', async () => {
      const page = await open('structure.html');
      const [inLink] = await termsIn(ext(), page, '#link');
      expect(inLink?.text).toBe('blepharospasm');
      const box = inLink!.boxes[0]!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForFunction(() => location.hash === '#target');
      await page.close();
    });
  });

  describe('very long pages', () => {
    it('stops highlighting ahead of the reader at 10,000 highlights, then highlights what scrolling brings on screen', async () => {
      const page = await open('huge.html');
      // Counted without listing 10,000 terms' boxes (a brief inspection: counts only).
      const count = async () => (await inspectPage(ext(), page, [], true)).drawn;
      const termsOf = async (id: string) => (await termsIn(ext(), page, `#${id}`)).length;
      const ahead = await count();
      expect(ahead).toBeGreaterThanOrEqual(10_000);
      expect(ahead).toBeLessThan(13_000);
      expect(await termsOf('p0')).toBe(5);
      expect(await termsOf('p2599')).toBe(0);
      await page.evaluate(() => document.getElementById('p2599')!.scrollIntoView());
      await expect.poll(count, { timeout: 5_000 }).toBeGreaterThan(ahead);
      await expect.poll(() => termsOf('p2599'), { timeout: 5_000 }).toBe(5);
      // The paragraphs on screen are highlighted; the rest of the page is not walked.
      expect(await count()).toBeLessThan(ahead + 200);
      await page.close();
    });
  });

  describe('layout neutrality', () => {
    it.runIf(method === 'paint')('paints text inside flex and grid containers too, and every box stays where it was', async () => {
      const page = await open('layout.html');
      const ids = (await pageTerms(ext(), page)).map((t) => `${t.entryId}`);
      // Flex and grid items (the text directly inside #flex, #grid) are painted: nothing is wrapped.
      expect(ids).toEqual(expect.arrayContaining(['blepharospasm', 'basal-ganglia', 'putamen', 'cervical-dystonia']));
      expect(await page.$$eval('mark', (m) => m.length)).toBe(0);
      const [before, after] = await page.evaluate(() => {
        const w = window as unknown as { __boxesBefore: string[]; __boxes(): string[] };
        return [w.__boxesBefore, w.__boxes()];
      });
      expect(after).toEqual(before);
      await page.close();
    });

    it.runIf(method === 'elements')(
      'never wraps text directly inside flex or grid containers, and every box stays where it was',
      async () => {
        const page = await open('layout.html');
        // Text in ordinary boxes is highlighted…
        expect(
          await page.$$eval(TERM_SELECTOR, (marks) =>
            marks.map((m) => `${m.parentElement!.id || m.parentElement!.localName}: ${m.textContent}`),
          ),
        ).toEqual([
          'para: Dystonia',
          'para: basal ganglia',
          'span: putamen',
          'div: cervical dystonia',
          'em: dystonia',
          'clamp: Dystonia',
          'a: Dystonia',
          'a: Botulinum toxin',
        ]);
        // …text that is itself a flex/grid item is not.
        const itemMarks = await page.$$eval(
          TERM_SELECTOR,
          (marks) =>
            marks.filter((m) => {
              let parent = m.parentElement!;
              while (getComputedStyle(parent).display === 'contents') parent = parent.parentElement!;
              return /flex|grid/.test(getComputedStyle(parent).display);
            }).length,
        );
        expect(itemMarks).toBe(0);
        const [before, after] = await page.evaluate(() => {
          const w = window as unknown as { __boxesBefore: string[]; __boxes(): string[] };
          return [w.__boxesBefore, w.__boxes()];
        });
        expect(after).toEqual(before);
        await page.close();
      },
    );
  });

  describe('reading density', () => {
    afterEach(() => storeSettings(ext(), suite.settings));

    it('by default marks each term once in each section and leaves headings alone; "every time" then marks them all, on the open page', async () => {
      await storeSettings(ext(), { ...DEFAULT_SETTINGS, highlightMethod: method });
      const page = await open('reading-density.html');
      expect(await highlightCounts(ext(), page, 'h1')).toEqual({});
      expect(await highlightCounts(ext(), page, '#h-cd')).toEqual({});
      expect(await highlightCounts(ext(), page, '#intro')).toEqual({ dystonia: 1, 'movement-disorder': 1 });
      expect(await highlightCounts(ext(), page, '#s1')).toEqual({ 'cervical-dystonia': 1, dystonia: 1, 'botulinum-toxin': 1 });
      expect(await highlightCounts(ext(), page, '#s2')).toEqual({ 'botulinum-toxin': 1, dystonia: 1, 'deep-brain-stimulation': 1 });
      // A new density starts highlighting over with a new highlighter (its passes counted from 0).
      await storeSettings(ext(), { ...DEFAULT_SETTINGS, highlightMethod: method, readingDensity: 'every' });
      await waitForInspection(ext(), page, (i) => i.terms.length > 10);
      expect(await highlightCounts(ext(), page, 'h1')).toEqual({ dystonia: 1 });
      expect(await highlightCounts(ext(), page, '#s1')).toEqual({ 'cervical-dystonia': 4, dystonia: 2, 'botulinum-toxin': 2 });
      await page.close();
    });

    it('once on the page: only the first occurrence of each entry, also in content added later', async () => {
      const options = await openExtensionPage(suite.ext, 'options.html', '.settings-form');
      await setStorage(options, [SETTINGS_ITEM, { readingDensity: 'page', highlightMethod: method }]);
      await options.close();
      const page = await open('first-occurrence.html');
      expect(await highlightCounts(ext(), page)).toEqual({
        dystonia: 1,
        'movement-disorder': 1,
        'cervical-dystonia': 1,
        'focal-dystonia': 1,
      });
      const before = await passes(page);
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'More dystonia, and the putamen.';
        document.getElementById('later')!.append(p);
      });
      await waitForPass(page, before);
      expect(await highlightCounts(ext(), page)).toEqual({
        dystonia: 1,
        'movement-disorder': 1,
        'cervical-dystonia': 1,
        'focal-dystonia': 1,
        putamen: 1,
      });
      await page.close();
    });
  });
});
