import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/glossary';
import { validateEntry } from '../../../src/glossary/validate';
import { CUSTOM_TERM_LIMITS, MAX_TERM_BYTES } from '../../../src/settings/custom-term-rules';
import {
  customIdFor,
  makeCustomTerm,
  MAX_CUSTOM_TERMS,
  readCustomTerms,
  reviseRefusedTerm,
  type CustomTerm,
} from '../../../src/settings/custom-terms';
import { stubI18n } from '../popup/stub-i18n';
import { describeProblem } from '../../../src/i18n/message';

const builtInIds = new Set(GLOSSARY.map((e) => e.id));
const zorvatrel = makeCustomTerm(
  { term: 'Zorvatrel', aliases: ['zorva', ' '], category: 'medications', short: 'The tablet I take in the evening.', long: '' },
  builtInIds,
);
const withName = (term: string, patch: Partial<CustomTerm> = {}): CustomTerm => ({
  ...zorvatrel,
  id: customIdFor(new Set()),
  term,
  aliases: [],
  ...patch,
});
const reasonsOf = (value: unknown) => readCustomTerms([value], GLOSSARY).refused[0]?.reasons.map((p) => p.key) ?? [];

describe('custom term ids', () => {
  it('are opaque: "custom-" and 12 random characters, never derived from the name (security review H1)', () => {
    expect(zorvatrel).toMatchObject({ term: 'Zorvatrel', aliases: ['zorva'], sources: [], related: [] });
    expect(zorvatrel.id).toMatch(/^custom-[a-z0-9]{12}$/);
    expect(zorvatrel.id).not.toContain('zorva');
    const ids = new Set(Array.from({ length: 200 }, () => customIdFor(new Set())));
    expect(ids.size).toBe(200);
  });

  it('never repeat an id already taken', () => {
    const taken = new Set<string>();
    for (let i = 0; i < 100; i++) taken.add(customIdFor(taken));
    expect(taken.size).toBe(100);
  });

  it('old ids made from the name stay valid', () => {
    const old = { ...zorvatrel, id: 'custom-zorvatrel' };
    expect(readCustomTerms([old], GLOSSARY).terms).toEqual([old]);
  });
});

