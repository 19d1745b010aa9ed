/**
 * Stored settings shapes over time, and the pure functions that move one version to the next.
 * They run on every read (src/storage/settings-storage.ts), in memory; the next write stores the current
 * shape with the current version number. WXT's `defineItem({ version, migrations })` is not
 * used for settings: it migrates from every content script as soon as it is imported, and on a
 * value from a *newer* version (another device) it logs an error on every page and migrates
 * nothing (security review L11). A newer value is read as far as this version understands it.
 *
 * v1 was the pre-release shape (settings kept under the names the first prototype used):
 * a `paused` flag, a `blockedSites` list, an `underlineColor`, a `hoverDelayMs` and a named
 * `popoverFontSize`. v2 is `Settings` in settings.ts: positive flags and explicit units.
 * v3 added categories; v4 replaced the `firstOccurrenceOnly` flag with `readingDensity`.
 */
import type { Category } from '../glossary/types';
import { readSettings, type Settings, type SettingsReading } from './settings';

/** The version of the stored settings shape this build writes (kept in the `settings$` marker, `{ v }`, as WXT does). */
export const SETTINGS_VERSION = 4;

interface SettingsV1 {
  paused?: boolean;
  blockedSites?: string[];
  underlineColor?: string;
  hoverDelayMs?: number;
  popoverFontSize?: 'small' | 'medium' | 'large';
  [other: string]: unknown;
}

const FONT_SIZES_PX = { small: 14, medium: 16, large: 20 } as const;

/**
 * v1 → v2. Unrecognised or malformed values are carried over as they are: `readSettings`
 * replaces anything invalid with its default and reports it, so a migration never throws.
 */
export function migrateSettingsV1ToV2(v1: unknown): Partial<Settings> & Record<string, unknown> {
  if (typeof v1 !== 'object' || v1 === null || Array.isArray(v1)) return {};
  const { paused, blockedSites, underlineColor, hoverDelayMs, popoverFontSize, ...rest } = v1 as SettingsV1;
  const v2: Record<string, unknown> = { ...rest };
  if (paused !== undefined) v2.enabled = typeof paused === 'boolean' ? !paused : paused;
  if (blockedSites !== undefined) v2.disabledSites = blockedSites;
  if (underlineColor !== undefined) v2.highlightColor = underlineColor;
  if (hoverDelayMs !== undefined) v2.hoverRestMs = hoverDelayMs;
  if (popoverFontSize !== undefined) v2.popoverFontSizePx = FONT_SIZES_PX[popoverFontSize] ?? popoverFontSize;
  return v2;
}

/** Categories added after v2 (glossary v2, issue #10): on for everyone, like every category of a fresh install. */
export const CATEGORIES_ADDED_IN_V3: readonly Category[] = ['care-team', 'general'];

/**
 * v2 → v3. `categories` lists the categories a user highlights; v2 had no care-team or
 * general words, so nobody can have turned them off: they are added. Anything that is not
 * a list is left for `readSettings` to replace.
 */
export function migrateSettingsV2ToV3(v2: unknown): Record<string, unknown> {
  if (typeof v2 !== 'object' || v2 === null || Array.isArray(v2)) return {};
  const record = { ...(v2 as Record<string, unknown>) };
  if (Array.isArray(record.categories)) record.categories = [...new Set([...record.categories, ...CATEGORIES_ADDED_IN_V3])];
  return record;
}

/**
 * v3 → v4. `firstOccurrenceOnly: true` was a choice: once on the page. `false` was the only
 * default there was, and indistinguishable from one: it becomes the new, calmer default
 * (`readingDensity` left out, so `readSettings` gives it). A malformed flag is dropped the same way.
 */
export function migrateSettingsV3ToV4(v3: unknown): Record<string, unknown> {
  if (typeof v3 !== 'object' || v3 === null || Array.isArray(v3)) return {};
  const { firstOccurrenceOnly, ...rest } = v3 as Record<string, unknown>;
  return firstOccurrenceOnly === true && rest.readingDensity === undefined ? { ...rest, readingDensity: 'page' } : rest;
}

/** Runs the migrations from `version` up to SETTINGS_VERSION. A value from a newer version is returned as it is. */
export function migrateStoredSettings(value: unknown, version: number): unknown {
  let migrated = value;
  if (version < 2) migrated = migrateSettingsV1ToV2(migrated);
  if (version < 3) migrated = migrateSettingsV2ToV3(migrated);
  if (version < 4) migrated = migrateSettingsV3ToV4(migrated);
  return migrated;
}

export interface StoredSettingsReading extends SettingsReading {
  /**
   * The version that wrote the stored value: 1 when it has no version marker (as WXT counts),
   * the current one when nothing is stored yet (there is nothing to migrate).
   */
  storedVersion: number;
  /**
   * Written by a newer version of the extension (on another device, through sync). Read as far
   * as this version can; never repaired or written back whole, so the newer device keeps what
   * this one does not understand.
   */
  newer: boolean;
}

/** Reads the stored value of any version, never throwing. */
export function readStoredSettings(value: unknown, storedVersion: number): StoredSettingsReading {
  if (value === null || value === undefined)
    return { ...readSettings(value), storedVersion: Math.max(storedVersion, SETTINGS_VERSION), newer: storedVersion > SETTINGS_VERSION };
  const newer = storedVersion > SETTINGS_VERSION;
  return { ...readSettings(migrateStoredSettings(value, storedVersion)), storedVersion, newer };
}
