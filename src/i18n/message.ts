/**
 * Every user-visible string of the popup, options page and background goes through
 * `browser.i18n` (public/_locales/<lang>/messages.json), so the extension can be translated.
 * Pure modules return a `Problem` (a message key and its values) and let the page word it.
 */
import { browser } from 'wxt/browser';

export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

/** Something a user can act on, worded later by `t()`. */
export interface Problem {
  key: MessageKey;
  values?: string[];
}

export function t(key: MessageKey, values?: string | string[]): string {
  const text = browser.i18n.getMessage(key, values);
  // An empty string means the key is missing in this locale: show the key rather than nothing.
  return text || key;
}

export const describeProblem = (p: Problem): string => t(p.key, p.values);

/** Sets `textContent` of every `[data-i18n]` element (static text in the HTML pages). */
export function localizePage(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as MessageKey);
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-label]')) el.setAttribute('aria-label', t(el.dataset.i18nLabel as MessageKey));
}
