import { describe, expect, it } from 'vitest';
import { GLOSSARY, type GlossaryEntry } from '../../../src/glossary';
import { createEntrySearch, foldForSearch, searchEntries } from '../../../src/search/search-entries';

const search = createEntrySearch(GLOSSARY);
const top = (query: string, n = 1) =>
  search
    .search(query)
    .slice(0, n)
    .map((e) => e.id);

describe('searchEntries', () => {
  it('finds entries from a prefix', () => {
    expect(top('blepharo')).toEqual(['blepharospasm']);
    expect(top('cervical dys')).toEqual(['cervical-dystonia']);
  });

  it('tolerates typos and missing apostrophes', () => {
    expect(top('distonia')).toEqual(['dystonia']);
    expect(top('parkinsons')).toEqual(['parkinsons-disease']);
    expect(top('Parkinson’s')).toEqual(['parkinsons-disease']);
    expect(top('blepharospsm')).toEqual(['blepharospasm']);
  });

  it('puts the exact term first, before longer terms that contain it', () => {
    expect(top('dystonia')).toEqual(['dystonia']);
    expect(top('tremor')).toEqual(['tremor']);
    const results = search.search('tremor').map((e) => e.id);
    expect(results).toContain('essential-tremor');
    expect(results).toContain('dystonic-tremor');
  });

  it('finds an entry by an alias or abbreviation', () => {
    expect(top('botox')).toEqual(['botulinum-toxin']);
    expect(top('DBS')).toEqual(['deep-brain-stimulation']);
    expect(top('spasmodic torticollis')).toEqual(['cervical-dystonia']);
  });

  it('finds an entry from the everyday words a patient would use (lay keywords)', () => {
    expect(top('shaking', 3)).toContain('tremor');
    expect(top('eyelids', 3)).toContain('blepharospasm');
    expect(top('voice', 3)).toContain('laryngeal-dystonia');
    expect(top('neck', 5)).toContain('cervical-dystonia');
    // A keyword is found but never outranks an entry whose own name is the query.
    const withKeyword: GlossaryEntry = { ...GLOSSARY.find((e) => e.id === 'putamen')!, keywords: ['tremor'] };
    const own = createEntrySearch([...GLOSSARY.filter((e) => e.id !== 'putamen'), withKeyword]);
    expect(own.search('tremor')[0]!.id).toBe('tremor');
    expect(own.search('tremor').map((e) => e.id)).toContain('putamen');
  });

  it('does not turn a typo into a different exact word', () => {
    // "dystonia" is spelled right: "dysphonia", two edits away, is not among its results.
    const results = search.search('dystonia').map((e) => e.id);
    expect(results).toContain('cervical-dystonia');
    expect(results).not.toContain('dysphonia');
  });

  it('lists every entry A–Z for an empty query, and nothing for nonsense', () => {
    const all = search.search('  ');
    expect(all).toHaveLength(GLOSSARY.length);
    const terms = all.map((e) => e.term);
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    expect(search.search('qzxv')).toEqual([]);
  });

  it('searches custom terms like built-in ones', () => {
    const custom: GlossaryEntry = {
      id: 'custom-zorvatrel',
      term: 'Zorvatrel',
      aliases: ['zorva'],
      category: 'medications',
      short: 'My evening tablet.',
      long: '',
      related: [],
      sources: [],
    };
    expect(searchEntries([...GLOSSARY, custom], 'zorvat')[0]?.id).toBe('custom-zorvatrel');
    expect(searchEntries([...GLOSSARY, custom], 'zorvatrell')[0]?.id).toBe('custom-zorvatrel');
  });

  it('folds case, accents, apostrophes and hyphens', () => {
    expect(foldForSearch('  Writer’s-Cramp ')).toBe('writers cramp');
    expect(foldForSearch('Méige')).toBe('meige');
  });
});
