/**
 * `npx tsx scripts/bench-search.ts`: how long the popup's search takes per keystroke over the
 * full glossary (and with 500 custom terms on top), against the one-frame budget (16.7 ms).
 * Every prefix of each query is searched, as typing does. Prints a table; asserts nothing.
 */
import { GLOSSARY, type GlossaryEntry } from '../src/glossary';
import { createEntrySearch } from '../src/search/search-entries';

const QUERIES = [
  'blepharospasm',
  'distonia',
  'parkinsons',
  'botulinum toxin',
  'cervical dystonia',
  'deep brain stimulation',
  'writers cramp',
  'gpi',
  'trihexyphenidyl',
  'qzxv',
];
const FRAME_MS = 1000 / 60;

function customTerms(n: number): GlossaryEntry[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `custom-term-${i}`,
    term: `Custom medicine ${i.toString(36)}x${i}`,
    aliases: [`cm${i}`],
    category: 'medications',
    short: `A medicine the user added, number ${i}, taken in the evening with food.`,
    long: '',
    related: [],
    sources: [],
  }));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function bench(label: string, entries: readonly GlossaryEntry[]) {
  const t0 = performance.now();
  const search = createEntrySearch(entries);
  const buildMs = performance.now() - t0;
  // Warm-up, so the JIT's first compile is not counted as a keystroke.
  for (const q of QUERIES) search.search(q);
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const q of QUERIES) {
      for (let n = 1; n <= q.length; n++) {
        const start = performance.now();
        search.search(q.slice(0, n));
        times.push(performance.now() - start);
      }
    }
  }
  times.sort((a, b) => a - b);
  return {
    label,
    entries: entries.length,
    'index build ms': buildMs.toFixed(1),
    keystrokes: times.length,
    'median ms': percentile(times, 50).toFixed(2),
    'p95 ms': percentile(times, 95).toFixed(2),
    'p99 ms': percentile(times, 99).toFixed(2),
    // The maximum includes garbage-collection pauses that land on a keystroke by chance.
    'max ms': times[times.length - 1]!.toFixed(2),
    'p99 within a frame': percentile(times, 99) < FRAME_MS ? 'yes' : 'NO',
  };
}

console.table([bench('full glossary', GLOSSARY), bench('glossary + 500 custom terms', [...GLOSSARY, ...customTerms(500)])]);
