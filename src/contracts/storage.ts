/**
 * Everything the extension keeps in browser storage, declared once (issue #16, code review F4):
 * each item's area, key, version, the type written, and the reader that turns whatever is
 * stored (nothing, a corrupted value, an older or a newer version's shape) into a usable value
 * without throwing. Storage code (src/storage/), the content script and the e2e tests name
 * items only through these declarations.
 *
 * The keys are the stored format: renaming one loses every user's data under the old name.
 * tests/unit/contracts/storage.test.ts pins them.
 *
 * Declarations are plain object literals on purpose: the bundler keeps only the properties a
 * script reads, so the content script's first stage, which needs one key, gets that string and
 * none of the readers (entrypoints/content/index.ts).
 */
import type { GlossaryEntry } from '../glossary/types';
import type { MatcherData } from '../matching/compile-matcher';
import { storedData, type StoredMatcher } from '../matching/stored-matcher';
import { readHistory, type Lookup } from '../my-terms/history';
import { readSavedTerms, type SavedTerm } from '../my-terms/saved-terms';
import { readCustomTerms, type CustomTerm, type CustomTermsReading } from '../settings/custom-terms';
import { readRefusedTerms, type RefusedTerm } from '../settings/refused-terms';
import { SETTINGS_KEY, type Settings } from '../settings/settings';
import { readStoredSettings, SETTINGS_VERSION, type StoredSettingsReading } from '../settings/settings-migrations';

export type StorageArea = 'sync' | 'local' | 'session';

/**
 * One stored item. `Value` is what is written; `Reading` what `read` makes of a stored value,
 * given the `Context` it needs (the glossary a custom term must not clash with, say).
 */
export interface StorageItem<Value, Reading = Value, Context extends unknown[] = []> {
  readonly area: StorageArea;
  readonly key: string;
  /** The stored shape's version, as WXT's `defineItem({ version })` keeps it (in `<key>$` once it is above 1). */
  readonly version?: number;
  /** Never throws: a value that cannot be used reads as the default, or is reported in the reading. */
  readonly read: (stored: unknown, ...context: Context) => Reading;
  /** Type only, never set: what is written (`StorageItem<Value>` is otherwise the same type for every `Value`). */
  readonly written?: Value;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The settings (src/settings/settings.ts), in `sync` so they follow the user across devices.
 * Read with the version in their marker (SETTINGS_MARKER_ITEM): settings-migrations.ts says
 * why WXT's versioned item is not used for them.
 */
export const SETTINGS_ITEM: StorageItem<Settings, StoredSettingsReading, [storedVersion: number]> = {
  area: 'sync',
  key: SETTINGS_KEY,
  version: SETTINGS_VERSION,
  read: readStoredSettings,
};

/** The settings' marker as it is stored: `v` their version, `rev` and `base` this write's revision and the one it built on. */
export interface SettingsMarkerValue {
  v?: number;
  rev?: string;
  base?: string;
  [other: string]: unknown;
}

export interface SettingsMarker {
  /** The marker as stored, kept whole when it is rewritten (a newer version may have added to it). */
  fields: Record<string, unknown>;
  /** The version that wrote the settings: 1 without a marker, as WXT counts (the pre-release shape). */
  version: number;
  rev: string | undefined;
  base: string | undefined;
}

/** Beside the settings, written in the same `set` (src/storage/settings-storage.ts): their version, and revisions that let a writer notice another tab overwrote its change. */
export const SETTINGS_MARKER_ITEM: StorageItem<SettingsMarkerValue, SettingsMarker> = {
  area: 'sync',
  // WXT's name for an item's metadata, so the version stays where WXT would look for it.
  key: `${SETTINGS_KEY}$`,
  read: (stored) => {
    const fields = isRecord(stored) ? stored : {};
    const { v, rev, base } = fields;
    return {
      fields,
      version: typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1,
      rev: typeof rev === 'string' ? rev : undefined,
      base: typeof base === 'string' ? base : undefined,
    };
  },
};

/** The user's own terms in use, in `local`: they can grow past sync's 8 KB per item. Checked against the built-in glossary as they are read. */
export const CUSTOM_TERMS_ITEM: StorageItem<CustomTerm[], CustomTermsReading, [builtIn: readonly GlossaryEntry[]]> = {
  area: 'local',
  key: 'customTerms',
  version: 1,
  read: readCustomTerms,
};

/** Terms that could not be used, kept exactly as they were until the user revises or deletes them (src/settings/refused-terms.ts). */
export const REFUSED_TERMS_ITEM: StorageItem<RefusedTerm[]> = {
  area: 'local',
  key: 'customTermsRefused',
  version: 1,
  read: readRefusedTerms,
};

/**
 * The prefilter table of the user's own terms (src/settings/custom-prefilter.ts), '' when
 * there are none. The engine reads only whether it is empty: whether to ask the background for
 * a matcher of its own, without reading or validating the terms.
 */
export const CUSTOM_PREFILTER_ITEM: StorageItem<string> = {
  area: 'local',
  key: 'customTermPrefilter',
  read: (stored) => (typeof stored === 'string' ? stored : ''),
};

/**
 * The matcher the background last compiled for custom terms or a choice of categories
 * (src/background/page-matcher.ts). Only a cache: null when damaged, or compiled from other forms
 * than those of `fingerprint`, and then compiled again.
 */
export const MATCHER_CACHE_ITEM: StorageItem<StoredMatcher, MatcherData | null, [fingerprint?: string]> = {
  area: 'local',
  key: 'matcherCache',
  read: storedData,
};

/** The newer settings version the options page last told the user about: it says so once per version, not on every visit. */
export const NEWER_VERSION_TOLD_ITEM: StorageItem<number, number | null> = {
  area: 'local',
  key: 'newerSettingsVersionTold',
  read: (stored) => (Number.isInteger(stored) ? (stored as number) : null),
};

/**
 * My terms (issue #17), in `local`: what the user looked up and what they saved, with their
 * notes. Never in `sync`: it is health information in the user's own words, and the browsers'
 * sync services would carry it off the device; a backup file moves it when the user chooses.
 * Written by the background alone (src/background/my-terms-keeper.ts).
 */
export const LOOKUP_HISTORY_ITEM: StorageItem<Lookup[]> = {
  area: 'local',
  key: 'lookupHistory',
  version: 1,
  read: (stored) => readHistory(stored).history,
};

export const SAVED_TERMS_ITEM: StorageItem<SavedTerm[]> = {
  area: 'local',
  key: 'savedTerms',
  version: 1,
  read: (stored) => readSavedTerms(stored).saved,
};

/** Every item above. */
export const STORAGE_ITEMS: readonly Pick<StorageItem<unknown>, 'area' | 'key' | 'version'>[] = [
  SETTINGS_ITEM,
  SETTINGS_MARKER_ITEM,
  CUSTOM_TERMS_ITEM,
  REFUSED_TERMS_ITEM,
  CUSTOM_PREFILTER_ITEM,
  MATCHER_CACHE_ITEM,
  NEWER_VERSION_TOLD_ITEM,
  LOOKUP_HISTORY_ITEM,
  SAVED_TERMS_ITEM,
];
