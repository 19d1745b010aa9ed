import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isActiveOn,
  isSiteEnabled,
  readSettings,
  setSiteEnabled,
  toggleSite,
  type Settings,
} from '../../../src/settings/settings';

const settings = (patch: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

describe('readSettings', () => {
  it('accepts a valid settings object as it is', () => {
    const valid = settings({ highlightStyle: 'both', highlightColor: '#1f6feb', categories: ['anatomy'], popoverFontSizePx: 20 });
    expect(readSettings(valid)).toEqual({ settings: valid, invalid: [], unknown: [], notAnObject: false });
  });

  it('falls back to the default for each corrupted field and names it', () => {
    const reading = readSettings({
      enabled: 'yes',
      highlightStyle: 'sparkles',
      highlightColor: 'red; background: url(x)',
      categories: ['anatomy', 'astrology'],
      hoverRestMs: Number.NaN,
      popoverFontSizePx: 400,
      disabledSites: 'example.com',
      theme: 'dark',
    });
    expect(reading.invalid.sort()).toEqual([
      'categories',
      'disabledSites',
      'enabled',
      'highlightColor',
      'highlightStyle',
      'hoverRestMs',
      'popoverFontSizePx',
    ]);
    expect(reading.settings).toEqual(settings({ theme: 'dark' }));
  });

  it('reports unknown fields and ignores them', () => {
    const reading = readSettings({ theme: 'light', sparkle: true });
    expect(reading.unknown).toEqual(['sparkle']);
    expect(reading.settings).toEqual(settings({ theme: 'light' }));
  });

  it('survives values that are not objects at all', () => {
    for (const raw of ['{', 42, [1, 2], true]) {
      const reading = readSettings(raw);
      expect(reading.notAnObject).toBe(true);
      expect(reading.settings).toEqual(DEFAULT_SETTINGS);
    }
    expect(readSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, invalid: [], unknown: [], notAnObject: false });
  });

  it('returns a copy: changing the result never changes the defaults', () => {
    const before = DEFAULT_SETTINGS.categories.length;
    readSettings(undefined).settings.categories.push('anatomy');
    readSettings({ theme: 'dark' }).settings.categories.push('anatomy');
    expect(DEFAULT_SETTINGS.categories).toHaveLength(before);
  });
});

describe('site switches', () => {
  it('turns one site off and on, keeping an allow list consistent', () => {
    const off = setSiteEnabled(settings(), 'example.com', false);
    expect(isActiveOn(off, 'example.com')).toBe(false);
    expect(isActiveOn(off, 'other.org')).toBe(true);
    const on = setSiteEnabled(off, 'example.com', true);
    expect(on.disabledSites).toEqual([]);
    const allowList = setSiteEnabled(settings({ allowedSites: ['a.org'] }), 'example.com', true);
    expect(allowList.allowedSites).toEqual(['a.org', 'example.com']);
  });

  it('the site switch ignores the global pause; the toggle command lifts it', () => {
    const paused = settings({ enabled: false });
    expect(isSiteEnabled(paused, 'example.com')).toBe(true);
    expect(isActiveOn(paused, 'example.com')).toBe(false);
    const toggled = toggleSite(paused, 'example.com');
    expect(isActiveOn(toggled, 'example.com')).toBe(true);
    expect(isActiveOn(toggleSite(toggled, 'example.com'), 'example.com')).toBe(false);
  });
});
