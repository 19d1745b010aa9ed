import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { GLOSSARY } from '../../../src/glossary';
import { createBackupSection, type BackupActions } from '../../../src/options/backup-section';
import { makeCustomTerm } from '../../../src/settings/custom-terms';
import { EXPORT_FORMAT, exportData } from '../../../src/settings/import-export';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { StorageWriteError } from '../../../src/settings/storage-errors';
import { stubI18n } from '../popup/stub-i18n';

/** Chooses a file in the section's file input, as the browser's file picker would. */
async function choose(section: HTMLElement, text: string) {
  const input = section.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 'import.json', { type: 'application/json' })] });
  input.dispatchEvent(new Event('change'));
  await vi.waitFor(() => expect(section.querySelector('.import-status')!.textContent).not.toBe(''));
  return section.querySelector('.import-status')!;
}

const zorvatrel = makeCustomTerm({ term: 'Zorvatrel', aliases: [], category: 'medications', short: 'A pill.', long: '' }, new Set());
const NO_MY_TERMS = { history: [], saved: [] };
const myTerms = {
  history: [{ id: 'botulinum-toxin', count: 3, first: 1_700_000_000_000, last: 1_700_000_100_000, title: 'Treatments' }],
  saved: [{ id: 'botulinum-toxin', savedAt: 1_700_000_050_000, note: 'Ask how long each dose lasts.' }],
};
const longSites = Array.from({ length: 150 }, (_, i) => `site-${i}-${'x'.repeat(50)}.example.com`);

describe('import in the options page', () => {
  let replaceAll: Mock<BackupActions['replaceAll']>;
  let mergeMyTerms: Mock<BackupActions['mergeMyTerms']>;
  let section: HTMLElement;
  beforeEach(() => {
    stubI18n();
    replaceAll = vi.fn<BackupActions['replaceAll']>(async () => undefined);
    mergeMyTerms = vi.fn<BackupActions['mergeMyTerms']>(async (imported) => ({
      saved: imported.saved.length,
      history: imported.history.length,
    }));
    section = createBackupSection(document, GLOSSARY, {
      current: () => ({ settings: DEFAULT_SETTINGS, customTerms: [] }),
      replaceAll,
      myTerms: async () => NO_MY_TERMS,
      mergeMyTerms,
    });
    document.body.replaceChildren(section);
  });
  afterEach(() => vi.restoreAllMocks());

  it('a bad file changes nothing and says why', async () => {
    const status = await choose(section, '{ not json');
    expect(replaceAll).not.toHaveBeenCalled();
    expect(status.classList.contains('error')).toBe(true);
    expect(status.textContent).toMatch(/^Nothing was changed\. The file could not be imported:The file is not valid JSON/);
  });

  it('a file with one wrong value changes nothing either', async () => {
    const status = await choose(
      section,
      JSON.stringify({ format: EXPORT_FORMAT, version: 1, settings: { ...DEFAULT_SETTINGS, theme: 'neon' }, customTerms: [] }),
    );
    expect(replaceAll).not.toHaveBeenCalled();
    expect(status.textContent).toContain('The setting “theme” has a value of the wrong type or out of range.');
  });

  it('a good file replaces settings and terms, and reports ignored fields', async () => {
    const status = await choose(
      section,
      JSON.stringify({ format: EXPORT_FORMAT, version: 1, settings: { ...DEFAULT_SETTINGS, theme: 'dark', glitter: 1 }, customTerms: [] }),
    );
    expect(replaceAll).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, theme: 'dark' }, []);
    expect(status.textContent).toBe('Imported your settings and 0 of your own terms.Ignored unknown settings: glitter.');
  });

  it('a file with My terms adds them to those here and says how many', async () => {
    const status = await choose(section, exportData(DEFAULT_SETTINGS, [], myTerms));
    expect(mergeMyTerms).toHaveBeenCalledWith(myTerms);
    expect(status.textContent).toBe('Imported your settings and 0 of your own terms.Added to My terms here: saved, 1; looked up, 1.');
  });

  it('a file without My terms leaves them alone', async () => {
    await choose(section, exportData(DEFAULT_SETTINGS, []));
    expect(mergeMyTerms).not.toHaveBeenCalled();
  });

  it('a file saved with a byte order mark imports (security review L13)', async () => {
    const status = await choose(section, `\uFEFF${exportData(DEFAULT_SETTINGS, [zorvatrel])}`);
    expect(replaceAll).toHaveBeenCalledWith(DEFAULT_SETTINGS, [zorvatrel]);
    expect(status.textContent).toBe('Imported your settings and 1 of your own terms.');
  });

  it('settings over the sync quota are refused before anything is stored, in words (security review H4)', async () => {
    const status = await choose(section, exportData({ ...DEFAULT_SETTINGS, disabledSites: longSites }, [zorvatrel]));
    expect(replaceAll).not.toHaveBeenCalled();
    expect(status.classList.contains('error')).toBe(true);
    expect(status.textContent).toMatch(/^Nothing was changed\. The file could not be imported:Too many or too long site names/);
  });

  it('a refused write is shown in words, never an empty status or an unhandled rejection', async () => {
    replaceAll.mockRejectedValue(
      new StorageWriteError(
        { key: 'importSettingsNotSaved' },
        { cause: new Error('QuotaExceededError: storage.sync API call exceeded its quota limitations.') },
      ),
    );
    const status = await choose(section, exportData(DEFAULT_SETTINGS, [zorvatrel]));
    expect(status.classList.contains('error')).toBe(true);
    expect(status.textContent).toBe(
      'The settings could not be saved, so nothing was changed: your own terms were put back as they were.' +
        'The browser has no room left to save this (QuotaExceededError: storage.sync API call exceeded its quota limitations.).',
    );
  });

  it('an unexpected failure is shown too', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    replaceAll.mockRejectedValue(new TypeError('x is undefined'));
    const status = await choose(section, exportData(DEFAULT_SETTINGS, []));
    expect(status.textContent).toBe(
      'Nothing was changed. The file could not be imported:Something went wrong while reading it (x is undefined).',
    );
  });
});

