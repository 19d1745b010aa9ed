/**
 * The English messages for Node code (scripts and tests), read from the one file that holds them:
 * the extension itself asks `browser.i18n` (src/i18n/message.ts) and never bundles this file.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MessageKey } from '../src/i18n/message';

export const ENGLISH_MESSAGES: Record<string, { message: string; description?: string }> = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../public/_locales/en/messages.json'), 'utf8'),
);

/** Answers as `browser.i18n.getMessage` does: `$1`… filled (or dropped), '' for an unknown name. */
export function getEnglishMessage(name: string, values?: string | string[]): string {
  const list = values === undefined ? [] : Array.isArray(values) ? values : [values];
  return (ENGLISH_MESSAGES[name]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
}

/** The English of a key the extension uses. */
export const english = (key: MessageKey, values?: string | string[]): string => getEnglishMessage(key, values);
