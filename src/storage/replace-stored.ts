/**
 * Stores an import: settings (in `sync`) and custom terms (in `local`) together, or neither.
 * Browsers have no transaction across two storage areas, so: check what can be checked first
 * (the settings' size), write the terms, then the settings, and if the settings write fails,
 * put the previous terms back (security review H4). Terms go first because `local` has room
 * to spare, while `sync` is the write most likely to be refused (size, write-rate limits).
 */
import type { CustomTerm } from '../settings/custom-terms';
import { fitsSyncQuota, settingsBytes, type Settings } from '../settings/settings';
import { StorageWriteError } from '../settings/storage-errors';
import { kilobytes, SYNC_QUOTA_BYTES_PER_ITEM } from '../settings/sync-quota';
import { customTermsItem, saveCustomTerms } from './custom-terms-storage';
import { saveSettings } from './settings-storage';

export async function replaceSettingsAndTerms(settings: Settings, terms: readonly CustomTerm[]): Promise<void> {
  if (!fitsSyncQuota(settings)) {
    throw new StorageWriteError({
      key: 'problemSettingsTooLarge',
      values: [kilobytes(settingsBytes(settings)), kilobytes(SYNC_QUOTA_BYTES_PER_ITEM)],
    });
  }
  const previousTerms = await customTermsItem.stored();
  try {
    await saveCustomTerms(terms);
  } catch (error) {
    throw new StorageWriteError({ key: 'importTermsNotSaved' }, { cause: error });
  }
  try {
    await saveSettings(settings);
  } catch (error) {
    try {
      // null removes the item: there were no terms before.
      await customTermsItem.restore(previousTerms);
    } catch (rollbackError) {
      console.error('[dystonia-glossary] could not put the previous custom terms back after a failed import', rollbackError);
      throw new StorageWriteError({ key: 'importRollbackFailed' }, { cause: error });
    }
    throw new StorageWriteError({ key: 'importSettingsNotSaved' }, { cause: error });
  }
}