describe('export in the options page', () => {
  it('saves what `current` holds as an export file', async () => {
    stubI18n();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const section = createBackupSection(document, GLOSSARY, {
      current: () => ({ settings: DEFAULT_SETTINGS, customTerms: [zorvatrel] }),
      replaceAll: async () => undefined,
      myTerms: async () => myTerms,
      mergeMyTerms: async () => ({ saved: 0, history: 0 }),
    });
    document.body.replaceChildren(section);
    section.querySelector<HTMLButtonElement>('.export')!.click();
    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    expect(await blobs[0]!.text()).toBe(exportData(DEFAULT_SETTINGS, [zorvatrel], myTerms));
    expect(section.querySelector('.hint')!.textContent).toMatch(
      /^Imports replace your settings and your own terms, and add the file’s My terms to yours\. Files up to \d+\.\d MB\.$/,
    );
    vi.restoreAllMocks();
  });

  it('says so when My terms cannot be read, and makes no file', async () => {
    stubI18n();
    const created = vi.spyOn(URL, 'createObjectURL');
    const section = createBackupSection(document, GLOSSARY, {
      current: () => ({ settings: DEFAULT_SETTINGS, customTerms: [] }),
      replaceAll: async () => undefined,
      myTerms: async () => Promise.reject(new Error('storage is gone')),
      mergeMyTerms: async () => ({ saved: 0, history: 0 }),
    });
    document.body.replaceChildren(section);
    section.querySelector<HTMLButtonElement>('.export')!.click();
    const status = section.querySelector('.import-status')!;
    await vi.waitFor(() => expect(status.textContent).not.toBe(''));
    expect(status.textContent).toBe('The backup file was not made: My terms could not be read.storage is gone');
    expect(status.classList.contains('error')).toBe(true);
    expect(created).not.toHaveBeenCalled();
    vi.restoreAllMocks();
  });
});
