/**
 * Every user-visible string goes through `browser.i18n`: public/_locales/en/messages.json is the
 * only place its English is written, and a translation is one more public/_locales/<lang>/.
 * Pure modules return a `Problem` (a message key and its values) and let the page word it.
 */
import { browser } from 'wxt/browser';

/** A type only: no page or script bundles the strings, each asks the browser for its own. */
export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

/** Something a user can act on, worded later by `t()`. */
export interface Problem {
  key: MessageKey;
  values?: string[];
}

/**
 * Looks each message up once, when first shown, and keeps it: in Chromium's content scripts
 * every `getMessage` call costs (16 of them took 6-12 ms in Chromium 156), so the engine must
 * not look up the popover's strings at start-up, nor again at every opening.
 * Exported for its test; the extension uses the one instance below.
 */
export function cachedMessages(getMessage: (key: MessageKey) => string | undefined): (key: MessageKey) => string {
  const known = new Map<MessageKey, string>();
  return (key) => {
    let text = known.get(key);
    if (text === undefined) {
      // '' is a key no locale has; no i18n API at all (Node, happy-dom) answers undefined.
      // Either way the key is shown rather than nothing, so the gap is seen and reported.
      text = getMessage(key) || key;
      known.set(key, text);
    }
    return text;
  };
}

const message = cachedMessages((key) => browser?.i18n?.getMessage(key));

/** The words of `key`; `values` fill its `$1`, `$2`… (done by the browser, so not cached). */
export function t(key: MessageKey, values?: string | string[]): string {
  if (values === undefined) return message(key);
  return browser?.i18n?.getMessage(key, values) || key;
}

export const describeProblem = (p: Problem): string => t(p.key, p.values);

/** Sets `textContent` of every `[data-i18n]` element (static text in the HTML pages). */
export function localizePage(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as MessageKey);
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-label]'))
    el.setAttribute('aria-label', t(el.dataset.i18nLabel as MessageKey));
}
