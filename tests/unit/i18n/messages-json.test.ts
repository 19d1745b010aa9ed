/**
 * public/_locales/en/messages.json is the only place the English is written: every name the
 * extension asks for must be in it. TypeScript checks the keys passed to `t()` and `uiText()`;
 * this also reads the ones it cannot see (HTML `data-i18n`, the manifest's `__MSG_…__`), and the
 * literal keys in the code, so a missing message fails here instead of showing its name to users.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGLISH_MESSAGES } from '../../../scripts/english-messages';
import { CATEGORIES } from '../../../src/glossary/types';
import { categoryMessageKey } from '../../../src/i18n/category-label';

const ROOT = resolve(import.meta.dirname, '../../..');

function filesUnder(dir: string, ends: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(ends))
    .map((name) => readFileSync(join(ROOT, dir, name), 'utf8'));
}

const matches = (texts: string[], pattern: RegExp, prefix = '') =>
  texts.flatMap((text) => Array.from(text.matchAll(pattern), (m) => prefix + m[1]));

describe('_locales/en/messages.json', () => {
  it('uses only message names the browsers accept', () => {
    for (const name of Object.keys(ENGLISH_MESSAGES)) expect(name).toMatch(/^[A-Za-z0-9_@]+$/);
  });

  it('has every message the pages, the manifest and the code ask for', () => {
    const code = [...filesUnder('src', '.ts'), ...filesUnder('entrypoints', '.ts')];
    const asked = new Set([
      ...matches(filesUnder('entrypoints', '.html'), /data-i18n(?:-label)?="([^"]+)"/g),
      ...matches([readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8')], /__MSG_(\w+)__/g),
      ...matches(code, /\bt\(\s*'(\w+)'/g),
      ...matches(code, /\buiText\(\s*'(\w+)'/g, 'ui_'),
      ...CATEGORIES.map(categoryMessageKey),
    ]);
    // The scan itself must see the code: these are asked for by the popover, the popup and the manifest.
    for (const known of ['ui_termHint', 'popupTitle', 'extName', 'category_care_team']) expect(asked).toContain(known);
    const missing = [...asked].filter((name) => !ENGLISH_MESSAGES[name]?.message);
    expect(missing).toEqual([]);
  });
});
