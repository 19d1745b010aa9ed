import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, toggleSite, type Settings } from '../../../src/settings/settings';
import { loadSettings, saveSettings, updateSettings, watchSettings } from '../../../src/storage/settings-storage';
import { StorageWriteError } from '../../../src/settings/storage-errors';

const stored = async () => (await fakeBrowser.storage.sync.get('settings')).settings as Settings;
const longHosts = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i}-${'x'.repeat(50)}.example.com`);

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('two tabs toggling two different sites at the same moment both win (security review L5)', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['old.org'] });
    // Both read the same settings before either writes: the second write alone would drop the first site.
    await Promise.all([updateSettings((s) => toggleSite(s, 'a.org')), updateSettings((s) => toggleSite(s, 'b.org'))]);
    await vi.waitFor(async () => expect([...(await stored()).disabledSites].sort()).toEqual(['a.org', 'b.org', 'old.org']));
  });

  it('five concurrent changes of different fields all survive', async () => {
    await Promise.all([
      updateSettings((s) => toggleSite(s, 'a.org')),
      updateSettings((s) => toggleSite(s, 'b.org')),
      updateSettings((s) => ({ ...s, theme: 'dark' })),
      updateSettings((s) => ({ ...s, highlightStyle: 'both' })),
      updateSettings((s) => ({ ...s, categories: s.categories.filter((c) => c !== 'genetics') })),
    ]);
    await vi.waitFor(async () => {
      const s = await stored();
      expect([...s.disabledSites].sort()).toEqual(['a.org', 'b.org']);
      expect(s).toMatchObject({ theme: 'dark', highlightStyle: 'both' });
      expect(s.categories).not.toContain('genetics');
    });
  });

  it('a later change built on this one is not undone: switching a site back on sticks', async () => {
    await updateSettings((s) => toggleSite(s, 'a.org'));
    await updateSettings((s) => toggleSite(s, 'a.org'));
    await new Promise((r) => setTimeout(r, 50));
    expect((await stored()).disabledSites).toEqual([]);
  });

  it('a write without a revision (an older version, a person) is the final word', async () => {
    await updateSettings((s) => toggleSite(s, 'a.org'));
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, theme: 'light' } });
    await new Promise((r) => setTimeout(r, 50));
    expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, theme: 'light' });
  });

  it('refuses, in words and before writing, settings over the sync quota (security review M8)', async () => {
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const tooMany = { ...DEFAULT_SETTINGS, disabledSites: longHosts(150, 'd') };
    const error = await saveSettings(tooMany).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageWriteError);
    expect((error as StorageWriteError).problems[0]).toMatchObject({ key: 'problemSettingsTooLarge' });
    await expect(updateSettings((s) => ({ ...s, allowedSites: longHosts(150, 'a') }))).rejects.toBeInstanceOf(StorageWriteError);
    expect(set).not.toHaveBeenCalled();
  });

  it('never writes a list this version would not read back: the 151st site is refused, the 150 kept', async () => {
    const sites = Array.from({ length: 150 }, (_, i) => `s${i}.org`);
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: sites });
    const error = await updateSettings((s) => toggleSite(s, 'one-more.org')).catch((e: unknown) => e);
    expect((error as StorageWriteError).problems).toEqual([{ key: 'tooManySites', values: ['150'] }]);
    expect((await stored()).disabledSites).toEqual(sites);
  });

  it('watchers see each change once it is stored', async () => {
    const seen: string[] = [];
    const stop = watchSettings((reading) => seen.push(reading.settings.theme));
    await updateSettings((s) => ({ ...s, theme: 'dark' }));
    await vi.waitFor(() => expect(seen).toEqual(['dark']));
    stop();
    await updateSettings((s) => ({ ...s, theme: 'light' }));
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual(['dark']);
    expect((await loadSettings()).settings.theme).toBe('light');
  });
});
