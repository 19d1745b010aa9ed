import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/glossary';
import { buildGlossaryTrie } from '../../../src/matching/glossary-trie';
import { flattenTrie, unflattenTrie } from '../../../src/matching/flat-trie';
import { formsOf } from '../../../src/matching';

describe('the flat trie kept in storage', () => {
  it('gives back the same trie for the whole glossary, through JSON', () => {
    const trie = buildGlossaryTrie(formsOf(GLOSSARY));
    const flat = JSON.parse(JSON.stringify(flattenTrie(trie)));
    expect(unflattenTrie(flat)).toEqual(trie);
  });

  it('stays three levels deep whatever the length of a form', () => {
    const trie = buildGlossaryTrie(formsOf([{ ...GLOSSARY[0]!, term: 'x'.repeat(200), aliases: [], abbreviations: [], keywords: [] }]));
    const depth = (v: unknown): number => (typeof v === 'object' && v !== null ? 1 + Math.max(0, ...Object.values(v).map(depth)) : 0);
    expect(depth(flattenTrie(trie))).toBe(3);
  });

  it.each([
    ['not an array', { end: 1 }],
    ['empty', []],
    ['a child index out of range', [[0, 'a', [5], '', [], -1, -1, -1]]],
    ['a child before its parent (a loop)', [[0, '', [], '', [], 0, -1, -1]]],
    [
      'a non-integer child',
      [
        [0, 'a', [0.5], '', [], -1, -1, -1],
        [1, '', [], '', [], -1, -1, -1],
      ],
    ],
    [
      'letters and children that disagree',
      [
        [0, 'ab', [1], '', [], -1, -1, -1],
        [1, '', [], '', [], -1, -1, -1],
      ],
    ],
    ['an end marker that is not 0 or 1', [[true, '', [], '', [], -1, -1, -1]]],
    ['a row of another length', [[1, '', [], '', [], -1, -1]]],
  ])('refuses a value that is %s', (_, value) => {
    expect(unflattenTrie(value)).toBeNull();
  });
});
