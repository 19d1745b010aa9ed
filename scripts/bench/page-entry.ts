/**
 * Runs inside the benchmark page (bundled by esbuild as one script). Each function is one
 * row of the table; each runs on a freshly loaded copy of the article.
 */
import Mark from 'mark.js';
import { GLOSSARY } from '../../src/glossary';
import { startPageHighlighter, VIEWPORT_MEASURE } from '../../src/highlight/page-highlighter';
import { compileMatcher, formsOf } from '../../src/matching';
import { patternSet } from './vocabulary';

export interface RunResult {
  totalMs: number;
  /** Time until the visible screen was highlighted (the whole run for one-shot methods). */
  firstViewportMs: number;
  marks: number;
  patterns: number;
  /** Engine only: compiling the matcher, and the first task up to the first yield. */
  compileMs?: number;
  syncMs?: number;
  /** Engine only: the engine's own viewport measure, from the first pass's start (regex compiled and warm). */
  viewportPassMs?: number;
}

const forms = formsOf(GLOSSARY);
const countMarks = () => document.querySelectorAll('mark').length;

/**
 * Totals include laying out the highlights (a forced layout at the end), so a method that
 * leaves that work to the next frame is not flattered: the page cannot show the marks sooner.
 */
const layOut = () => void document.documentElement.getBoundingClientRect();

function oneShot(patterns: number, run: () => void): RunResult {
  const start = performance.now();
  run();
  layOut();
  const totalMs = performance.now() - start;
  return { totalMs, firstViewportMs: totalMs, marks: countMarks(), patterns };
}

const bench = {
  /** The floor: reading every text node once, no matching, no DOM writes. */
  treeWalkerRead(): RunResult {
    let chars = 0;
    return oneShot(0, () => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
      if (chars === 0) throw new Error('empty page');
    });
  },

  /** mark.js keyword mode: one pass over the page per form. */
  markKeywords(): RunResult {
    const keywords = forms.map((f) => f.text);
    return oneShot(keywords.length, () =>
      new Mark(document.body).mark(keywords, { separateWordSearch: false, accuracy: 'exactly', diacritics: false }),
    );
  },

  /** mark.js with our one compiled regex, one synchronous call over the whole page. */
  markOneRegex(): RunResult {
    const matcher = compileMatcher(forms);
    return oneShot(forms.length, () => new Mark(document.body).markRegExp(matcher.regex, { element: 'mark' }));
  },

  /** Our engine, with `size` patterns (the full glossary when omitted). */
  async engine(size?: number): Promise<RunResult> {
    const start = performance.now();
    const set = size === undefined ? forms : patternSet(forms, size);
    // Compiling is part of the engine's cost: the content script does it on every page.
    const matcher = compileMatcher(set);
    const compileMs = performance.now() - start;
    performance.clearMeasures(VIEWPORT_MEASURE);
    const highlighter = await startPageHighlighter(document, matcher, { firstOccurrenceOnly: false });
    const syncMs = performance.now() - start;
    await highlighter.idle();
    layOut();
    const totalMs = performance.now() - start;
    const viewport = performance.getEntriesByName(VIEWPORT_MEASURE, 'measure').at(-1);
    const firstViewportMs = viewport ? viewport.startTime + viewport.duration - start : NaN;
    return { totalMs, firstViewportMs, marks: countMarks(), patterns: set.length, compileMs, syncMs, viewportPassMs: viewport?.duration };
  },
};

(window as unknown as { dgBench: typeof bench }).dgBench = bench;
export type Bench = typeof bench;
