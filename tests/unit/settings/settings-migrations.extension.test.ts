import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, readSettings } from '../../../src/settings/settings';
import {
  CATEGORIES_ADDED_IN_V3,
  migrateSettingsV1ToV2,
  migrateSettingsV2ToV3,
  migrateSettingsV3ToV4,
  readStoredSettings,
  SETTINGS_VERSION,
} from '../../../src/settings/settings-migrations';
import {
  loadSettings,
  saveSettings,
  settingsNeedRepair,
  tellAboutNewerVersion,
  updateSettings,
} from '../../../src/storage/settings-storage';

const V1 = JSON.parse(readFileSync(resolve(import.meta.dirname, 'fixtures/settings-v1.json'), 'utf8'));

describe('settings migrations', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('reads a stored v1 fixture as v2 settings, and the next save stores the current version', async () => {
    // v1 wrote no version marker: a value without one is version 1, as WXT counts.
    await fakeBrowser.storage.sync.set({ settings: V1 });
    const reading = await loadSettings();
    expect(reading).toMatchObject({ invalid: [], unknown: [], storedVersion: 1, newer: false });
    expect(reading.settings).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      disabledSites: ['news.example.com', 'forum.example.org'],
      highlightColor: '#0f7b6c',
      hoverRestMs: 500,
      popoverFontSizePx: 20,
      readingDensity: 'page',
      theme: 'dark',
      showBadge: false,
    });
    // Reading writes nothing (every content script reads); the options page repairs an old shape once.
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(V1);
    expect(settingsNeedRepair(reading)).toBe(true);
    await saveSettings(reading.settings);
    const stored = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(stored.settings).toEqual(reading.settings);
    expect(stored.settings$).toMatchObject({ v: SETTINGS_VERSION });
    expect(settingsNeedRepair(await loadSettings())).toBe(false);
  });

  it('starts fresh installs at the current version with nothing stored and nothing to repair', async () => {
    const reading = await loadSettings();
    expect(reading.settings).toEqual(DEFAULT_SETTINGS);
    expect(reading.storedVersion).toBe(SETTINGS_VERSION);
    expect(settingsNeedRepair(reading)).toBe(false);
  });

  it('never throws on malformed v1 data: bad values pass through for readSettings to replace', () => {
    expect(migrateSettingsV1ToV2('garbage')).toEqual({});
    const v2 = migrateSettingsV1ToV2({ paused: 'yes', popoverFontSize: 'huge', hoverDelayMs: -4 });
    const reading = readSettings(v2);
    expect(reading.invalid.sort()).toEqual(['enabled', 'hoverRestMs', 'popoverFontSizePx']);
    expect(reading.settings.enabled).toBe(true);
  });

  it("v2 → v3 turns on the categories added since (care team, general words), keeping the user's other choices", async () => {
    const v2Categories = ['anatomy', 'types', 'symptoms'];
    await fakeBrowser.storage.sync.set({ settings: { categories: v2Categories, theme: 'dark' }, settings$: { v: 2 } });
    const reading = await loadSettings();
    expect(reading.invalid).toEqual([]);
    expect(reading.settings.categories).toEqual([...v2Categories, ...CATEGORIES_ADDED_IN_V3]);
    expect(reading.settings.theme).toBe('dark');
    expect(migrateSettingsV2ToV3({ categories: 'all' })).toEqual({ categories: 'all' });
    expect(migrateSettingsV2ToV3(null)).toEqual({});
  });

  it('v3 → v4: "first occurrence only" becomes once on the page; the old default becomes the new one (once per section)', async () => {
    await fakeBrowser.storage.sync.set({ settings: { firstOccurrenceOnly: true, theme: 'dark' }, settings$: { v: 3 } });
    expect(await loadSettings()).toMatchObject({ invalid: [], unknown: [], settings: { readingDensity: 'page', theme: 'dark' } });
    await fakeBrowser.storage.sync.set({ settings: { firstOccurrenceOnly: false }, settings$: { v: 3 } });
    expect(await loadSettings()).toMatchObject({ invalid: [], unknown: [], settings: { readingDensity: 'section' } });
    expect(DEFAULT_SETTINGS.readingDensity).toBe('section');
    expect(migrateSettingsV3ToV4({ firstOccurrenceOnly: 'yes' })).toEqual({});
    expect(migrateSettingsV3ToV4([])).toEqual({});
    // Stored by this version already: left as it is.
    expect(readStoredSettings({ readingDensity: 'every' }, SETTINGS_VERSION).settings.readingDensity).toBe('every');
  });

  it('a garbage version marker counts as no marker', async () => {
    await fakeBrowser.storage.sync.set({ settings: { highlightStyle: 'both' }, settings$: 'garbage' });
    expect(await loadSettings()).toMatchObject({ storedVersion: 1, settings: { highlightStyle: 'both' } });
  });
});

describe('settings from a newer version (another device), security review L11', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  const newer = { enabled: true, highlightStyle: 'both', hoverRestMs: 5000, sparkle: { level: 3 } };

  it('are read as far as this version can, with no error logged, and marked as newer', async () => {
    const errors = vi.spyOn(console, 'error');
    await fakeBrowser.storage.sync.set({ settings: newer, settings$: { v: 99 } });
    const reading = await loadSettings();
    expect(reading).toMatchObject({ newer: true, storedVersion: 99, invalid: ['hoverRestMs'], unknown: ['sparkle'] });
    expect(reading.settings.highlightStyle).toBe('both');
    expect(errors).not.toHaveBeenCalled();
    // Never "repaired": the newer device would lose what this one does not understand.
    expect(settingsNeedRepair(reading)).toBe(false);
    expect(readStoredSettings(newer, 99).newer).toBe(true);
  });

  it('the options page says so once per newer version, not on every visit', async () => {
    await fakeBrowser.storage.sync.set({ settings: newer, settings$: { v: 99 } });
    expect(await tellAboutNewerVersion(await loadSettings())).toBe(true);
    expect(await tellAboutNewerVersion(await loadSettings())).toBe(false);
    await fakeBrowser.storage.sync.set({ settings$: { v: 100 } });
    expect(await tellAboutNewerVersion(await loadSettings())).toBe(true);
    expect(await tellAboutNewerVersion(readStoredSettings({}, 3))).toBe(false);
  });

  it('a change made here touches only its own fields and keeps the newer version marker', async () => {
    await fakeBrowser.storage.sync.set({ settings: newer, settings$: { v: 99 } });
    await updateSettings((s) => ({ ...s, theme: 'dark' }));
    const stored = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(stored.settings).toEqual({ ...newer, theme: 'dark' });
    expect(stored.settings$).toMatchObject({ v: 99 });
  });
});
