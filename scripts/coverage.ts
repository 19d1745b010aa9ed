/**
 * `npm run coverage`: how much of real text the glossary explains. Loads every page of the
 * development corpus (../shared/corpus/real-pages, real public pages kept only for
 * measuring: never copied into this repository) in headless Chromium with the built
 * extension, and prints per page the highlighted terms and the words left unhighlighted
 * that look like terms (capitalised mid-sentence, abbreviations, medical word endings), so
 * the gaps can be seen. Decoy pages (where "stroke", "CD" or "DBS" mean something else) are
 * reported apart: every highlight there is a false one. Not part of `npm test`.
 *
 *   npm run coverage                       # the current build
 *   npm run coverage -- --extension DIR    # another build (e.g. an older commit's), side by side
 *   npm run coverage -- --quiet            # totals only
 *   npm run coverage -- --density section  # highlights as a reader sees them (default: every, to measure matching)
 */
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { SETTINGS_ITEM } from '../src/contracts/storage';
import { DEFAULT_SETTINGS, READING_DENSITIES, type ReadingDensity } from '../src/settings/settings';
import { setStorage } from '../tests/e2e/fixtures/surface/extension-api';
import { startFixtureServer } from '../tests/e2e/harness/server';
import { candidateWords, type Candidate } from './coverage/candidates';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const extension = resolve(option('--extension') ?? join(root, '.output/chrome-mv3'));
const corpus = resolve(option('--corpus') ?? join(root, '../shared/corpus/real-pages'));
const quiet = args.includes('--quiet');
// Matching is measured on every occurrence; the calmer densities (the default) are for counting what a reader sees.
const density = (option('--density') ?? 'every') as ReadingDensity;
if (!READING_DENSITIES.includes(density)) {
  console.error(`coverage: --density must be one of ${READING_DENSITIES.join(', ')}`);
  process.exit(1);
}

if (!existsSync(corpus)) {
  console.log(`coverage: skipped, no corpus at ${corpus} (it lives in the team's shared folder, beside the repository).`);
  process.exit(0);
}
if (!existsSync(join(extension, 'manifest.json'))) {
  console.error(`coverage: no Chromium build at ${extension}; run \`npm run build:chrome\` first.`);
  process.exit(1);
}

interface PageResult {
  file: string;
  decoy: boolean;
  marks: { id: string; text: string }[];
  /** Occurrences painted even in elements mode: highlighted, but not in `marks`, and their words are counted as left. */
  painted: number;
  candidates: Candidate[];
}

const pages = readdirSync(corpus)
  .filter((f) => f.endsWith('.html'))
  .sort();
const server = await startFixtureServer(corpus);
const browser = await puppeteer.launch({
  browser: 'chrome',
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  pipe: true,
  enableExtensions: [extension],
  userDataDir: await mkdtemp(join(tmpdir(), 'dg-coverage-')),
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-gpu',
  ],
});
const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), {
  timeout: 15_000,
});
// Terms as elements, which this script can read (painted highlights are StaticRanges the page
// cannot enumerate whole). What is matched does not depend on how it is drawn; text that even
// elements mode paints (a flex item, a 10,000-character node) is counted and reported apart.
const optionsPage = await browser.newPage();
await optionsPage.goto(`${worker.url().split('/').slice(0, 3).join('/')}/options.html`);
await setStorage(optionsPage, [SETTINGS_ITEM, { ...DEFAULT_SETTINGS, highlightMethod: 'elements', readingDensity: density }]);
await optionsPage.close();

