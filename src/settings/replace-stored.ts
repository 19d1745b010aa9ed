/**
 * Stores an import: settings (in `sync`) and custom terms (in `local`) together, or neither.
 * Browsers have no transaction across two storage areas, so: check what can be checked first
 * (the settings' size), write the terms, then the settings, and if the settings write fails,
 * put the previous terms back (security review H4). Terms go first because `local` has room
 * to spare, while `sync` is the write most likely to be refused (size, write-rate limits).
 */
import type { CustomTerm } from './custom-terms';
import { customTermsItem, saveCustomTerms } from './custom-terms-storage';
import { fitsSyncQuota, settingsBytes, type Settings } from './settings';
import { saveSettings } from './settings-storage';
import { StorageWriteError } from './storage-errors';
import { kilobytes, SYNC_QUOTA_BYTES_PER_ITEM } from './sync-quota';

export async function replaceSettingsAndTerms(settings: Settings, terms: readonly CustomTerm[]): Promise<void> {
  if (!fitsSyncQuota(settings)) {
    throw new StorageWriteError({ key: 'problemSettingsTooLarge', values: [kilobytes(settingsBytes(settings)), kilobytes(SYNC_QUOTA_BYTES_PER_ITEM)] });
  }
  const previousTerms = await customTermsItem.getValue();
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
      await customTermsItem.setValue(previousTerms);
    } catch (rollbackError) {
      console.error('[dystonia-glossary] could not put the previous custom terms back after a failed import', rollbackError);
      throw new StorageWriteError({ key: 'importRollbackFailed' }, { cause: error });
    }
    throw new StorageWriteError({ key: 'importSettingsNotSaved' }, { cause: error });
  }
}
