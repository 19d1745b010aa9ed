import { describe, expect, it } from 'vitest';
import { builtInPageGlossary, pageGlossaryOf } from '../../../src/content/page-glossary';
import { BUILT_IN_FINGERPRINT } from '../../../src/contracts/messages';
import { pageGlossaryReply, pageMatcherData } from '../../../src/background/page-matcher';
import type { MatcherStore } from '../../../src/matching/stored-matcher';
import { CATEGORIES } from '../../../src/glossary';
import { findMatches } from '../../../src/matching';
import type { CustomTerm } from '../../../src/settings/custom-terms';

const memory = (): MatcherStore => {
  let value: unknown;
  return { read: async () => value, write: async (v) => void (value = v) };
};
const zorvatrel = {
  id: 'custom-zorvatrel',
  term: 'zorvatrel',
  aliases: [],
  category: 'medications',
  short: 'My tablet.',
  long: '',
  related: [],
  sources: [],
} as unknown as CustomTerm;

describe('the page glossary the background hands a frame (code review F2)', () => {
  it('names the built-in glossary instead of sending it', async () => {
    const reply = pageGlossaryReply(await pageMatcherData({ categories: [...CATEGORIES] }, [], memory()));
    expect(reply).toMatchObject({ fingerprint: BUILT_IN_FINGERPRINT, trie: null });
    expect(await pageGlossaryOf(reply)).toBe(await builtInPageGlossary());
  });

  it("sends the user's own terms compiled, with their substances, and the frame matches them", async () => {
    const reply = pageGlossaryReply(await pageMatcherData({ categories: [...CATEGORIES] }, [zorvatrel], memory()));
    const glossary = (await pageGlossaryOf(structuredClone(reply)))!;
    expect(glossary.fingerprint).not.toBe(BUILT_IN_FINGERPRINT);
    expect(findMatches(glossary.matcher, 'I take zorvatrel for dystonia').map((m) => m.entryId)).toEqual(['custom-zorvatrel', 'dystonia']);
    expect(glossary.isSubstance('custom-zorvatrel')).toBe(true);
    expect(glossary.isSubstance('dystonia')).toBe(false);
  });

  it('refuses a malformed reply', async () => {
    for (const bad of [
      undefined,
      null,
      'x',
      { fingerprint: 'abc' },
      { fingerprint: 'abc', trie: [], owners: 'x', formCount: 1, substances: [] },
    ])
      expect(await pageGlossaryOf(bad)).toBeNull();
  });
});
