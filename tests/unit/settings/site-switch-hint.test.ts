import { describe, expect, it } from 'vitest';
import { readSiteSwitchHint } from '../../../src/settings/site-switch-hint';

describe("the first stage's reading of the site switch", () => {
  it('is off only where the user plainly said so: paused, site off, or not an allowed site', () => {
    expect(readSiteSwitchHint({ enabled: false }, 'a.org').off).toBe(true);
    expect(readSiteSwitchHint({ enabled: true, disabledSites: ['a.org'] }, 'a.org').off).toBe(true);
    expect(readSiteSwitchHint({ enabled: true, disabledSites: ['b.org'] }, 'a.org').off).toBe(false);
    expect(readSiteSwitchHint({ allowedSites: ['b.org'] }, 'a.org').off).toBe(true);
    expect(readSiteSwitchHint({ allowedSites: ['a.org'] }, 'a.org').off).toBe(false);
  });

  it('understands the pre-release shape (paused, blockedSites)', () => {
    expect(readSiteSwitchHint({ paused: true }, 'a.org').off).toBe(true);
    expect(readSiteSwitchHint({ blockedSites: ['a.org'] }, 'a.org').off).toBe(true);
  });

  it('reads anything unreadable as maybe on, so the engine decides', () => {
    for (const stored of [undefined, null, 'x', [], { enabled: 'no' }, { disabledSites: 'a.org' }, { allowedSites: [1] }]) {
      expect(readSiteSwitchHint(stored, 'a.org')).toEqual({ off: false, customTermsInFrames: false });
    }
    expect(readSiteSwitchHint({ customTermsInFrames: true }, 'a.org').customTermsInFrames).toBe(true);
  });
});
