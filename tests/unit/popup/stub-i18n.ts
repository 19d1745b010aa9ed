/**
 * WXT's fakeBrowser has no `i18n`: this answers `getMessage` from the real
 * public/_locales/en/messages.json, with Chrome's `$1`… substitution, so tests see the
 * words users see. A message without values is looked up once per worker and kept
 * (src/i18n/message.ts), so a stub answering other words would not be seen.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { ENGLISH_MESSAGES, getEnglishMessage } from '../../../scripts/english-messages';

export const MESSAGES = ENGLISH_MESSAGES;

export function stubI18n(): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getEnglishMessage);
}
