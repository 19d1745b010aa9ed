import { describe, expect, it, vi } from 'vitest';
import builtInMatcherData from 'virtual:glossary-matcher';
import { pageMatcher } from '../../../src/background/page-matcher';
import type { MatcherStore, StoredMatcher } from '../../../src/matching/stored-matcher';
import { CATEGORIES, GLOSSARY } from '../../../src/glossary';
import { glossaryMatcherData } from '../../../src/matching/glossary-matcher-data';
import { findMatches, formsFingerprint, formsOf } from '../../../src/matching';
import type { TrieRegExp } from '../../../src/matching/trie-regexp';
import { makeCustomTerm } from '../../../src/settings/custom-terms';

const zorvatrel = makeCustomTerm(
  { term: 'Zorvatrel', aliases: ['zorva'], category: 'medications', short: 'The tablet I take in the evening.', long: '' },
  new Set(GLOSSARY.map((e) => e.id)),
);
const ALL = { categories: [...CATEGORIES] };
const NO_MEDICATIONS = { categories: CATEGORIES.filter((c) => c !== 'medications') };
const TEXT = 'Botulinum toxin eased her cervical dystonia; she also takes Zorvatrel.';

/** An in-memory storage.local that records every read and write. */
function memoryStore(initial?: unknown): MatcherStore & { value: unknown; reads: number; writes: StoredMatcher[] } {
  const store = {
    value: initial,
    reads: 0,
    writes: [] as StoredMatcher[],
    read: async () => {
      store.reads++;
      return store.value;
    },
    write: async (value: StoredMatcher) => {
      store.writes.push(value);
      store.value = structuredClone(value);
    },
  };
  return store;
}

const ids = (text: string, matcher: Parameters<typeof findMatches>[0]) => findMatches(matcher, text).map((m) => m.entryId);

