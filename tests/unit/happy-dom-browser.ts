/**
 * What `wxt/browser` is in the happy-dom project (vitest.config.ts): happy-dom has no extension
 * API, and the popover and entry view word everything through `browser.i18n`, so this one answers
 * from the real messages.json, as the browser would. Anything else a DOM test calls is missing,
 * and fails loudly: such a test belongs in `*.extension.test.ts`.
 */
import { getEnglishMessage } from '../../scripts/english-messages';

export const browser = { i18n: { getMessage: getEnglishMessage } };
