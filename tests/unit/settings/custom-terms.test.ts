import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/glossary';
import { customIdFor, makeCustomTerm, readCustomTerms } from '../../../src/settings/custom-terms';

const zorvatrel = makeCustomTerm(
  { term: 'Zorvatrel', aliases: ['zorva', ' '], category: 'medications', short: 'The tablet I take in the evening.', long: '' },
  new Set(GLOSSARY.map((e) => e.id)),
);

describe('custom terms', () => {
  it('makes an entry with a custom id that cannot take a built-in one', () => {
    expect(zorvatrel).toMatchObject({ id: 'custom-zorvatrel', term: 'Zorvatrel', aliases: ['zorva'], sources: [], related: [] });
    expect(customIdFor('Zorvatrel', new Set(['custom-zorvatrel']))).toBe('custom-zorvatrel-2');
    expect(customIdFor('Ünïcode!!', new Set())).toBe('custom-unicode');
  });

  it('accepts valid terms without a source or longer explanation', () => {
    expect(readCustomTerms([zorvatrel], GLOSSARY)).toEqual({ terms: [zorvatrel], problems: [], unknownFields: [] });
  });

  it('refuses a term whose word the glossary already owns, in words the user understands', () => {
    const botox = { ...zorvatrel, id: 'custom-botox', term: 'Botox', aliases: [] };
    const reading = readCustomTerms([botox, zorvatrel], GLOSSARY);
    expect(reading.terms).toEqual([zorvatrel]);
    expect(reading.problems).toHaveLength(1);
    expect(reading.problems[0]).toMatchObject({ key: 'problemCustomTermTaken', values: ['Botox', expect.stringMatching(/botulinum-toxin/)] });
  });

  it('reports wrong types without crashing, keeping the good terms', () => {
    const reading = readCustomTerms([zorvatrel, { ...zorvatrel, id: 'custom-x', term: 42 }, { ...zorvatrel, id: 'custom-y', aliases: 'not a list' }, 'nonsense', null], GLOSSARY);
    expect(reading.terms).toEqual([zorvatrel]);
    expect(reading.problems.map((p) => p.key)).toEqual(['problemCustomTermNotObject', 'problemCustomTermNotObject', 'problemCustomTerm', 'problemCustomTerm']);
    expect(readCustomTerms('nonsense', GLOSSARY).problems).toEqual([{ key: 'problemCustomTermsNotList' }]);
  });

  it('refuses ids without the custom prefix, duplicates and unknown categories', () => {
    const reading = readCustomTerms([{ ...zorvatrel, id: 'dystonia' }, zorvatrel, zorvatrel, { ...zorvatrel, id: 'custom-z', category: 'astrology' }], GLOSSARY);
    expect(reading.terms).toEqual([zorvatrel]);
    const texts = reading.problems.map((p) => p.values?.join(' ') ?? '');
    expect(texts.some((t) => /dystonia: id must start with "custom-"/.test(t))).toBe(true);
    expect(texts.some((t) => /duplicate id/.test(t))).toBe(true);
    expect(texts.some((t) => /unknown category "astrology"/.test(t))).toBe(true);
  });

  it('reports unknown fields', () => {
    expect(readCustomTerms([{ ...zorvatrel, colour: 'blue', extra: 1 }], GLOSSARY).unknownFields).toEqual(['colour', 'extra']);
  });
});
