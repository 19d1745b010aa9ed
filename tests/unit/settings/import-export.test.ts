import { beforeEach, describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/glossary';
import { makeCustomTerm } from '../../../src/settings/custom-terms';
import { EXPORT_FORMAT, EXPORT_VERSION, exportData, MAX_IMPORT_BYTES, parseImport } from '../../../src/settings/import-export';
import { CATEGORIES_ADDED_IN_V3 } from '../../../src/settings/settings-migrations';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/settings';
import { renderEntryDetails } from '../../../src/ui/entry-details';

const ids = new Set(GLOSSARY.map((e) => e.id));
const term = makeCustomTerm({ term: 'Zorvatrel', aliases: [], category: 'medications', short: 'The tablet I take in the evening.', long: 'Prescribed by my clinic.' }, ids);
const mySettings: Settings = { ...DEFAULT_SETTINGS, highlightStyle: 'both', theme: 'dark', disabledSites: ['example.com'] };
const file = (patch: Record<string, unknown> = {}) => JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, settings: mySettings, customTerms: [term], ...patch });

describe('import and export', () => {
  it('round-trips settings and custom terms', () => {
    const result = parseImport(exportData(mySettings, [term]), GLOSSARY);
    expect(result).toEqual({ ok: true, settings: mySettings, customTerms: [term], warnings: [] });
  });

  it('reads a version-1 backup, written before the care-team and general categories existed, with those categories on', () => {
    const older = DEFAULT_SETTINGS.categories.filter((c) => !CATEGORIES_ADDED_IN_V3.includes(c)).filter((c) => c !== 'genetics');
    const result = parseImport(file({ version: 1, settings: { ...mySettings, categories: older } }), GLOSSARY);
    expect(result.ok && result.settings.categories).toEqual([...older, ...CATEGORIES_ADDED_IN_V3]);
    // The same list in a current file means the user chose it.
    const current = parseImport(file({ settings: { ...mySettings, categories: older } }), GLOSSARY);
    expect(current.ok && current.settings.categories).toEqual(older);
  });

  it('rejects malformed JSON with the parser’s reason', () => {
    const result = parseImport('{"format": "dystonia-glossary-settings", ', GLOSSARY);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.key).toBe('problemImportNotJson');
  });

  it('rejects files that are not exports', () => {
    for (const text of ['[]', '"text"', '{}', JSON.stringify({ format: 'something-else', version: 1 })]) {
      const result = parseImport(text, GLOSSARY);
      expect(!result.ok && result.errors).toEqual([{ key: 'problemImportNotExport' }]);
    }
    expect(!parseImport(file({ version: 7 }), GLOSSARY).ok).toBe(true);
  });

  it('rejects wrong types in settings and custom terms, naming each', () => {
    const result = parseImport(
      file({ settings: { ...mySettings, hoverRestMs: '350', showBadge: 'no' }, customTerms: [{ ...term, short: 12 }] }),
      GLOSSARY,
    );
    expect(result.ok).toBe(false);
    const errors = !result.ok ? result.errors : [];
    expect(errors.filter((e) => e.key === 'problemImportSettingInvalid').map((e) => e.values?.[0])).toEqual(['hoverRestMs', 'showBadge']);
    expect(errors.some((e) => e.key === 'problemCustomTerm' && /short definition is missing/.test(e.values?.[0] ?? ''))).toBe(true);
  });

  it('rejects a 5 MB file before parsing it', () => {
    const big = file({ padding: 'x'.repeat(5 * 1024 * 1024) });
    expect(big.length).toBeGreaterThan(MAX_IMPORT_BYTES);
    const result = parseImport(big, GLOSSARY);
    expect(!result.ok && result.errors).toEqual([{ key: 'problemImportTooLarge', values: [String(Math.ceil(new TextEncoder().encode(big).length / 1024)), '1024'] }]);
  });

  it('reports unknown fields at every level but still imports', () => {
    const result = parseImport(file({ extra: 1, settings: { ...mySettings, sparkle: true }, customTerms: [{ ...term, colour: 'blue' }] }), GLOSSARY);
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings).toEqual([
      { key: 'warningUnknownFields', values: ['extra'] },
      { key: 'warningUnknownSettings', values: ['sparkle'] },
      { key: 'warningUnknownTermFields', values: ['colour'] },
    ]);
  });

  describe('HTML in an imported definition', () => {
    beforeEach(() => document.body.replaceChildren());

    it('is shown as text, never parsed', () => {
      const payload = '<img src=x onerror="document.title=\'owned\'">';
      const result = parseImport(file({ customTerms: [{ ...term, short: `Evening tablet ${payload}`, long: `More ${payload}` }] }), GLOSSARY);
      expect(result.ok).toBe(true);
      const imported = result.ok ? result.customTerms[0]! : term;
      document.body.append(renderEntryDetails(document, imported, { lookup: () => undefined, onRelated: () => undefined, expanded: true }));
      expect(document.querySelector('img')).toBeNull();
      expect(document.body.textContent).toContain(payload);
      expect(document.title).not.toBe('owned');
    });
  });
});
