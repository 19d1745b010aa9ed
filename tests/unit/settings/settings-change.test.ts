import { describe, expect, it } from 'vitest';
import { applyChange, changeBetween, changedKeys, changeHolds, isEmptyChange } from '../../../src/settings/settings-change';
import { DEFAULT_SETTINGS, setSiteEnabled, toggleSite, type Settings } from '../../../src/settings/settings';

const base: Settings = { ...DEFAULT_SETTINGS, disabledSites: ['old.org'] };

describe('settings changes', () => {
  it('describe what one action changed, list items one by one', () => {
    const change = changeBetween(base, { ...toggleSite(base, 'a.org'), theme: 'dark' });
    expect(change).toEqual({ values: { theme: 'dark' }, lists: { disabledSites: { added: ['a.org'], removed: [] } } });
    expect(changedKeys(change)).toEqual(['theme', 'disabledSites']);
    expect(isEmptyChange(changeBetween(base, { ...base }))).toBe(true);
  });

  it('replayed on settings another tab changed meanwhile, keep both changes', () => {
    const mine = changeBetween(base, toggleSite(base, 'a.org'));
    const theirs = toggleSite(base, 'b.org');
    const merged = applyChange(theirs, mine);
    expect(merged.disabledSites).toEqual(['old.org', 'b.org', 'a.org']);
    expect(changeHolds(merged, mine)).toBe(true);
    expect(changeHolds(theirs, mine)).toBe(false);
  });

  it('remove items, and keep categories in the glossary’s order', () => {
    const on = changeBetween(base, setSiteEnabled(base, 'old.org', true));
    expect(applyChange(base, on).disabledSites).toEqual([]);
    const someCategories = { ...base, categories: base.categories.filter((c) => c !== 'anatomy' && c !== 'general') };
    const back = changeBetween(someCategories, { ...someCategories, categories: [...someCategories.categories, 'general', 'anatomy'] });
    expect(applyChange(someCategories, back).categories).toEqual(DEFAULT_SETTINGS.categories);
  });
});
