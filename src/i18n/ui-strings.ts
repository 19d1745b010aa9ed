/**
 * Routes the popover's strings (src/ui/strings.ts, shared with the popup's entry view)
 * through `browser.i18n`: each key `x` has the message `ui_x` in messages.json.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_UI_STRINGS, setUiStrings, type UiStringKey } from '../ui/strings';
import type { MessageKey } from './message';

export const uiMessageKey = (key: UiStringKey) => `ui_${key}` as MessageKey;

export function localizeUiStrings(): void {
  const keys = Object.keys(DEFAULT_UI_STRINGS) as UiStringKey[];
  // A missing message comes back as '': setUiStrings then keeps the English default.
  setUiStrings(Object.fromEntries(keys.map((k) => [k, browser.i18n.getMessage(uiMessageKey(k))])));
}
