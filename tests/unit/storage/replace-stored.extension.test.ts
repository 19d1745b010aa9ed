import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { makeCustomTerm } from '../../../src/settings/custom-terms';
import { replaceSettingsAndTerms } from '../../../src/storage/replace-stored';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { saveSettings } from '../../../src/storage/settings-storage';
import { StorageWriteError } from '../../../src/settings/storage-errors';

const term = (name: string) => makeCustomTerm({ term: name, aliases: [], category: 'medications', short: 'A pill.', long: '' }, new Set());
const zorvatrel = term('Zorvatrel');
const quinbrolex = term('Quinbrolex');
const mine = { ...DEFAULT_SETTINGS, theme: 'dark' as const };
const snapshot = async () => ({
  sync: (await fakeBrowser.storage.sync.get('settings')).settings,
  local: (await fakeBrowser.storage.local.get('customTerms')).customTerms,
});

describe('storing an import: all or nothing across sync and local (security review H4)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await saveSettings(mine);
    await fakeBrowser.storage.local.set({ customTerms: [zorvatrel] });
  });
  afterEach(() => vi.restoreAllMocks());

  it('stores both', async () => {
    await replaceSettingsAndTerms({ ...DEFAULT_SETTINGS, theme: 'light' }, [quinbrolex]);
    expect(await snapshot()).toEqual({ sync: { ...DEFAULT_SETTINGS, theme: 'light' }, local: [quinbrolex] });
  });

  it('settings over the sync quota change nothing, and say why in words', async () => {
    const before = await snapshot();
    const huge = { ...DEFAULT_SETTINGS, disabledSites: Array.from({ length: 150 }, (_, i) => `site${i}-${'x'.repeat(50)}.example.com`) };
    const error = await replaceSettingsAndTerms(huge, [quinbrolex]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageWriteError);
    expect((error as StorageWriteError).problems).toEqual([
      { key: 'problemSettingsTooLarge', values: [expect.stringMatching(/^\d+\.\d$/), '8.0'] },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('when the browser refuses the settings, the previous terms are put back', async () => {
    const before = await snapshot();
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('Resource::kQuotaBytesPerItem quota exceeded'));
    const error = await replaceSettingsAndTerms({ ...DEFAULT_SETTINGS, theme: 'light' }, [quinbrolex]).catch((e: unknown) => e);
    expect((error as StorageWriteError).problems).toEqual([
      { key: 'importSettingsNotSaved' },
      { key: 'saveFailedQuota', values: ['Resource::kQuotaBytesPerItem quota exceeded'] },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('with no terms stored before, a refused import leaves none', async () => {
    await fakeBrowser.storage.local.remove('customTerms');
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE'));
    await expect(replaceSettingsAndTerms(DEFAULT_SETTINGS, [quinbrolex])).rejects.toBeInstanceOf(StorageWriteError);
    expect((await snapshot()).local).toBeUndefined();
  });

  it('when the terms cannot be written, the settings are not touched', async () => {
    const before = await snapshot();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('disk full'));
    const error = await replaceSettingsAndTerms({ ...DEFAULT_SETTINGS, theme: 'light' }, [quinbrolex]).catch((e: unknown) => e);
    expect((error as StorageWriteError).problems).toEqual([
      { key: 'importTermsNotSaved' },
      { key: 'saveFailedReason', values: ['disk full'] },
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('says so when even putting the old terms back fails: the message matches what is stored', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('quota'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    // The second write of the terms themselves (the rollback) fails; their prefilter may be written.
    let writes = 0;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if ('customTerms' in items && ++writes > 1) throw new Error('disk full');
      await realSet(items);
    });
    const error = await replaceSettingsAndTerms(DEFAULT_SETTINGS, [quinbrolex]).catch((e: unknown) => e);
    expect((error as StorageWriteError).problems[0]).toEqual({ key: 'importRollbackFailed' });
    expect(await snapshot()).toEqual({ sync: mine, local: [quinbrolex] });
  });
});
