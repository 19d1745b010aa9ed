import { beforeEach, describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/glossary';
import { describeProblem } from '../../../src/i18n/message';
import { CUSTOM_TERM_LIMITS } from '../../../src/settings/custom-term-rules';
import { makeCustomTerm, MAX_CUSTOM_TERMS, type CustomTerm } from '../../../src/settings/custom-terms';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportData,
  MAX_IMPORT_BYTES,
  MAX_LISTED_PROBLEMS,
  parseImport,
} from '../../../src/settings/import-export';
import { CATEGORIES_ADDED_IN_V3 } from '../../../src/settings/settings-migrations';
import { DEFAULT_SETTINGS, MAX_SITES, type Settings } from '../../../src/settings/settings';
import { renderEntryDetails } from '../../../src/ui/entry-details';
import { stubI18n } from '../popup/stub-i18n';

const ids = new Set(GLOSSARY.map((e) => e.id));
const term = makeCustomTerm(
  { term: 'Zorvatrel', aliases: [], category: 'medications', short: 'The tablet I take in the evening.', long: 'Prescribed by my clinic.' },
  ids,
);
const mySettings: Settings = { ...DEFAULT_SETTINGS, highlightStyle: 'both', theme: 'dark', disabledSites: ['example.com'] };
const file = (patch: Record<string, unknown> = {}) =>
  JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, settings: mySettings, customTerms: [term], ...patch });
const bytes = (text: string) => new TextEncoder().encode(text).length;

/** `n` distinct names the glossary does not own: "Zorvatrel aa", "Zorvatrel ab", … */
const names = (n: number, width = 12) => Array.from({ length: n }, (_, i) => `Zv${i.toString(36).padStart(4, '0')}`.padEnd(width, 'q'));

/** The largest term the options form can make: every field at its `maxlength`. */
function largestFormTerm(name: string, char: string): CustomTerm {
  const fill = (n: number) => char.repeat(n);
  // 20 other names within the field's 800 characters, commas included.
  const aliasChars = Math.floor((CUSTOM_TERM_LIMITS.aliasesFieldChars - 19) / 20);
  return makeCustomTerm(
    {
      term: name.padEnd(CUSTOM_TERM_LIMITS.formChars, char),
      aliases: Array.from({ length: CUSTOM_TERM_LIMITS.aliases }, (_, i) => `${name}${i.toString(36)}`.padEnd(aliasChars, char)),
      category: 'medications',
      short: fill(CUSTOM_TERM_LIMITS.shortChars),
      long: fill(CUSTOM_TERM_LIMITS.longChars),
    },
    ids,
  );
}

