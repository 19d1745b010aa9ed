import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_LABELS } from '../../../src/glossary';
import { categoryMessageKey } from '../../../src/i18n/category-label';
import { uiMessageKey } from '../../../src/i18n/ui-strings';
import { DEFAULT_UI_STRINGS, type UiStringKey } from '../../../src/ui/strings';
import { MESSAGES } from './stub-i18n';

describe('_locales/en/messages.json', () => {
  it('uses only message names the browsers accept', () => {
    for (const name of Object.keys(MESSAGES)) expect(name).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  it('has every popover string, in the same English as its default', () => {
    for (const key of Object.keys(DEFAULT_UI_STRINGS) as UiStringKey[]) expect(MESSAGES[uiMessageKey(key)]?.message).toBe(DEFAULT_UI_STRINGS[key]);
  });

  it('has every category name', () => {
    for (const c of CATEGORIES) expect(MESSAGES[categoryMessageKey(c)]?.message).toBe(CATEGORY_LABELS[c]);
  });
});
