import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultIcon, ICON_OFF, ICON_ON, ICON_SIZES, tabIcon } from '../../../src/background/toolbar-icon';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';

describe('the toolbar icon', () => {
  it('is greyed where highlighting is off for the site, or everywhere while paused', () => {
    expect(tabIcon(DEFAULT_SETTINGS, 'a.org')).toBe(ICON_ON);
    expect(tabIcon({ ...DEFAULT_SETTINGS, disabledSites: ['a.org'] }, 'a.org')).toBe(ICON_OFF);
    expect(tabIcon({ ...DEFAULT_SETTINGS, disabledSites: ['a.org'] }, 'b.org')).toBe(ICON_ON);
    expect(tabIcon({ ...DEFAULT_SETTINGS, allowedSites: ['b.org'] }, 'a.org')).toBe(ICON_OFF);
    expect(tabIcon({ ...DEFAULT_SETTINGS, enabled: false }, 'a.org')).toBe(ICON_OFF);
    expect(defaultIcon(DEFAULT_SETTINGS)).toBe(ICON_ON);
    expect(defaultIcon({ enabled: false })).toBe(ICON_OFF);
  });

  it('names a PNG of every size in both states, and each one exists (npm run icons made them)', () => {
    for (const paths of [ICON_ON, ICON_OFF]) {
      expect(Object.keys(paths).map(Number)).toEqual([...ICON_SIZES]);
      for (const path of Object.values(paths))
        expect(existsSync(resolve(import.meta.dirname, '../../../public', `.${path}`)), path).toBe(true);
    }
  });
});
