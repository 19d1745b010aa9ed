/**
 * `wxt/browser` for the content script's two stages (wxt.config.ts aliases it there): the
 * browser's own extension namespace, looked up at the first use instead of when the script
 * loads. Reading `runtime` builds that API's bindings, 1–2 ms in Chromium 156, and the first
 * stage loads at document_start, in the parser's task: the first stage touches no API until
 * the document is parsed (issue #13), so a page's DOMContentLoaded waits for none of it.
 */
import type { browser as Browser } from 'wxt/browser';

type Namespace = typeof Browser;
type Global = { browser?: { runtime?: { id?: string } }; chrome?: unknown };

let namespace: Namespace | undefined;
const resolve = (): Namespace => {
  const g = globalThis as Global;
  return (namespace ??= (g.browser?.runtime?.id ? g.browser : g.chrome) as Namespace);
};

export const browser: Namespace = new Proxy({} as Namespace, {
  get: (_target, key) => Reflect.get(resolve(), key) as unknown,
});
