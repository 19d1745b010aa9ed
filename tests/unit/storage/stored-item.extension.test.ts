import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { GLOSSARY } from '../../../src/glossary';
import { makeCustomTerm } from '../../../src/settings/custom-terms';
import { customPrefilter } from '../../../src/settings/custom-prefilter';
import { compileMatcherData, flattenTrie, formsOf } from '../../../src/matching';
import {
  deleteAllRefusedTerms,
  loadCustomPrefilter,
  loadCustomTerms,
  saveCustomTerms,
  setAsideRefusedTerms,
} from '../../../src/storage/custom-terms-storage';
import { matcherCache } from '../../../src/storage/matcher-cache';
import { loadSettings, saveSettings, tellAboutNewerVersion } from '../../../src/storage/settings-storage';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';

// The keys are written out here on purpose: these tests pin the stored format that existing
// users' data is in (issue #16 moved every key into src/contracts/storage.ts without changing one).
const zorvatrel = makeCustomTerm(
  { term: 'Zorvatrel', aliases: [], category: 'medications', short: 'A pill I take at night.', long: '' },
  new Set(),
);

describe('storage items keep the format users already have', () => {
  beforeEach(() => fakeBrowser.reset());

  it('custom terms and their prefilter: plain values in local, no version marker', async () => {
    await saveCustomTerms([zorvatrel]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      customTerms: [zorvatrel],
      customTermPrefilter: customPrefilter([zorvatrel]),
    });
    expect((await loadCustomTerms(GLOSSARY)).terms).toEqual([zorvatrel]);
    expect(await loadCustomPrefilter()).toBe(customPrefilter([zorvatrel]));
    await saveCustomTerms([]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ customTerms: [], customTermPrefilter: '' });
  });

  it('a term set aside, and all of them deleted', async () => {
    await fakeBrowser.storage.local.set({ customTerms: [{ term: 42 }] });
    await setAsideRefusedTerms(GLOSSARY);
    const { customTermsRefused } = await fakeBrowser.storage.local.get('customTermsRefused');
    expect(customTermsRefused).toEqual([{ key: expect.any(String), value: { term: 42 } }]);
    await deleteAllRefusedTerms();
    expect(await fakeBrowser.storage.local.get('customTermsRefused')).toEqual({});
  });

  it('settings and their marker in sync', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, theme: 'dark' });
    const stored = await fakeBrowser.storage.sync.get(null);
    expect(Object.keys(stored).sort()).toEqual(['settings', 'settings$']);
    expect(stored.settings$).toMatchObject({ v: 4, rev: expect.any(String) });
    expect((await loadSettings()).settings.theme).toBe('dark');
  });

  it('the newer version told, as a number in local', async () => {
    await fakeBrowser.storage.sync.set({ settings: {}, settings$: { v: 99 } });
    expect(await tellAboutNewerVersion(await loadSettings())).toBe(true);
    expect(await fakeBrowser.storage.local.get('newerSettingsVersionTold')).toEqual({ newerSettingsVersionTold: 99 });
    expect(await tellAboutNewerVersion(await loadSettings())).toBe(false);
  });

  it('the matcher cache, as the background writes it', async () => {
    const data = compileMatcherData(formsOf([zorvatrel]));
    const kept = { fingerprint: 'f', trie: flattenTrie(data.trie), owners: data.owners, formCount: data.formCount };
    await matcherCache.write(kept);
    expect(await fakeBrowser.storage.local.get('matcherCache')).toEqual({ matcherCache: kept });
    expect(await matcherCache.read()).toEqual(kept);
  });
});
