/**
 * Where settings and custom terms live: typed WXT storage items with a version and
 * migrations. Settings go to the `sync` area (they follow the user across devices, and are
 * small); custom terms can grow past sync's per-item quota (8 KB), so they stay `local`.
 * Values are read through `readSettings` / `readCustomTerms`: a corrupted value never crashes
 * a page, it falls back to defaults.
 */
import { storage } from 'wxt/utils/storage';
import type { MatcherStore } from '../content/page-matcher';
import type { GlossaryEntry } from '../glossary';
import { readCustomTerms, type CustomTerm, type CustomTermsReading } from './custom-terms';
import { readSettings, type Settings, type SettingsReading } from './settings';
import { migrateSettingsV1ToV2, migrateSettingsV2ToV3 } from './settings-migrations';

export const SETTINGS_VERSION = 3;

/** Stored values are `unknown` until read: another version, a sync conflict or a bug may have written anything. */
export function defineSettingsItem() {
  return storage.defineItem<unknown>('sync:settings', {
    version: SETTINGS_VERSION,
    migrations: { 2: migrateSettingsV1ToV2, 3: migrateSettingsV2ToV3 },
  });
}

export function defineCustomTermsItem() {
  return storage.defineItem<unknown>('local:customTerms', { version: 1 });
}

export const settingsItem = defineSettingsItem();
export const customTermsItem = defineCustomTermsItem();

/** Matchers compiled for custom terms or a category choice (src/content/page-matcher.ts); a cache, rebuilt if lost. */
const matcherCacheItem = storage.defineItem<unknown>('local:matcherCache');
export const matcherStore: MatcherStore = {
  read: () => matcherCacheItem.getValue(),
  write: (value) => matcherCacheItem.setValue(value),
};

export async function loadSettings(): Promise<SettingsReading> {
  return readSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settings);
}

/** Reads, changes and writes back. Settings are small and changed by one person: last write wins. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = change((await loadSettings()).settings);
  await saveSettings(next);
  return next;
}

export function watchSettings(onChange: (reading: SettingsReading) => void): () => void {
  return settingsItem.watch((value) => onChange(readSettings(value)));
}

export async function loadCustomTerms(builtIn: readonly GlossaryEntry[]): Promise<CustomTermsReading> {
  return readCustomTerms(await customTermsItem.getValue(), builtIn);
}

export async function saveCustomTerms(terms: readonly CustomTerm[]): Promise<void> {
  await customTermsItem.setValue([...terms]);
}

export function watchCustomTerms(builtIn: readonly GlossaryEntry[], onChange: (reading: CustomTermsReading) => void): () => void {
  return customTermsItem.watch((value) => onChange(readCustomTerms(value, builtIn)));
}

/** True when the stored values had to be repaired (shown once in the options page, then written back clean). */
export function needsRepair(settings: SettingsReading, terms: CustomTermsReading): boolean {
  return settings.notAnObject || settings.invalid.length > 0 || settings.unknown.length > 0 || terms.problems.length > 0 || terms.unknownFields.length > 0;
}
