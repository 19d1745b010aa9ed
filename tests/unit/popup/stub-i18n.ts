/**
 * WXT's fakeBrowser has no `i18n`: this answers `getMessage` from the real
 * public/_locales/en/messages.json, with Chrome's `$1`… substitution, so tests see the
 * words users see.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';

export const MESSAGES: Record<string, { message: string }> = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8'));

export function stubI18n(): void {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string, values?: string | string[]) => {
    const list = values === undefined ? [] : Array.isArray(values) ? values : [values];
    return (MESSAGES[name]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  });
}
