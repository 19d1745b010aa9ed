import { describe, expect, it } from 'vitest';
import { bumpVersion, changelogEntry, prependEntry } from '../../../scripts/release/versioning';

describe('release versioning', () => {
  it('bumps each part and resets the smaller ones', () => {
    expect(bumpVersion('1.4.9', 'patch')).toBe('1.4.10');
    expect(bumpVersion('1.4.9', 'minor')).toBe('1.5.0');
    expect(bumpVersion('1.4.9', 'major')).toBe('2.0.0');
  });

  it('refuses a version that is not major.minor.patch', () => {
    expect(() => bumpVersion('1.4', 'patch')).toThrow(/not major\.minor\.patch/);
    expect(() => bumpVersion('1.4.0-beta', 'patch')).toThrow();
  });

  it('writes one line per commit and the day', () => {
    const entry = changelogEntry('0.2.0', new Date('2026-12-04T10:00:00Z'), ['Popover reducer', '', ' Typed messages ']);
    expect(entry).toBe('## 0.2.0 (2026-12-04)\n\n- Popover reducer\n- Typed messages\n');
  });

  it('puts the newest entry first under the title', () => {
    const first = prependEntry('', '## 0.1.1 (2026-12-01)\n\n- A\n');
    expect(first).toBe('# Changelog\n\n## 0.1.1 (2026-12-01)\n\n- A\n');
    const second = prependEntry(first, '## 0.2.0 (2026-12-04)\n\n- B\n');
    expect(second).toBe('# Changelog\n\n## 0.2.0 (2026-12-04)\n\n- B\n\n## 0.1.1 (2026-12-01)\n\n- A\n');
  });
});
