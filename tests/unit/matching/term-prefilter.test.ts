import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/glossary';
import { glossaryPrefilter } from '../../../src/matching/glossary-matcher-data';
import { compileMatcher, findMatches, formsOf } from '../../../src/matching';
import {
  decodePrefilter,
  encodePrefilter,
  mayHoldTerm,
  prefilterHash,
  prefilterKeys,
  prefilterScan,
  wordsOf,
  type Prefilter,
} from '../../../src/matching/term-prefilter';

const FORMS = formsOf(GLOSSARY);
const TABLE = decodePrefilter(glossaryPrefilter());
const holds = (text: string) => mayHoldTerm(text, [TABLE]);
const FIXTURES = join(import.meta.dirname, '../../e2e/fixtures');

/** Ordinary prose, on nothing medical: the first stage must let such pages be. */
const ORDINARY = [
  'The committee met on Tuesday to discuss the budget for next year. Smith et al. found that the new parking rules reduced traffic, and the council agreed to extend them to the market square.',
  'Preheat the oven to 200 degrees. Mix the flour, butter and sugar until the dough comes together, then chill it for thirty minutes before rolling it out on a floured board.',
  'To install the package, run the install command, then create a configuration file in the project root. Contributions are welcome: open an issue first to discuss what you would like to change.',
  'The match ended in a draw after extra time; the visiting side had two goals disallowed for offside, and their captain was sent off in the second half for a late tackle.',
];

/** The text of every HTML fixture the end-to-end suite serves, tags stripped. */
function fixtureTexts(): string[] {
  const texts: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.html'))
        texts.push(
          readFileSync(path, 'utf8')
            .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
            .replace(/<[^>]+>/g, ' '),
        );
    }
  };
  visit(FIXTURES);
  return texts;
}

/**
 * The prefilter's meaning, written plainly (the shipped reader is a one-pass version of it):
 * every run of letters and digits, invisible characters removed, and the one, two and three
 * words ending there, looked up as read and in lower case.
 */
function plainlyHolds(text: string, table: Prefilter): boolean {
  const has = (key: string) => table.keys.includes(prefilterHash(key));
  const words = [...text.replace(/\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g, '').matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]);
  return words.some((_, i) =>
    [1, 2, 3].some((n) => i + 1 >= n && [words.slice(i + 1 - n, i + 1).join(' ')].some((key) => has(key.toLowerCase()) || has(key))),
  );
}