describe('import and export', () => {
  it('round-trips settings and custom terms', () => {
    const result = parseImport(exportData(mySettings, [term]), GLOSSARY);
    expect(result).toEqual({ ok: true, settings: mySettings, customTerms: [term], warnings: [] });
    expect(parseImport(exportData(mySettings, []), GLOSSARY)).toEqual({ ok: true, settings: mySettings, customTerms: [], warnings: [] });
  });

  it('round-trips My terms, and leaves them out of a file when there are none (issue #17)', () => {
    const myTerms = {
      history: [{ id: 'putamen', count: 3, first: 1, last: 5, title: 'An article' }],
      saved: [{ id: 'putamen', savedAt: 4, note: 'Ask about side effects.' }],
    };
    expect(parseImport(exportData(mySettings, [term], myTerms), GLOSSARY)).toEqual({
      ok: true,
      settings: mySettings,
      customTerms: [term],
      myTerms,
      warnings: [],
    });
    expect(exportData(mySettings, [], { history: [], saved: [] })).toBe(exportData(mySettings, []));
  });

  it('refuses the whole file when any of its My terms cannot be read: nothing is stored', () => {
    const damaged = parseImport(
      file({ myTerms: { history: [{ id: 'putamen', count: 'three' }], saved: [{ id: 7 }, { id: 'a', savedAt: 1 }] } }),
      GLOSSARY,
    );
    expect(damaged.ok).toBe(false);
    if (damaged.ok) return;
    expect(damaged.errors).toEqual([
      { key: 'problemImportHistory', values: ['1'] },
      { key: 'problemImportSaved', values: ['1'] },
    ]);
    stubI18n();
    expect(damaged.errors.map(describeProblem)).toEqual([
      '1 looked-up terms in the file cannot be read.',
      '1 saved terms in the file cannot be read (a saved list holds at most 500).',
    ]);
    expect(parseImport(file({ myTerms: [] }), GLOSSARY)).toEqual({ ok: false, errors: [{ key: 'problemImportMyTermsShape' }] });
  });

  it('exports compact JSON, one term per line', () => {
    const text = exportData(mySettings, [term, { ...term, id: 'custom-second', term: 'Quinbrolex' }]);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(JSON.parse(lines[1]!.replace(/,$/, ''))).toEqual(term);
    expect(text).not.toMatch(/\n {2}/);
  });

  it('reads a version-1 backup, written before the care-team and general categories existed, with those categories on', () => {
    const older = DEFAULT_SETTINGS.categories.filter((c) => !CATEGORIES_ADDED_IN_V3.includes(c)).filter((c) => c !== 'genetics');
    const result = parseImport(file({ version: 1, settings: { ...mySettings, categories: older } }), GLOSSARY);
    expect(result.ok && result.settings.categories).toEqual([...older, ...CATEGORIES_ADDED_IN_V3]);
    // The same list in a current file means the user chose it.
    const current = parseImport(file({ settings: { ...mySettings, categories: older } }), GLOSSARY);
    expect(current.ok && current.settings.categories).toEqual(older);
  });

  it('reads a version-2 backup\'s "first occurrence only" as once on the page, with no warning about it', () => {
    const v3Settings: Record<string, unknown> = { ...mySettings };
    delete v3Settings.readingDensity;
    const result = parseImport(file({ version: 2, settings: { ...v3Settings, firstOccurrenceOnly: true } }), GLOSSARY);
    expect(result).toMatchObject({ ok: true, warnings: [], settings: { readingDensity: 'page' } });
    const old = parseImport(file({ version: 2, settings: { ...v3Settings, firstOccurrenceOnly: false } }), GLOSSARY);
    expect(old).toMatchObject({ ok: true, warnings: [], settings: { readingDensity: 'section' } });
  });

  it('rejects malformed JSON with the parser’s reason', () => {
    const result = parseImport('{"format": "dystonia-glossary-settings", ', GLOSSARY);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.key).toBe('problemImportNotJson');
  });

  it('accepts a file saved with a UTF-8 byte order mark (security review L13)', () => {
    expect(parseImport(`\uFEFF${exportData(mySettings, [term])}`, GLOSSARY)).toEqual({
      ok: true,
      settings: mySettings,
      customTerms: [term],
      warnings: [],
    });
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
    expect(errors).toContainEqual({ key: 'problemTermShortMissing', values: ['Zorvatrel'] });
  });

  it('rejects settings the sync area would refuse, before anything is stored (security review H4)', () => {
    const sites = Array.from({ length: MAX_SITES }, (_, i) => `site-${i}-${'x'.repeat(50)}.example.com`);
    const result = parseImport(file({ settings: { ...mySettings, disabledSites: sites } }), GLOSSARY);
    expect(!result.ok && result.errors).toEqual([{ key: 'problemSettingsTooLarge', values: [expect.stringMatching(/^\d+\.\d$/), '8.0'] }]);
    stubI18n();
    expect(describeProblem((!result.ok && result.errors[0]) || { key: 'saved' })).toMatch(
      /^Too many or too long site names: the settings would take 1\d\.\d KB, and the browser keeps at most 8\.0 KB/,
    );
  });

  it('rejects a file over the limit before parsing it', () => {
    const big = file({ padding: 'x'.repeat(MAX_IMPORT_BYTES) });
    const result = parseImport(big, GLOSSARY);
    expect(!result.ok && result.errors).toEqual([
      { key: 'problemImportTooLarge', values: [expect.stringMatching(/^\d+\.\d$/), expect.stringMatching(/^\d+\.\d$/)] },
    ]);
  });

  it('reports unknown fields at every level but still imports', () => {
    const result = parseImport(
      file({ extra: 1, settings: { ...mySettings, sparkle: true }, customTerms: [{ ...term, colour: 'blue' }] }),
      GLOSSARY,
    );
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings).toEqual([
      { key: 'warningUnknownFields', values: ['extra'] },
      { key: 'warningUnknownSettings', values: ['sparkle'] },
      { key: 'warningUnknownTermFields', values: ['colour'] },
    ]);
  });

  it('cuts echoed values short: a 300 KB version or 20,000 unknown keys make a sentence, not a page (security review L4)', () => {
    stubI18n();
    const version = parseImport(file({ version: 'v'.repeat(300_000) }), GLOSSARY);
    const versionText = describeProblem((!version.ok && version.errors[0]) || { key: 'saved' });
    expect(versionText.length).toBeLessThan(200);
    const keys = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`key${i}`, i]));
    const unknown = parseImport(file({ settings: { ...mySettings, ...keys } }), GLOSSARY);
    expect(unknown.ok).toBe(true);
    const warning = describeProblem((unknown.ok && unknown.warnings[0]) || { key: 'saved' });
    expect(warning).toBe('Ignored unknown settings: key0, key1, key2, key3, key4, key5, key6, key7, … (20000 in all).');
    const hugeName = parseImport(file({ customTerms: [{ ...term, term: 'Z'.repeat(400_000) }] }), GLOSSARY);
    expect(JSON.stringify(hugeName).length).toBeLessThan(500);
  });

  it('lists at most 20 problems and says how many more there were', () => {
    const junk = Array.from({ length: 100_000 }, (_, i) => i);
    const result = parseImport(file({ customTerms: junk }), GLOSSARY);
    const errors = !result.ok ? result.errors : [];
    expect(errors).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(errors.at(-1)).toEqual({ key: 'problemImportMoreProblems', values: [String(100_000 - MAX_LISTED_PROBLEMS)] });
  });

  describe('the largest backup re-imports (security review M7)', () => {
    it('500 ordinary terms', () => {
      const terms = names(MAX_CUSTOM_TERMS).map((name, i) =>
        makeCustomTerm(
          {
            term: name,
            aliases: [`${name} tablets`],
            category: 'medications',
            short: `My tablet number ${i}.`,
            long: 'Twice a day, with food. '.repeat(20),
          },
          ids,
        ),
      );
      const text = exportData(mySettings, terms);
      expect(parseImport(text, GLOSSARY)).toEqual({ ok: true, settings: mySettings, customTerms: terms, warnings: [] });
    });

    it('500 terms with every field at the form’s limit, in ASCII and in 3-byte characters, beside the fullest settings', () => {
      const sites = (tag: string) => Array.from({ length: 80 }, (_, i) => `${tag}${i}.example.org`);
      const fullest = { ...mySettings, disabledSites: sites('d'), allowedSites: sites('a') };
      for (const char of ['x', '語']) {
        const terms = names(MAX_CUSTOM_TERMS).map((name) => largestFormTerm(name, char));
        const text = exportData(fullest, terms);
        expect(bytes(text)).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
        const result = parseImport(text, GLOSSARY);
        expect(result.ok ? result.customTerms.length : result.errors.slice(0, 3)).toBe(MAX_CUSTOM_TERMS);
        expect(result).toEqual({ ok: true, settings: fullest, customTerms: terms, warnings: [] });
      }
    });
  });

  describe('HTML in an imported definition', () => {
    beforeEach(() => document.body.replaceChildren());

    it('is shown as text, never parsed', () => {
      const payload = '<img src=x onerror="document.title=\'owned\'">';
      const result = parseImport(
        file({ customTerms: [{ ...term, short: `Evening tablet ${payload}`, long: `More ${payload}` }] }),
        GLOSSARY,
      );
      expect(result.ok).toBe(true);
      const imported = result.ok ? result.customTerms[0]! : term;
      document.body.append(
        renderEntryDetails(document, imported, {
          lookup: () => undefined,
          source: () => undefined,
          onRelated: () => undefined,
          expanded: true,
        }),
      );
      expect(document.querySelector('img')).toBeNull();
      expect(document.body.textContent).toContain(payload);
      expect(document.title).not.toBe('owned');
    });
  });
});
