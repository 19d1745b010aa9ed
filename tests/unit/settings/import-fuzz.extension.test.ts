/**
 * 900 generated import files, malformed and hostile (the security review's fuzzer, group 5),
 * from a fixed seed so a failure replays: wrong types, missing and extra fields, prototype
 * keys at every level, huge strings, byte order marks, deep nesting, site lists over the sync
 * quota, tens of thousands of aliases and terms, odd Unicode, HTML, cut-off files. Whatever
 * the file, `parseImport` must not throw or pollute a prototype; whatever it accepts must read
 * back as valid, fit the sync quota and survive an export round trip; and whatever it says
 * must be a real message of bounded length.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/glossary';
import { validateEntry } from '../../../src/glossary/validate';
import { describeProblem, type Problem } from '../../../src/i18n/message';
import { makeCustomTerm, readCustomTerms, type CustomTerm } from '../../../src/settings/custom-terms';
import { EXPORT_FORMAT, exportData, MAX_LISTED_PROBLEMS, parseImport, type ImportResult } from '../../../src/settings/import-export';
import { DEFAULT_SETTINGS, fitsSyncQuota, readSettings, type Settings } from '../../../src/settings/settings';
import { seededRandom } from '../../support/seeded-random';
import { MESSAGES, stubI18n } from '../popup/stub-i18n';

const SEED = 20_261_212;
const FILES = 900;
const builtInIds = new Set(GLOSSARY.map((e) => e.id));

const random = seededRandom(SEED);
const int = (max: number) => Math.floor(random() * max);
const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;

const baseSettings: Settings = { ...DEFAULT_SETTINGS, highlightStyle: 'both', theme: 'dark', disabledSites: ['news.example.com'] };
const baseTerms: CustomTerm[] = ['Zorvatrel', 'Quinbrolex', 'Maltofen'].map((term, i) =>
  makeCustomTerm(
    {
      term,
      aliases: [`${term.toLowerCase()} tablets`],
      category: 'medications',
      short: `My own medicine number ${i + 1}.`,
      long: 'Taken at night.',
    },
    builtInIds,
  ),
);
const base = () =>
  JSON.parse(exportData(baseSettings, baseTerms)) as Record<string, unknown> & {
    settings: Record<string, unknown>;
    customTerms: Record<string, unknown>[];
  };

/** A placeholder replaced in the JSON text, for what a JavaScript object cannot hold as an own key or build cheaply. */
const SLOT = '"\u0000slot\u0000"';
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'];
const STRANGE = [
  '\u202eevil',
  'NUL\u0000here',
  'lone \ud800 surrogate',
  'trail \udc00',
  '😀 emoji',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '',
  ' ',
  '\n\t',
];
const WRONG = [null, 0, -1, 1e308, true, false, 'text', [], {}, [1, 2], { a: 1 }, 'x'.repeat(5000)];
const SETTINGS_KEYS = Object.keys(DEFAULT_SETTINGS);
const TERM_KEYS = [
  'id',
  'term',
  'aliases',
  'abbreviations',
  'category',
  'short',
  'long',
  'related',
  'pronunciation',
  'sources',
  'contextGated',
  'phraseOnly',
];

/** One term of the file to damage; after earlier damage ("mixed") there may be none left, so one is put back. */
function aTerm(file: ReturnType<typeof base>): Record<string, unknown> {
  if (!Array.isArray(file.customTerms) || file.customTerms.length === 0) file.customTerms = [{ ...baseTerms[0]! }];
  const term = pick(file.customTerms);
  if (typeof term === 'object' && term !== null && !Array.isArray(term)) return term;
  const fresh = { ...baseTerms[1]! };
  file.customTerms.push(fresh);
  return fresh;
}

/** The settings of the file, put back as an object if earlier damage replaced them. */
function theSettings(file: ReturnType<typeof base>): Record<string, unknown> {
  if (typeof file.settings !== 'object' || file.settings === null || Array.isArray(file.settings)) file.settings = { ...baseSettings };
  return file.settings;
}

/** Somewhere in the file: the top level, the settings or one term. */
function place(file: ReturnType<typeof base>): Record<string, unknown> {
  const at = int(3);
  if (at === 0) return file;
  if (at === 1) return theSettings(file);
  return aTerm(file);
}

const longHost = (i: number) => `site-${i}-${'x'.repeat(48)}.example.com`;

