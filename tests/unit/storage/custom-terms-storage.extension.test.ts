import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { GLOSSARY } from '../../../src/glossary';
import { customIdFor, makeCustomTerm, MAX_CUSTOM_TERMS, readCustomTerms, reviseRefusedTerm } from '../../../src/settings/custom-terms';
import {
  addBackRefusedTerm,
  deleteRefusedTerm,
  loadCustomTerms,
  loadRefusedTerms,
  setAsideRefusedTerms,
} from '../../../src/storage/custom-terms-storage';
import { readRefusedTerms, refusedReasons, withRefused } from '../../../src/settings/refused-terms';

const zorvatrel = makeCustomTerm(
  { term: 'Zorvatrel', aliases: [], category: 'medications', short: 'A pill I take at night.', long: '' },
  new Set(),
);
/** "Artane" became a built-in alias in a glossary update: the user's term now clashes. */
const artane = {
  id: 'custom-artane',
  term: 'Artane',
  aliases: [],
  category: 'medications',
  short: 'My evening tablet.',
  long: 'My own note: 2 mg at breakfast. Started March. Dry mouth.',
  related: [],
  sources: [],
};
const local = async () => fakeBrowser.storage.local.get(['customTerms', 'customTermsRefused']);
/** Every stored item, in use or set aside: this may never shrink on its own. */
const everything = async () => {
  const { customTerms, customTermsRefused } = await local();
  return [...((customTerms as unknown[]) ?? []), ...readRefusedTerms(customTermsRefused).map((r) => r.value)];
};

describe('custom terms that cannot be used (security review H6)', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('a term a glossary update clashes with is set aside with its notes, never deleted', async () => {
    await fakeBrowser.storage.local.set({ customTerms: [artane, zorvatrel] });
    const reading = await setAsideRefusedTerms(GLOSSARY);
    expect(reading.terms).toEqual([zorvatrel]);
    const { customTerms } = await local();
    expect(customTerms).toEqual([zorvatrel]);
    expect((await loadRefusedTerms()).map((r) => r.value)).toEqual([artane]);
    expect(await everything()).toHaveLength(2);
    // Its reason, worked out now, in words.
    expect(refusedReasons([zorvatrel], GLOSSARY)(artane, 0)).toEqual([
      { key: 'problemCustomTermTaken', values: ['Artane', 'trihexyphenidyl'] },
    ]);
  });

  it('700 stored terms keep all 700: 500 in use, 200 set aside', async () => {
    const many = Array.from({ length: 700 }, (_, i) => ({ ...zorvatrel, id: customIdFor(new Set()), term: `Medicine ${i}x` }));
    await fakeBrowser.storage.local.set({ customTerms: many });
    await setAsideRefusedTerms(GLOSSARY);
    expect((await loadCustomTerms(GLOSSARY)).terms).toHaveLength(MAX_CUSTOM_TERMS);
    expect(await loadRefusedTerms()).toHaveLength(200);
    expect(await everything()).toHaveLength(700);
  });

  it('setting aside twice adds nothing twice', async () => {
    await fakeBrowser.storage.local.set({ customTerms: [artane] });
    await setAsideRefusedTerms(GLOSSARY);
    await fakeBrowser.storage.local.set({ customTerms: [artane] });
    await setAsideRefusedTerms(GLOSSARY);
    expect(await loadRefusedTerms()).toHaveLength(1);
  });

  it('if the set-aside list cannot be written, the list in use is not written either', async () => {
    await fakeBrowser.storage.local.set({ customTerms: [artane, zorvatrel] });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QuotaExceededError'));
    await expect(setAsideRefusedTerms(GLOSSARY)).rejects.toThrow('QuotaExceededError');
    set.mockRestore();
    expect((await local()).customTerms).toEqual([artane, zorvatrel]);
  });

  it('renamed, a set-aside term joins the terms in use and leaves the set-aside list', async () => {
    await fakeBrowser.storage.local.set({ customTerms: [artane, zorvatrel] });
    await setAsideRefusedTerms(GLOSSARY);
    const [entry] = await loadRefusedTerms();
    const revised = reviseRefusedTerm(
      entry!.value,
      { term: 'My Artane', aliases: [], short: 'My evening tablet.' },
      new Set([zorvatrel.id]),
    );
    const checked = readCustomTerms([zorvatrel, revised], GLOSSARY);
    expect(checked.refused).toEqual([]);
    await addBackRefusedTerm(entry!.key, checked.terms);
    expect((await loadCustomTerms(GLOSSARY)).terms.map((t) => [t.term, t.long])).toEqual([
      ['Zorvatrel', ''],
      ['My Artane', artane.long],
    ]);
    expect(await loadRefusedTerms()).toEqual([]);
  });

  it('deleting removes only the chosen item', async () => {
    await fakeBrowser.storage.local.set({ customTermsRefused: withRefused([], ['one', 'two']) });
    const [first] = await loadRefusedTerms();
    await deleteRefusedTerm(first!.key);
    expect((await loadRefusedTerms()).map((r) => r.value)).toEqual(['two']);
  });

  it('a corrupted set-aside list is read without losing anything', () => {
    expect(readRefusedTerms('junk')).toEqual([{ key: 'refused-stored', value: 'junk' }]);
    expect(readRefusedTerms([{ key: 'k', value: 1 }, 'loose', { key: 'k', value: 2 }]).map((r) => r.value)).toEqual([
      1,
      'loose',
      { key: 'k', value: 2 },
    ]);
  });
});
