/**
 * Routes the popover's strings (src/ui/strings.ts, shared with the popup's entry view)
 * through `browser.i18n`: each key `x` has the message `ui_x` in messages.json.
 */
import { browser } from 'wxt/browser';
import { setUiStringLookup, type UiStringKey } from '../ui/strings';
import type { MessageKey } from './message';

export const uiMessageKey = (key: UiStringKey) => `ui_${key}` as MessageKey;

export function localizeUiStrings(): void {
  // A missing message comes back as '': the English default is kept.
  setUiStringLookup((key) => browser.i18n.getMessage(uiMessageKey(key)));
}