/** One generated file's text and what kind of damage it has. */
function generate(n: number): { kind: string; text: string } {
  const file = base();
  let text: string | undefined;
  const kinds = [
    'valid',
    'wrong-type',
    'missing-field',
    'unknown-fields',
    'prototype-keys',
    'huge-string',
    'byte-order-mark',
    'deep-nesting',
    'over-quota-sites',
    'many-aliases',
    'many-terms',
    'strange-unicode',
    'html',
    'version',
    'truncated',
    'degenerate-term',
    'prototype-sources',
    'duplicates-and-clashes',
    'garbage',
    'mixed',
  ] as const;
  const kind = kinds[n % kinds.length]!;
  const mutate = (k: (typeof kinds)[number]) => {
    switch (k) {
      case 'valid':
        theSettings(file).hoverRestMs = 100 + 50 * int(59);
        file.settings.categories = DEFAULT_SETTINGS.categories.filter(() => random() < 0.7);
        if (random() < 0.5) file.exportedAt = '2026-12-12T10:00:00Z';
        break;
      case 'wrong-type': {
        if (random() < 0.5) theSettings(file)[pick(SETTINGS_KEYS)] = pick(WRONG);
        else aTerm(file)[pick(TERM_KEYS)] = pick(WRONG);
        break;
      }
      case 'missing-field': {
        const where = place(file);
        const keys = Object.keys(where);
        if (keys.length > 0) delete where[pick(keys)];
        break;
      }
      case 'unknown-fields': {
        const where = place(file);
        const count = pick([1, 3, 50, 20_000]);
        for (let i = 0; i < count; i++) where[`unknown${i}`] = i;
        break;
      }
      case 'prototype-keys': {
        const where = place(file);
        where.__slot = true;
        text = JSON.stringify(file).replace('"__slot":true', `"${pick(PROTO_KEYS)}":{"polluted":true,"prototype":{"polluted":true}}`);
        break;
      }
      case 'huge-string': {
        const length = pick([10_000, 100_000, 400_000, 1_000_000]);
        const where = random() < 0.5 ? aTerm(file) : file;
        where[random() < 0.5 ? pick(['term', 'short', 'long', 'id', 'category']) : 'version'] = 'x'.repeat(length);
        break;
      }
      case 'byte-order-mark':
        text = `\uFEFF${JSON.stringify(file)}`;
        break;
      case 'deep-nesting': {
        const depth = pick([100, 1_000, 10_000, 100_000]);
        const where = place(file);
        where[pick([...TERM_KEYS, ...SETTINGS_KEYS, 'customTerms'])] = '\u0000slot\u0000';
        const open = random() < 0.5 ? '[' : '{"a":';
        const close = open === '[' ? ']' : '}';
        text = JSON.stringify(file).replace(SLOT, `${open.repeat(depth)}1${close.repeat(depth)}`);
        break;
      }
      case 'over-quota-sites': {
        const count = pick([80, 150, 300]);
        theSettings(file)[pick(['disabledSites', 'allowedSites'])] = Array.from({ length: count }, (_, i) => longHost(i));
        break;
      }
      case 'many-aliases':
        aTerm(file).aliases = Array.from({ length: pick([21, 1_000, 60_000]) }, (_, i) => `alias number ${i}`);
        break;
      case 'many-terms': {
        const count = pick([499, 500, 501, 700, 100_000]);
        file.customTerms =
          count === 100_000
            ? Array.from({ length: count }, (_, i) => (i % 2 ? i : { junk: i }) as unknown as Record<string, unknown>)
            : Array.from({ length: count }, (_, i) => ({ ...baseTerms[0]!, id: `custom-t${i}`, term: `Medicine ${i}x`, aliases: [] }));
        break;
      }
      case 'strange-unicode':
        aTerm(file)[pick(['term', 'short', 'long', 'aliases'])] = random() < 0.8 ? `Quinbrolex ${pick(STRANGE)}` : [pick(STRANGE)];
        break;
      case 'html':
        aTerm(file)[pick(['term', 'short', 'long'])] = `Zorvatrel ${pick(STRANGE.slice(5, 8))}`;
        break;
      case 'version':
        file.version = pick<unknown>([0, 1, 2, 3, '2', 2.5, null, -1, { toString: 1 }, { valueOf: 2 }, 'v'.repeat(300_000)]);
        break;
      case 'truncated': {
        const whole = JSON.stringify(file);
        text = whole.slice(0, int(whole.length));
        break;
      }
      case 'degenerate-term':
        aTerm(file).term = pick(['a', 'I', 'the', 'e', '-', "'", '.', '*', '(', '[a-z]', 'Ox', '  ', 'Q'.repeat(81)]);
        break;
      case 'prototype-sources':
        aTerm(file).sources = [pick(PROTO_KEYS)];
        break;
      case 'duplicates-and-clashes': {
        const term = aTerm(file);
        if (random() < 0.5) file.customTerms.push({ ...term });
        else term.term = pick(['Botox', 'Artane', 'dystonia', 'botulinum toxin', 'DBS']);
        break;
      }
      case 'garbage':
        text = pick([
          '',
          'null',
          '[]',
          '"export"',
          '42',
          'undefined',
          '{',
          String.fromCharCode(...Array.from({ length: 200 }, () => int(0xffff))),
          JSON.stringify({ format: EXPORT_FORMAT }),
          JSON.stringify({ ...file, format: 'dystonia-glossary' }),
          JSON.stringify([file]),
        ]);
        break;
      case 'mixed':
        for (let i = 0; i < 3; i++) mutate(pick(kinds.slice(1, 13)));
        break;
    }
  };
  mutate(kind);
  return { kind, text: text ?? JSON.stringify(file) };
}

