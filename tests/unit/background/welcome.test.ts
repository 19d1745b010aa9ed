import { describe, expect, it } from 'vitest';
import { opensWelcome } from '../../../src/background/welcome';

describe('opensWelcome', () => {
  it('opens the welcome page on a fresh install only, never on updates or browser updates', () => {
    expect(opensWelcome({ reason: 'install' })).toBe(true);
    for (const reason of ['update', 'browser_update', 'chrome_update', 'shared_module_update'])
      expect(opensWelcome({ reason })).toBe(false);
  });
});