describe('readCustomTerms', () => {
  it('accepts valid terms without a source or longer explanation', () => {
    expect(readCustomTerms([zorvatrel], GLOSSARY)).toEqual({ terms: [zorvatrel], refused: [], problems: [], unknownFields: [] });
  });

  it('refuses a term whose word the glossary owns, naming the glossary word and no internal id', () => {
    stubI18n();
    const botox = withName('Botox');
    const reading = readCustomTerms([botox, zorvatrel], GLOSSARY);
    expect(reading.terms).toEqual([zorvatrel]);
    expect(reading.refused).toEqual([
      { index: 0, value: botox, reasons: [{ key: 'problemCustomTermTaken', values: ['Botox', 'botulinum toxin'] }] },
    ]);
    const text = describeProblem(reading.problems[0]!);
    expect(text).toBe('“Botox” is already a glossary word: it is a name for “botulinum toxin”. Give your term a different name.');
    expect(text).not.toMatch(/custom-|botulinum-toxin/);
  });

  it('names the clashing alias, and another own term when that is the owner', () => {
    const artane = withName('My evening pill', { aliases: ['Artane'] });
    expect(readCustomTerms([artane], GLOSSARY).problems).toEqual([
      { key: 'problemCustomTermTaken', values: ['Artane', 'trihexyphenidyl'] },
    ]);
    const twin = withName('zorva');
    expect(readCustomTerms([zorvatrel, twin], GLOSSARY).problems).toEqual([
      { key: 'problemCustomTermTakenOwn', values: ['zorva', 'Zorvatrel'] },
    ]);
  });

  it('keeps every refused item exactly as it was stored, with its place in the list', () => {
    const broken = { ...zorvatrel, id: 'custom-x', term: 42 };
    const reading = readCustomTerms([zorvatrel, broken, 'nonsense', null], GLOSSARY);
    expect(reading.terms).toEqual([zorvatrel]);
    expect(reading.refused.map((r) => [r.index, r.value])).toEqual([
      [1, broken],
      [2, 'nonsense'],
      [3, null],
    ]);
    expect(reading.problems.map((p) => p.key)).toEqual([
      'problemTermNameMissing',
      'problemCustomTermNotObject',
      'problemCustomTermNotObject',
    ]);
    expect(readCustomTerms('nonsense', GLOSSARY)).toMatchObject({
      terms: [],
      refused: [{ value: 'nonsense' }],
      problems: [{ key: 'problemCustomTermsNotList' }],
    });
  });

  it('refuses ids without the custom prefix, duplicates and unknown categories', () => {
    const reading = readCustomTerms(
      [{ ...zorvatrel, id: 'dystonia' }, zorvatrel, zorvatrel, { ...withName('Quinbrolex'), category: 'astrology' }],
      GLOSSARY,
    );
    expect(reading.terms).toEqual([zorvatrel]);
    expect(reading.problems).toEqual([
      { key: 'problemTermIdInvalid', values: ['Zorvatrel'] },
      { key: 'problemCustomTermDuplicate', values: ['Zorvatrel'] },
      { key: 'problemTermCategory', values: ['Quinbrolex', 'astrology'] },
    ]);
  });

  it('sets aside terms past the limit instead of cutting them off, with one summary line', () => {
    const many = Array.from({ length: MAX_CUSTOM_TERMS + 200 }, (_, i) => withName(`Medicine ${String(i).padStart(3, '0')}x`));
    const reading = readCustomTerms(many, GLOSSARY);
    expect(reading.terms).toHaveLength(MAX_CUSTOM_TERMS);
    expect(reading.refused).toHaveLength(200);
    expect(reading.refused[0]).toEqual({
      index: MAX_CUSTOM_TERMS,
      value: many[MAX_CUSTOM_TERMS],
      reasons: [{ key: 'problemTooManyCustomTerms', values: ['500'] }],
    });
    expect(reading.problems).toEqual([{ key: 'problemCustomTermsOverLimit', values: ['200', '500'] }]);
  });

  it('counts the limit in usable terms: broken items before it do not push good ones out', () => {
    const reading = readCustomTerms(['junk', ...Array.from({ length: MAX_CUSTOM_TERMS }, (_, i) => withName(`Medicine ${i}x`))], GLOSSARY);
    expect(reading.terms).toHaveLength(MAX_CUSTOM_TERMS);
    expect(reading.refused.map((r) => r.value)).toEqual(['junk']);
  });

  it('has no reading-grade gate on a user’s own notes (security review L2)', () => {
    for (const short of [
      'Anticholinergic tablet.',
      'Physiotherapy appointment.',
      "My neurologist's medication.",
      'Another made-up medicine.',
      'Botulinum injections every twelve weeks.',
    ]) {
      expect(reasonsOf(withName('Quinbrolex', { short }))).toEqual([]);
      // The bundled glossary's rule would refuse it.
      expect(validateEntry({ ...withName('Quinbrolex', { short }), long: `${short} More.` }, { requireSources: false }).join()).toMatch(
        /grade/,
      );
    }
    expect(reasonsOf(withName('Quinbrolex', { short: 'word '.repeat(36) }))).toEqual(['problemTermShortTooManyWords']);
  });

  it('refuses degenerate forms: fewer than two letters, or punctuation at an edge (security review L3)', () => {
    for (const name of ['a', 'I', 'e', '-', "'", '.', '*', '(', '[a-z]', 'x1', '--ab', 'ab-']) {
      expect(reasonsOf(withName(name)), name).not.toEqual([]);
    }
    expect(reasonsOf(withName('a'))).toEqual(['problemTermFormTooShort']);
    expect(reasonsOf(withName('[a-z]'))).toEqual(['problemTermFormEdges']);
    expect(reasonsOf(withName('Quinbrolex', { aliases: ['q'] }))).toEqual(['problemTermFormTooShort']);
    for (const name of ['Ox', 'B12 shot', 'Dr Smith’s cream', 'Q-tab 50', 'Ünïcode', 'ボトックス'])
      expect(reasonsOf(withName(name)), name).toEqual([]);
  });

  it('refuses forms and notes over the form’s limits, and more than 20 other names', () => {
    expect(reasonsOf(withName('Q'.repeat(CUSTOM_TERM_LIMITS.formChars + 1)))).toEqual(['problemTermFormTooLong']);
    expect(reasonsOf(withName('Quinbrolex', { long: 'x'.repeat(CUSTOM_TERM_LIMITS.longChars + 1) }))).toEqual(['problemTermLongTooLong']);
    expect(reasonsOf(withName('Quinbrolex', { aliases: Array.from({ length: 60_000 }, (_, i) => `alias ${i}`) }))).toEqual([
      'problemTermTooManyAliases',
    ]);
    expect(reasonsOf(withName('Quinbrolex', { sources: ['__proto__', 'constructor'] as never }))).toEqual(['problemTermSourcesInvalid']);
    expect(reasonsOf(withName('Quinbrolex', { related: [[[[]]]] as never }))).toEqual(['problemTermRelatedInvalid']);
  });

  it('a term the form can make at its limits is never too large', () => {
    const cjk = '語'.repeat(CUSTOM_TERM_LIMITS.longChars);
    const term = makeCustomTerm(
      {
        term: '語'.repeat(CUSTOM_TERM_LIMITS.formChars),
        aliases: Array.from({ length: 20 }, (_, i) => `${'語'.repeat(38)}${i}`),
        category: 'medications',
        short: '語'.repeat(CUSTOM_TERM_LIMITS.shortChars),
        long: cjk,
      },
      new Set(),
    );
    expect(new TextEncoder().encode(JSON.stringify(term)).length).toBeLessThanOrEqual(MAX_TERM_BYTES);
    expect(reasonsOf(term)).toEqual([]);
  });

  it('reports contextGated and phraseOnly as unknown fields, and does not copy them (security review L14)', () => {
    const reading = readCustomTerms([{ ...zorvatrel, contextGated: true, phraseOnly: true, colour: 'blue' }], GLOSSARY);
    expect(reading.unknownFields).toEqual(['colour', 'contextGated', 'phraseOnly']);
    expect(reading.terms).toEqual([zorvatrel]);
  });
});

