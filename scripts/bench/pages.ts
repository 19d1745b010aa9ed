/**
 * Every page the bench serves, generated once per run: the engine's articles and page shapes
 * (with the page timer), the term-less pages for the per-frame cost, and the steady-state
 * pages (text that changes 10× a second, an SPA that replaces its content).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateArticle } from './article';
import { PAGE_TIMER_SOURCE, withPageTimer } from './page-timer';
import { GLOSSARY } from '../../src/glossary';
import { compileMatcher, findMatches, formsOf } from '../../src/matching';

const SHAPES_FIXTURE = resolve(import.meta.dirname, '../../tests/e2e/fixtures/integrity/shapes.html');

const ARTICLE_CHARS = 750_000;
const BIG_PAGE_BYTES = 5_000_000;
/** The long page: 665K characters, every paragraph straight in one <article>. */
const ONE_ARTICLE_CHARS = 665_000;
/** The term-less page of the per-frame rows: the reviewer's 30K-character article. */
const TERMLESS_CHARS = 30_000;
export const IFRAMES = 10;
export const SPA_VIEWS = 100;

/** The page shapes of the issue, by path on the bench server, each with the page timer. */
export const SHAPES = [
  { path: '/article.html', label: 'bench article (750K chars)' },
  { path: '/one-article.html', label: 'one <article>, 665K chars' },
  { path: '/shapes.html?shape=node&kb=100', label: '100 KB single text node' },
  { path: '/shapes.html?shape=flat&nodes=50000', label: '50k inline nodes in one block' },
  { path: '/big.html', label: '5 MB page' },
] as const;

export interface BenchPages {
  pages: Record<string, string>;
  describe: string[];
}

/** `otherOrigin`: where the iframes of the 10-iframe page come from (a second port: cross-origin, same site). */
export function buildPages(otherOrigin: string, bundle: string): BenchPages {
  const article = generateArticle(ARTICLE_CHARS);
  let big = generateArticle(BIG_PAGE_BYTES / 2, 2);
  for (let chars = BIG_PAGE_BYTES / 2; big.html.length < BIG_PAGE_BYTES; chars *= 1.2) big = generateArticle(chars, 2);
  const oneArticle = generateArticle(ONE_ARTICLE_CHARS, 3, { sections: false });
  const termless = generateArticle(TERMLESS_CHARS, 4, { terms: false });
  const termlessFrame = generateArticle(TERMLESS_CHARS / 10, 5, { terms: false });
  assertTermless(termless.html);
  assertTermless(termlessFrame.html);
  const frames = Array.from(
    { length: IFRAMES },
    (_, i) => `<iframe src="${otherOrigin}/termless-frame.html?${i}" width="600" height="200"></iframe>`,
  ).join('\n');

  const ticker = generateArticle(TERMLESS_CHARS, 6);
  const sentences = (generateArticle(6_000, 7).articleHtml.match(/(?<=<p>)[^<]+/g) ?? []).map(unescapeHtml);
  const spaViews = Array.from({ length: SPA_VIEWS + 1 }, (_, i) => generateArticle(4_000, 100 + i).articleHtml);

  const pages: Record<string, string> = {
    '/bench.js': bundle,
    '/page-timer.js': PAGE_TIMER_SOURCE,
    '/article.html': withPageTimer(article.html),
    '/big.html': withPageTimer(big.html),
    '/one-article.html': withPageTimer(oneArticle.html),
    '/shapes.html': readFileSync(SHAPES_FIXTURE, 'utf8'),
    '/termless.html': termless.html,
    '/termless-frames.html': termless.html.replace('</body>', `${frames}</body>`),
    '/termless-frame.html': termlessFrame.html,
    '/ticker.html': ticker.html.replace('</body>', `<script>${tickerScript(sentences)}</script></body>`),
    '/spa.html': spaShell(spaViews[0]!),
  };
  spaViews.forEach((view, i) => (pages[`/spa/${i}.html`] = view));
  return {
    pages,
    describe: [
      `Article: ${article.textLength.toLocaleString('en')} characters of text, ${article.html.length.toLocaleString('en')} bytes of HTML`,
      `Big page: ${big.textLength.toLocaleString('en')} characters of text, ${big.html.length.toLocaleString('en')} bytes of HTML`,
      `One-<article> page: ${oneArticle.textLength.toLocaleString('en')} characters of text`,
      `Term-less page: ${termless.textLength.toLocaleString('en')} characters; with ${IFRAMES} cross-origin iframes of ${termlessFrame.textLength.toLocaleString('en')} characters each`,
    ],
  };
}

/** The term-less pages must really be: a term on them would measure highlighting, not the floor. */
function assertTermless(html: string): void {
  const text = unescapeHtml(html.replace(/<style>.*?<\/style>|<title>.*?<\/title>/gs, ' ').replace(/<[^>]+>/g, ' '));
  const found = findMatches(compileMatcher(formsOf(GLOSSARY)), text);
  if (found.length > 0)
    throw new Error(`the term-less page has glossary terms: ${[...new Set(found.map((m) => m.text))].slice(0, 10).join(', ')}`);
}

/** The three escapes article.ts writes. */
const unescapeHtml = (s: string) => s.replace(/&lt;/g, '<').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** A live page: every 100 ms one of its first 20 paragraphs gets a new sentence with terms. */
function tickerScript(sentences: string[]): string {
  return `(() => {
  const lines = ${JSON.stringify(sentences)};
  const paragraphs = document.querySelectorAll('article p');
  let tick = 0;
  setInterval(() => { paragraphs[tick % 20].textContent = lines[tick % lines.length]; tick++; }, 100);
})();`;
}

/** A single-page app: \`spaRun(n, pauseMs)\` fetches and shows view 1…n, pushing history, \`pauseMs\` apart. */
function spaShell(first: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dystonia app</title></head>
<body><nav>App</nav><main id="app">${first}</main><script>
window.spaRun = async (views, pauseMs) => {
  const app = document.getElementById('app');
  for (let i = 1; i <= views; i++) {
    const html = await (await fetch('/spa/' + i + '.html')).text();
    history.pushState({ i }, '', '?view=' + i);
    app.innerHTML = html;
    await new Promise((done) => setTimeout(done, pauseMs));
  }
};
</script></body></html>`;
}
