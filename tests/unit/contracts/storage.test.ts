import { describe, expect, it } from 'vitest';
import {
  CUSTOM_PREFILTER_ITEM,
  CUSTOM_TERMS_ITEM,
  LOOKUP_HISTORY_ITEM,
  MATCHER_CACHE_ITEM,
  NEWER_VERSION_TOLD_ITEM,
  REFUSED_TERMS_ITEM,
  SAVED_TERMS_ITEM,
  SETTINGS_ITEM,
  SETTINGS_MARKER_ITEM,
  STORAGE_ITEMS,
} from '../../../src/contracts/storage';
import { GLOSSARY } from '../../../src/glossary';
import { compileMatcherData, flattenTrie, formsFingerprint, formsOf } from '../../../src/matching';
import type { StoredMatcher } from '../../../src/matching/stored-matcher';
import { makeCustomTerm } from '../../../src/settings/custom-terms';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { SETTINGS_VERSION } from '../../../src/settings/settings-migrations';

/** What storage might hold after a bug, another extension version or a hand-edited profile. */
const GARBAGE: unknown[] = [
  undefined,
  null,
  0,
  -1,
  1.5,
  '',
  'settings',
  true,
  [],
  [1, 'a', null, {}],
  {},
  { v: '2', rev: 3, base: [] },
  { fingerprint: 'f', formCount: 'many', owners: {}, trie: 'x' },
  { fingerprint: 'f', formCount: 1, owners: [['a', 'b', 'nonsense', true]], trie: [] },
  JSON.parse('{"__proto__": {"enabled": false}, "constructor": 1}'),
  JSON.parse(`${'['.repeat(200)}${']'.repeat(200)}`),
];

describe('the storage items (src/contracts/storage.ts)', () => {
  it('keep the keys users have data under: renaming one would lose it', () => {
    expect(STORAGE_ITEMS.map((item) => `${item.area}:${item.key}`)).toEqual([
      'sync:settings',
      'sync:settings$',
      'local:customTerms',
      'local:customTermsRefused',
      'local:customTermPrefilter',
      'local:matcherCache',
      'local:newerSettingsVersionTold',
      'local:lookupHistory',
      'local:savedTerms',
    ]);
    expect(STORAGE_ITEMS.map((item) => item.version)).toEqual([SETTINGS_VERSION, undefined, 1, 1, undefined, undefined, undefined, 1, 1]);
  });

  it('never share a key, nor take the name of another item’s version marker (`<key>$`)', () => {
    const names = STORAGE_ITEMS.map((item) => `${item.area}:${item.key}`);
    expect(new Set(names).size).toBe(names.length);
    const markers = STORAGE_ITEMS.filter((item) => item !== SETTINGS_MARKER_ITEM).map((item) => `${item.area}:${item.key}$`);
    expect(markers.filter((marker) => names.includes(marker))).toEqual([`${SETTINGS_ITEM.area}:${SETTINGS_ITEM.key}$`]);
  });

  it('keep the settings and their marker in one area, so one `set` writes both', () => {
    expect(SETTINGS_MARKER_ITEM.area).toBe(SETTINGS_ITEM.area);
    expect(SETTINGS_MARKER_ITEM.key).toBe(`${SETTINGS_ITEM.key}$`);
  });
});

describe('each reader turns anything stored into a usable value, never throwing', () => {
  it.each(GARBAGE.map((value) => [JSON.stringify(value)?.slice(0, 40) ?? String(value), value]))('%s', (_, value) => {
    for (const version of [1, SETTINGS_VERSION, SETTINGS_VERSION + 1])
      expect(SETTINGS_ITEM.read(value, version).settings).toEqual(DEFAULT_SETTINGS);
    expect(SETTINGS_MARKER_ITEM.read(value)).toMatchObject({ version: 1, rev: undefined, base: undefined });
    expect(CUSTOM_TERMS_ITEM.read(value, GLOSSARY).terms).toEqual([]);
    expect(CUSTOM_PREFILTER_ITEM.read(value)).toBe(typeof value === 'string' ? value : '');
    expect(MATCHER_CACHE_ITEM.read(value)).toBeNull();
    expect(MATCHER_CACHE_ITEM.read(value, 'f')).toBeNull();
    expect(NEWER_VERSION_TOLD_ITEM.read(value)).toBe(Number.isInteger(value) ? value : null);
    expect(LOOKUP_HISTORY_ITEM.read(value)).toEqual([]);
    expect(SAVED_TERMS_ITEM.read(value)).toEqual([]);

    // Set-aside terms are never dropped, whatever they are: each becomes an item with a key of its own.
    const refused = REFUSED_TERMS_ITEM.read(value);
    expect(refused.every((r) => typeof r.key === 'string')).toBe(true);
    expect(new Set(refused.map((r) => r.key)).size).toBe(refused.length);
    expect(refused).toHaveLength(value === undefined || value === null ? 0 : Array.isArray(value) ? value.length : 1);
  });
});

describe('each reader gives back what this version writes', () => {
  it('settings and their marker', () => {
    const settings = { ...DEFAULT_SETTINGS, theme: 'dark' as const };
    expect(SETTINGS_ITEM.read(structuredClone(settings), SETTINGS_VERSION)).toMatchObject({
      settings,
      invalid: [],
      unknown: [],
      newer: false,
    });
    expect(SETTINGS_MARKER_ITEM.read({ v: SETTINGS_VERSION, rev: 'r2', base: 'r1', later: 1 })).toEqual({
      fields: { v: SETTINGS_VERSION, rev: 'r2', base: 'r1', later: 1 },
      version: SETTINGS_VERSION,
      rev: 'r2',
      base: 'r1',
    });
  });

  it('custom terms, set-aside terms, the prefilter and the newer version told', () => {
    const term = makeCustomTerm(
      { term: 'Zorvatrel', aliases: [], category: 'medications', short: 'A pill I take at night.', long: '' },
      new Set(),
    );
    expect(CUSTOM_TERMS_ITEM.read(structuredClone([term]), GLOSSARY).terms).toEqual([term]);
    expect(REFUSED_TERMS_ITEM.read([{ key: 'k', value: { term: 42 } }])).toEqual([{ key: 'k', value: { term: 42 } }]);
    expect(CUSTOM_PREFILTER_ITEM.read('table')).toBe('table');
    expect(NEWER_VERSION_TOLD_ITEM.read(SETTINGS_VERSION + 1)).toBe(SETTINGS_VERSION + 1);
  });

  it('the matcher cache, only for the forms it was compiled from', () => {
    const forms = formsOf(GLOSSARY.slice(0, 3));
    const data = compileMatcherData(forms);
    const fingerprint = formsFingerprint(forms);
    const kept: StoredMatcher = { fingerprint, trie: flattenTrie(data.trie), owners: data.owners, formCount: data.formCount };
    expect(MATCHER_CACHE_ITEM.read(structuredClone(kept), fingerprint)).toEqual(data);
    expect(MATCHER_CACHE_ITEM.read(structuredClone(kept), 'other forms')).toBeNull();
  });
});