describe('reviseRefusedTerm', () => {
  it('renames a refused term, keeping its other fields, and gives it a fresh id when its own is taken or broken', () => {
    const artane = { ...withName('Artane'), long: 'My own note: 2 mg at breakfast.', pronunciation: 'AR-tane', extra: 'kept out' };
    const revised = reviseRefusedTerm(artane, { term: 'My Artane', aliases: ['', 'evening pill'], short: ' Taken at night. ' }, new Set());
    expect(revised).toMatchObject({
      id: artane.id,
      term: 'My Artane',
      aliases: ['evening pill'],
      short: 'Taken at night.',
      long: artane.long,
      pronunciation: 'AR-tane',
    });
    expect(revised).not.toHaveProperty('extra');
    expect(readCustomTerms([revised], GLOSSARY).terms).toHaveLength(1);
    expect(reviseRefusedTerm(artane, { term: 'x', aliases: [], short: 's' }, new Set([artane.id])).id).not.toBe(artane.id);
    expect(reviseRefusedTerm({ id: 'dystonia' }, { term: 'x', aliases: [], short: 's' }, new Set()).id).toMatch(/^custom-/);
    expect(reviseRefusedTerm('junk', { term: 'Quinbrolex', aliases: [], short: 'A pill.' }, new Set())).toMatchObject({
      term: 'Quinbrolex',
      category: 'medications',
      long: '',
    });
  });
});
