import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { GLOSSARY } from '../../../src/glossary';
import { createBackupSection, type BackupActions } from '../../../src/options/backup-section';
import { EXPORT_FORMAT } from '../../../src/settings/import-export';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { stubI18n } from '../popup/stub-i18n';

/** Chooses a file in the section's file input, as the browser's file picker would. */
async function choose(section: HTMLElement, text: string) {
  const input = section.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { configurable: true, value: [new File([text], 'import.json', { type: 'application/json' })] });
  input.dispatchEvent(new Event('change'));
  await vi.waitFor(() => expect(section.querySelector('.import-status')!.textContent).not.toBe(''));
  return section.querySelector('.import-status')!;
}

describe('import in the options page', () => {
  let replaceAll: Mock<BackupActions['replaceAll']>;
  let section: HTMLElement;
  beforeEach(() => {
    stubI18n();
    replaceAll = vi.fn<BackupActions['replaceAll']>(async () => undefined);
    section = createBackupSection(document, GLOSSARY, { current: () => ({ settings: DEFAULT_SETTINGS, customTerms: [] }), replaceAll });
    document.body.replaceChildren(section);
  });

  it('a bad file changes nothing and says why', async () => {
    const status = await choose(section, '{ not json');
    expect(replaceAll).not.toHaveBeenCalled();
    expect(status.classList.contains('error')).toBe(true);
    expect(status.textContent).toMatch(/^Nothing was changed\. The file could not be imported:The file is not valid JSON/);
  });

  it('a file with one wrong value changes nothing either', async () => {
    const status = await choose(section, JSON.stringify({ format: EXPORT_FORMAT, version: 1, settings: { ...DEFAULT_SETTINGS, theme: 'neon' }, customTerms: [] }));
    expect(replaceAll).not.toHaveBeenCalled();
    expect(status.textContent).toContain('The setting “theme” has a value of the wrong type or out of range.');
  });

  it('a good file replaces settings and terms, and reports ignored fields', async () => {
    const status = await choose(section, JSON.stringify({ format: EXPORT_FORMAT, version: 1, settings: { ...DEFAULT_SETTINGS, theme: 'dark', glitter: 1 }, customTerms: [] }));
    expect(replaceAll).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, theme: 'dark' }, []);
    expect(status.textContent).toBe('Imported your settings and 0 of your own terms.Ignored unknown settings: glitter.');
  });
});
