/**
 * Runs inside the benchmark page (bundled by esbuild as one script). Each function is one
 * row of the table; each runs on a freshly loaded copy of the article.
 */
import Mark from 'mark.js';
import { startPageHighlighter, VIEWPORT_MEASURE } from '../../src/highlight/page-highlighter';
import type { HighlightMethod } from '../../src/settings/settings';
import { matcherFromData, type MatcherData } from '../../src/matching';

export interface RunResult {
  totalMs: number;
  /** Time until the visible screen was highlighted (the whole run for one-shot methods). */
  firstViewportMs: number;
  marks: number;
  patterns: number;
  /** Engine only: the matcher from its build-time data, and the code warmed up (done while the page loads). */
  prepareMs?: number;
  /** Engine only: first viewport counted from the start of preparation instead. */
  firstViewportFromPrepareMs?: number;
}

/**
 * What the build does (virtual:glossary-matcher) is done by the benchmark in Node: the
 * page receives the compiled data through `setUp`, before the traced, timed call (and, for
 * keyword mode, the forms' texts: the glossary itself is not bundled into the page).
 */
let prepared: MatcherData | null = null;
let keywords: string[] = [];
const preparedData = () => {
  if (!prepared) throw new Error('setUp was not called');
  return prepared;
};
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

  /** The floor of matching: every text node read once and searched with our one regex, no DOM writes ("marks" counts matches). */
  treeWalkerRegex(): RunResult {
    const data = preparedData();
    const regex = matcherFromData(data).regex;
    let matches = 0;
    const result = oneShot(data.formCount, () => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        regex.lastIndex = 0;
        while (regex.exec((n as Text).data) !== null) matches++;
      }
    });
    return { ...result, marks: matches };
  },

  /** mark.js keyword mode: one pass over the page per form. */
  markKeywords(): RunResult {
    // One mark() call per keyword: the same work as mark(keywords), which walks the page once
    // per keyword, but without its recursion, which overflows Chromium's stack past ~1,000 keywords.
    return oneShot(keywords.length, () => {
      const mark = new Mark(document.body);
      for (const keyword of keywords) mark.mark(keyword, { separateWordSearch: false, accuracy: 'exactly', diacritics: false });
    });
  },

  /** Untimed: the matcher data of a run, compiled in Node as the build does. */
  setUp(data: MatcherData, forms: string[]): void {
    prepared = data;
    keywords = forms;
  },

  /** mark.js with our one regex (from the same build-time data), one synchronous call over the whole page. */
  markOneRegex(): RunResult {
    const data = preparedData();
    return oneShot(data.formCount, () => new Mark(document.body).markRegExp(matcherFromData(data).regex, { element: 'mark' }));
  },

  /** Our engine, painting (the default): see runEngine. */
  engine: () => runEngine('paint'),
  /** Our engine, wrapping terms in elements (the setting's other choice). */
  engineElements: () => runEngine('elements'),
};

(window as unknown as { dgBench: typeof bench }).dgBench = bench;
export type Bench = typeof bench;

/**
 * Our engine as the content script runs it: the matcher from its build-time data, then
 * highlighting once the DOM is parsed (the first stage imports the engine only then). The first viewport counts from that point, and from the start of
 * preparation too. "marks" counts highlights of either kind.
 */
async function runEngine(method: HighlightMethod): Promise<RunResult> {
  const data = preparedData();
  const start = performance.now();
  const matcher = matcherFromData(data);
  const highlightStart = performance.now();
  performance.clearMeasures(VIEWPORT_MEASURE);
  const highlighter = await startPageHighlighter(document, matcher, { density: 'every', method, timing: true });
  await highlighter.idle();
  layOut();
  const totalMs = performance.now() - start;
  const viewport = performance.getEntriesByName(VIEWPORT_MEASURE, 'measure').at(-1);
  const viewportEnd = viewport ? viewport.startTime + viewport.duration : NaN;
  return {
    totalMs,
    firstViewportMs: viewportEnd - highlightStart,
    firstViewportFromPrepareMs: viewportEnd - start,
    prepareMs: highlightStart - start,
    marks: highlighter.drawing.drawn,
    patterns: data.formCount,
  };
}
