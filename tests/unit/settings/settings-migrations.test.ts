import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, readSettings } from '../../../src/settings/settings';
import { CATEGORIES_ADDED_IN_V3, migrateSettingsV1ToV2, migrateSettingsV2ToV3 } from '../../../src/settings/settings-migrations';
import { defineSettingsItem, SETTINGS_VERSION } from '../../../src/settings/settings-storage';

const V1 = JSON.parse(readFileSync(resolve(import.meta.dirname, 'fixtures/settings-v1.json'), 'utf8'));

describe('settings migrations', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates a stored v1 fixture to v2 through WXT storage, once', async () => {
    // v1 wrote no version metadata: WXT treats a value without it as version 1.
    await fakeBrowser.storage.sync.set({ settings: V1 });
    const item = defineSettingsItem();
    const reading = readSettings(await item.getValue());
    expect(reading.invalid).toEqual([]);
    expect(reading.unknown).toEqual([]);
    expect(reading.settings).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      disabledSites: ['news.example.com', 'forum.example.org'],
      highlightColor: '#0f7b6c',
      hoverRestMs: 500,
      popoverFontSizePx: 20,
      firstOccurrenceOnly: true,
      theme: 'dark',
      showBadge: false,
    });
    expect(await item.getMeta()).toEqual({ v: SETTINGS_VERSION });
    // Already v2: defining the item again changes nothing.
    const stored = (await fakeBrowser.storage.sync.get('settings')).settings;
    await defineSettingsItem().getValue();
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(stored);
  });

  it('starts fresh installs at the current version with no stored value', async () => {
    const item = defineSettingsItem();
    expect(await item.getValue()).toBeNull();
    expect(readSettings(await item.getValue()).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('never throws on malformed v1 data: bad values pass through for readSettings to replace', () => {
    expect(migrateSettingsV1ToV2('garbage')).toEqual({});
    const v2 = migrateSettingsV1ToV2({ paused: 'yes', popoverFontSize: 'huge', hoverDelayMs: -4 });
    const reading = readSettings(v2);
    expect(reading.invalid.sort()).toEqual(['enabled', 'hoverRestMs', 'popoverFontSizePx']);
    expect(reading.settings.enabled).toBe(true);
  });

  it('v2 → v3 turns on the categories added since (care team, general words), keeping the user\'s other choices', async () => {
    const v2Categories = ['anatomy', 'types', 'symptoms'];
    await fakeBrowser.storage.sync.set({ settings: { categories: v2Categories, theme: 'dark' }, settings$: { v: 2 } });
    const reading = readSettings(await defineSettingsItem().getValue());
    expect(reading.invalid).toEqual([]);
    expect(reading.settings.categories).toEqual([...v2Categories, ...CATEGORIES_ADDED_IN_V3]);
    expect(reading.settings.theme).toBe('dark');
    expect(migrateSettingsV2ToV3({ categories: 'all' })).toEqual({ categories: 'all' });
    expect(migrateSettingsV2ToV3(null)).toEqual({});
  });
});