const messageKeys = new Set(Object.keys(MESSAGES));
const isStringList = (v: unknown) => v === undefined || (Array.isArray(v) && v.every((s) => typeof s === 'string'));
/** The bundled glossary's validator, without its editorial rules for bundled content (custom-term-rules.ts). */
function glossaryValidatorProblems(term: CustomTerm): string[] {
  const entry = { ...term, long: `${term.short} ${term.long} …` };
  return validateEntry(entry, { requireSources: false, knownIds: builtInIds }).filter((p) => !/reads at grade/.test(p));
}

describe(`import fuzzing: ${FILES} generated files, seed ${SEED}`, () => {
  const outcomes: { kind: string; result: ImportResult | undefined; error: unknown; text: string }[] = [];
  const prototypeKeys = {
    object: Object.getOwnPropertyNames(Object.prototype).length,
    array: Object.getOwnPropertyNames(Array.prototype).length,
  };

  beforeAll(() => {
    stubI18n();
    for (let n = 0; n < FILES; n++) {
      const { kind, text } = generate(n);
      try {
        outcomes.push({ kind, result: parseImport(text, GLOSSARY), error: undefined, text });
      } catch (error) {
        outcomes.push({ kind, result: undefined, error, text: text.slice(0, 200) });
      }
    }
  }, 120_000);

  it('never throws', () => {
    expect(outcomes.filter((o) => o.error !== undefined).map((o) => [o.kind, String(o.error)])).toEqual([]);
    expect(outcomes).toHaveLength(FILES);
  });

  it('never pollutes a prototype', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).toHaveLength(prototypeKeys.object);
    expect(Object.getOwnPropertyNames(Array.prototype)).toHaveLength(prototypeKeys.array);
  });

  it('accepts the good files and refuses the broken ones', () => {
    const accepted = outcomes.filter((o) => o.result?.ok);
    expect(outcomes.filter((o) => o.kind === 'valid' || o.kind === 'byte-order-mark').every((o) => o.result?.ok)).toBe(true);
    // A cut-off file is never valid JSON; 150 long site names never fit in the 8 KB a sync item holds (H4).
    expect(outcomes.filter((o) => o.kind === 'truncated' && o.result?.ok)).toEqual([]);
    const overQuota = outcomes.filter((o) => o.kind === 'over-quota-sites' && o.text.includes('site-149-'));
    expect(overQuota.length).toBeGreaterThan(10);
    expect(overQuota.filter((o) => o.result?.ok)).toEqual([]);
    expect(accepted.length).toBeGreaterThan(100);
    expect(FILES - accepted.length).toBeGreaterThan(400);
  });

  it('whatever it accepts reads back as valid, fits the sync quota, and passes the glossary validator', () => {
    for (const { result, kind } of outcomes) {
      if (!result?.ok) continue;
      const settings = readSettings(result.settings);
      expect(settings.invalid, kind).toEqual([]);
      expect(settings.unknown, kind).toEqual([]);
      expect(settings.settings, kind).toEqual(result.settings);
      expect(fitsSyncQuota(result.settings), kind).toBe(true);
      const terms = readCustomTerms(result.customTerms, GLOSSARY);
      expect(terms.refused, kind).toEqual([]);
      expect(terms.terms, kind).toEqual(result.customTerms);
      for (const term of result.customTerms) expect(glossaryValidatorProblems(term), kind).toEqual([]);
    }
  });

  it('whatever it accepts round-trips through an export', () => {
    for (const { result, kind } of outcomes) {
      if (!result?.ok) continue;
      expect(parseImport(exportData(result.settings, result.customTerms), GLOSSARY), kind).toEqual({
        ok: true,
        settings: result.settings,
        customTerms: result.customTerms,
        warnings: [],
      });
    }
  });

  it('says only real messages, a bounded number of them, each a sentence long', () => {
    for (const { result, kind } of outcomes) {
      if (!result) continue;
      const problems: Problem[] = result.ok ? result.warnings : result.errors;
      expect(problems.length, kind).toBeLessThanOrEqual(MAX_LISTED_PROBLEMS + 1);
      if (!result.ok) expect(problems.length, kind).toBeGreaterThan(0);
      for (const problem of problems) {
        expect(messageKeys.has(problem.key), `${kind}: ${problem.key}`).toBe(true);
        expect(isStringList(problem.values), kind).toBe(true);
        expect((problem.values ?? []).length, kind).toBeLessThanOrEqual(9);
        const text = describeProblem(problem);
        expect(text.length, `${kind}: ${text.slice(0, 80)}`).toBeLessThanOrEqual(400);
        expect(text, kind).not.toMatch(/\$\d/);
      }
    }
  });
});