/** A seeded generator (mulberry32): the same texts on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('term prefilter (the first stage: could this text hold a term?)', () => {
  it('answers as the plain definition does, on 3,000 generated texts read whole and in pieces (case, punctuation, invisible and non-ASCII characters)', () => {
    const next = random(13);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
    const formWords = FORMS.filter((f) => f.gate === 'none').flatMap((f) => f.text.split(/\s+/));
    const filler = [
      'the',
      'and',
      'of',
      'patients',
      'Straße',
      'İstanbul',
      'ΣΟΦΙΑ',
      'naïve',
      'café',
      '東京',
      '😀',
      'x2',
      '2026',
      'dysto\u00adnia',
      'botulinum\u200b',
      'Parkinson’s',
      "Parkinson's",
    ];
    const separators = [' ', ' ', ' ', ', ', '. ', '\n', '-', '’', '\u00a0', '\u00ad', '', '(', ') '];
    let agreed = 0;
    let held = 0;
    for (let n = 0; n < 3_000; n++) {
      const parts: string[] = [];
      for (let w = 1 + Math.floor(next() * 12); w > 0; w--) {
        let word = next() < 0.35 ? pick(formWords) : pick(filler);
        const cased = next();
        if (cased < 0.15) word = word.toUpperCase();
        else if (cased < 0.3) word = word[0]!.toUpperCase() + word.slice(1);
        parts.push(word, pick(separators));
      }
      const text = parts.join('');
      const expected = plainlyHolds(text, TABLE);
      held += expected ? 1 : 0;
      expect(mayHoldTerm(text, [TABLE]), JSON.stringify(text)).toBe(expected);
      // Cut into texts anywhere: read one after another, they mean the texts joined by spaces.
      const cuts = [
        0,
        ...Array.from({ length: Math.floor(next() * 4) }, () => Math.floor(next() * text.length)).sort((a, b) => a - b),
        text.length,
      ];
      const pieces = cuts.slice(1).map((end, i) => text.slice(cuts[i], end));
      const scan = prefilterScan([TABLE]);
      const read = pieces.map((piece) => scan.read(piece)).at(-1);
      expect(read, JSON.stringify(pieces)).toBe(plainlyHolds(pieces.join(' '), TABLE));
      agreed++;
    }
    expect(agreed).toBe(3_000);
    // Both answers are common, so the comparison means something.
    expect(held).toBeGreaterThan(500);
    expect(held).toBeLessThan(2_500);
  });

  it('says yes for every form a page shows unprompted, in every spelling the matcher accepts', () => {
    const missed: string[] = [];
    for (const form of FORMS.filter((f) => f.gate === 'none')) {
      const spellings = [form.text];
      if (!form.caseSensitive) spellings.push(form.text.toUpperCase(), form.text[0]!.toUpperCase() + form.text.slice(1));
      if (/'/.test(form.text)) spellings.push(form.text.replace(/'/g, '\u2019'));
      if (/-/.test(form.text)) spellings.push(form.text.replace(/-/g, ' '), form.text.replace(/-/g, ''));
      for (const s of spellings) if (!holds(`We read that ${s}, they said.`)) missed.push(s);
    }
    expect(missed).toEqual([]);
  });

  it('never says no where the matcher finds an ungated term (every end-to-end fixture, and each of its sentences)', () => {
    const matcher = compileMatcher(FORMS);
    let checked = 0;
    for (const text of fixtureTexts()) {
      for (const sentence of [text, ...text.split(/(?<=[.!?])\s+/)]) {
        if (findMatches(matcher, sentence).some((m) => m.gate === 'none')) {
          checked++;
          expect(holds(sentence), sentence.slice(0, 200)).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('says no for ordinary prose, abbreviations that are only words there ("et al.") included', () => {
    for (const text of ORDINARY) expect(holds(text), text).toBe(false);
    expect(holds('')).toBe(false);
  });

  it('reads through soft hyphens and zero-width characters, as the highlighter does', () => {
    expect(holds('a form of dysto\u00adnia')).toBe(true);
    expect(holds('botulinum\u200b toxin')).toBe(true);
  });

  it('keys longer forms by up to three words, so none of them alone opens the engine', () => {
    const keys = prefilterKeys(
      formsOf([{ ...GLOSSARY[0]!, term: 'deep brain stimulation', aliases: [], abbreviations: [], contextGated: undefined }]),
    );
    expect(keys).toEqual(['deep brain stimulation']);
    const table = decodePrefilter(encodePrefilter(keys));
    expect(mayHoldTerm('a deep sleep and a brain scan; deep brain tissue', [table])).toBe(false);
    expect(mayHoldTerm('Deep  brain stimulation', [table])).toBe(true);
  });

  it('joins words at hyphens and apostrophes as the page may ("dopa-responsive", "doparesponsive")', () => {
    const keys = prefilterKeys(
      formsOf([{ ...GLOSSARY[0]!, term: 'dopa-responsive dystonia', aliases: [], abbreviations: [], contextGated: undefined }]),
    );
    expect(keys.sort()).toEqual(['dopa responsive dystonia', 'doparesponsive dystonia']);
  });

  it('keys abbreviations as written, and leaves gated forms to the terms that unlock them', () => {
    const entry = { ...GLOSSARY[0]!, term: 'essential tremor', aliases: [], abbreviations: ['ET'], contextGated: ['ET'] };
    const keys = prefilterKeys(formsOf([entry]));
    expect(keys).toEqual(['essential tremor']);
    const ungated = prefilterKeys(formsOf([{ ...entry, contextGated: undefined }]));
    const table = decodePrefilter(encodePrefilter(ungated));
    expect(mayHoldTerm('Smith et al.', [table])).toBe(false);
    expect(mayHoldTerm('patients with ET', [table])).toBe(true);
  });

  it('ships as sorted distinct 32-bit hashes of the keys and of their first words, and refuses anything else', () => {
    const keys = ['dystonia', 'basal ganglia', 'dystonia', 'basal nuclei'];
    const table = decodePrefilter(encodePrefilter(keys));
    expect([...table.keys]).toEqual([...new Set(keys.map(prefilterHash))].sort((a, b) => a - b));
    expect([...table.firsts]).toEqual([prefilterHash('dystonia'), prefilterHash('basal')].sort((a, b) => a - b));
    expect(TABLE.keys.length).toBeGreaterThan(1000);
    for (const hashes of [TABLE.keys, TABLE.firsts]) expect([...hashes].every((h, i) => i === 0 || h > hashes[i - 1]!)).toBe(true);
    // What an earlier version stored (bare hashes), or anything else, is not read as a table.
    const bare = btoa(String.fromCharCode(...new Uint8Array(new Uint32Array([prefilterHash('dystonia')]).buffer)));
    for (const stored of [bare, '', 'AAAA']) expect(() => decodePrefilter(stored), stored).toThrow();
  });
});

describe('splitting a text into words', () => {
  it('splits Latin-script text as the Unicode definition does, character by character', () => {
    const unicode = /[^\p{L}\p{N}]+/u;
    for (const [from, to] of [
      [0, 0x24f],
      [0x2000, 0x206f],
    ] as const) {
      for (let c = from; c <= to; c++) {
        const text = `ab${String.fromCharCode(c)}cd ${String.fromCharCode(c)}`;
        expect(wordsOf(text), `U+${c.toString(16)}`).toEqual(text.split(unicode));
      }
    }
  });

  it('takes the Unicode definition for any other script', () => {
    for (const text of ['δgag gene', 'дистония и', 'ジストニア dystonia', 'dystonia😀dyskinesia', 'Ⅻ ① ⱥb'])
      expect(wordsOf(text)).toEqual(text.split(/[^\p{L}\p{N}]+/u));
  });
});