const results: PageResult[] = [];
for (const file of pages) {
  const page = await browser.newPage();
  await page.goto(server.url(`/${file}`), { waitUntil: 'load' });
  // Each pass records this measure when it is done (the README's DOM contract); then wait out any held-back second look.
  await page
    .waitForFunction(() => performance.getEntriesByName('glossary:highlight').length > 0, { timeout: 15_000 })
    .catch(() => undefined); // a timings build (npm run coverage)
  await new Promise((done) => setTimeout(done, 300));
  const { marks, unmarked, painted } = await page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, { size: number }> }).highlights;
    const painted = ['dystonia-glossary', 'dystonia-glossary-lineless'].reduce((n, name) => n + (registry?.get(name)?.size ?? 0), 0);
    const skip = 'script,style,noscript,template,title,head,[data-glossary-popover]';
    const byMark = new Map<string, { id: string; text: string }>();
    // One occurrence may be split over several elements that share an occurrence id.
    for (const mark of document.querySelectorAll<HTMLElement>('[data-glossary-term]')) {
      const key = mark.dataset.glossaryOccurrence ?? `single-${byMark.size}`;
      const seen = byMark.get(key);
      if (seen) seen.text += mark.textContent ?? '';
      else byMark.set(key, { id: mark.dataset.glossaryTerm ?? '', text: mark.textContent ?? '' });
    }
    const blocks: string[] = [];
    for (const block of document.body.querySelectorAll('p, li, h1, h2, h3, h4, td, th, dd, dt, blockquote, figcaption')) {
      if (block.closest(skip)) continue;
      let text = '';
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const marked = n.parentElement?.closest('[data-glossary-term]');
        // A highlighted word stands in as a neutral token, so the words around it keep their sentence positions.
        text += marked ? (n === marked.firstChild ? ' ▪ ' : '') : (n.textContent ?? '');
      }
      blocks.push(text);
    }
    return { marks: [...byMark.values()], unmarked: blocks, painted };
  });
  results.push({ file, decoy: /decoy/.test(file), marks, painted, candidates: candidateWords(unmarked) });
  await page.close();
}
await browser.close();
await server.close();

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const countBy = <T>(items: T[], key: (t: T) => string) => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
};

for (const r of results) {
  if (quiet) break;
  console.log(`\n${r.file}${r.decoy ? '  (decoy: every highlight here is a false one)' : ''}`);
  const terms = countBy(r.marks, (m) => m.id);
  console.log(
    `  highlighted: ${plural(r.marks.length, 'occurrence')} of ${terms.length} ${terms.length === 1 ? 'entry' : 'entries'}${terms.length ? `: ${terms.map(([id, n]) => (n > 1 ? `${id} ×${n}` : id)).join(', ')}` : ''}`,
  );
  const left = countBy(r.candidates, (c) => c.word);
  if (r.painted > 0) console.log(`  also painted (not counted above, their words counted as left): ${r.painted}`);
  console.log(`  left unhighlighted (${left.length}): ${left.map(([w, n]) => (n > 1 ? `${w} ×${n}` : w)).join(', ') || '–'}`);
}

const medical = results.filter((r) => !r.decoy);
const decoys = results.filter((r) => r.decoy);
const allMarks = medical.flatMap((r) => r.marks);
const allLeft = medical.flatMap((r) => r.candidates);
const medicalLooking = allLeft.filter((c) => c.reason === 'medical-ending' || c.reason === 'abbreviation');
const proxy = allMarks.length / (allMarks.length + medicalLooking.length);
console.log(`\nTotals (${extension}, reading density: ${density})`);
console.log(
  `  ${medical.length} dystonia pages: ${allMarks.length} highlights of ${new Set(allMarks.map((m) => m.id)).size} distinct entries`,
);
console.log(
  `  left unhighlighted: ${allLeft.length} candidate words (${new Set(allLeft.map((c) => c.word.toLowerCase())).size} distinct), of which ${medicalLooking.length} abbreviations or medical-looking words`,
);
console.log(`  highlights / (highlights + medical-looking words left): ${(proxy * 100).toFixed(1)}%`);
const paintedTotal = results.reduce((n, r) => n + r.painted, 0);
if (paintedTotal > 0) console.log(`  ${paintedTotal} more occurrences painted (text elements mode does not wrap), not counted above`);
console.log(
  `  ${decoys.length} decoy pages: ${plural(decoys.flatMap((r) => r.marks).length, 'false highlight')}${decoys.some((r) => r.marks.length) ? ` (${decoys.flatMap((r) => r.marks.map((m) => `${r.file.slice(0, 2)}:${m.text}→${m.id}`)).join(', ')})` : ''}`,
);