describe('the matcher a page uses', () => {
  it('ships the built-in glossary compiled at build time, identical to compiling it now', () => {
    expect(builtInMatcherData).toEqual(glossaryMatcherData());
    expect(builtInMatcherData.formCount).toBe(formsOf(GLOSSARY).length);
  });

  it('uses the build-time matcher with default settings: no compile, no storage', async () => {
    const store = memoryStore();
    const { entries, matcher } = await pageMatcher(ALL, [], store);
    expect(entries).toHaveLength(GLOSSARY.length);
    expect((matcher.regex as TrieRegExp).trie).toEqual(builtInMatcherData.trie);
    expect(ids(TEXT, matcher)).toEqual(['botulinum-toxin', 'cervical-dystonia']);
    expect(store.reads + store.writes.length).toBe(0);
  });

  it('compiles custom terms once, then reuses the stored matcher on later pages', async () => {
    const store = memoryStore();
    const first = await pageMatcher(ALL, [zorvatrel], store);
    expect(ids(TEXT, first.matcher)).toEqual(['botulinum-toxin', 'cervical-dystonia', zorvatrel.id]);
    expect(store.writes).toHaveLength(1);
    expect(store.writes[0]!.fingerprint).toBe(formsFingerprint(formsOf([...GLOSSARY, zorvatrel])));

    const later = await pageMatcher(ALL, [zorvatrel], store);
    expect(store.writes).toHaveLength(1);
    expect(ids(TEXT, later.matcher)).toEqual(ids(TEXT, first.matcher));
  });

  it('compiles again when the categories change, leaving out the unchosen ones', async () => {
    const store = memoryStore();
    await pageMatcher(ALL, [zorvatrel], store);
    const { entries, matcher } = await pageMatcher(NO_MEDICATIONS, [zorvatrel], store);
    expect(store.writes).toHaveLength(2);
    expect(entries.some((e) => e.category === 'medications')).toBe(false);
    expect(ids(TEXT, matcher)).toEqual(['cervical-dystonia']);
  });

  it.each([
    ['not an object', 'nonsense'],
    ['a wrong shape', { trie: 1, formCount: 1, owners: [] }],
    ['an owner of the wrong shape', { trie: [[0, '', [], '', [], -1, -1, -1]], formCount: 1, owners: [['i:a', 'a']] }],
    ['a trie with a missing node', { trie: [[0, 'd', [1], '', [], -1, -1, -1]], formCount: 1, owners: [] }],
    [
      'a trie whose child points back',
      {
        trie: [
          [0, 'd', [1], '', [], -1, -1, -1],
          [1, 'y', [0], '', [], -1, -1, -1],
        ],
        formCount: 1,
        owners: [],
      },
    ],
    [
      'a trie with more letters than children',
      {
        trie: [
          [0, 'dy', [1], '', [], -1, -1, -1],
          [1, '', [], '', [], -1, -1, -1],
        ],
        formCount: 1,
        owners: [],
      },
    ],
    ['a trie row of the wrong length', { trie: [[1, '', [], '', [], -1, -1, -1, '<img>']], formCount: 1, owners: [] }],
    ['the old nested shape', { data: { trie: { i: ['d'], in: [{ end: 1 }] }, formCount: 1, owners: [] } }],
  ])('recompiles over a stored value that is %s', async (_, stored) => {
    // The damage is found even when the fingerprint is the right one.
    const fingerprint = formsFingerprint(formsOf([...GLOSSARY, zorvatrel]));
    const store = memoryStore(typeof stored === 'object' ? { ...stored, fingerprint } : stored);
    const { matcher } = await pageMatcher(ALL, [zorvatrel], store);
    expect(ids(TEXT, matcher)).toContain(zorvatrel.id);
    expect(store.writes).toHaveLength(1);
  });

  it('keeps a matcher with a very long custom term shallow enough for Chromium storage (security review L7)', async () => {
    // chrome.storage cuts values nested deeper than about 100 levels; a nested trie is as deep as its longest form.
    const long = makeCustomTerm(
      {
        term: 'Zorvatrel' + 'a'.repeat(71),
        aliases: [],
        category: 'medications',
        short: 'A made-up name as long as the form allows.',
        long: '',
      },
      new Set(GLOSSARY.map((e) => e.id)),
    );
    const store = memoryStore();
    await pageMatcher(ALL, [long], store);
    const depth = (v: unknown): number => (typeof v === 'object' && v !== null ? 1 + Math.max(0, ...Object.values(v).map(depth)) : 0);
    expect(depth(store.value)).toBeLessThanOrEqual(4);
    // What storage gives back is used as it is: no second compile.
    store.value = JSON.parse(JSON.stringify(store.value));
    const again = await pageMatcher(ALL, [long], store);
    expect(store.writes).toHaveLength(1);
    expect(ids(`She takes ${long.term}.`, again.matcher)).toEqual([long.id]);
  });

  it('still highlights when storage refuses to read or write', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken: MatcherStore = { read: () => Promise.reject(new Error('quota')), write: () => Promise.reject(new Error('quota')) };
    const { matcher } = await pageMatcher(ALL, [zorvatrel], broken);
    expect(ids(TEXT, matcher)).toContain(zorvatrel.id);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/could not keep/), expect.any(Error));
    warn.mockRestore();
  });

  it('drops clashing custom terms, not the glossary', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const clash = { ...zorvatrel, id: 'custom-botox', term: 'Botox', aliases: [] };
    const { entries, matcher } = await pageMatcher(ALL, [clash], memoryStore());
    expect(entries).toHaveLength(GLOSSARY.length);
    expect(ids('Botox helps.', matcher)).toEqual(['botulinum-toxin']);
    expect(error).toHaveBeenCalledOnce();
    error.mockRestore();
  });
});

describe('forms fingerprint', () => {
  it('changes with any form, its entry or its gating, and not otherwise', () => {
    const forms = formsOf(GLOSSARY);
    expect(formsFingerprint(forms)).toBe(formsFingerprint(formsOf(GLOSSARY)));
    const changed = [
      forms.map((f, i) => (i === 5 ? { ...f, gate: f.gate === 'none' ? ('context' as const) : ('none' as const) } : f)),
      forms.slice(1),
      forms.map((f, i) => (i === 0 ? { ...f, entryId: 'other' } : f)),
    ];
    for (const other of changed) expect(formsFingerprint(other)).not.toBe(formsFingerprint(forms));
  });
});
