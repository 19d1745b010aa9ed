/**
 * The strings of the popover and the shared entry view: message `ui_<key>` in messages.json,
 * looked up by `t()` (once each, when first shown). Their `{name}` placeholders are filled here,
 * not by `getMessage`'s `$1`, so a message shown with a different value at every opening
 * ("Pronounced {pronunciation}") is still looked up only once.
 */
import { t, type MessageKey } from '../i18n/message';

type UiKeyOf<K> = K extends `ui_${infer Name}` ? Name : never;
export type UiStringKey = UiKeyOf<MessageKey>;

export function uiText(key: UiStringKey, values: Record<string, string> = {}): string {
  return t(`ui_${key}`).replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
