import { beforeEach, describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/glossary';
import { renderStorageReport, storageReport, isEmptyReport } from '../../../src/options/storage-report';
import { readCustomTerms } from '../../../src/settings/custom-terms';
import { readStoredSettings } from '../../../src/settings/settings-migrations';
import { stubI18n } from '../popup/stub-i18n';

const noTerms = readCustomTerms([], GLOSSARY);

describe('the storage report', () => {
  beforeEach(() => stubI18n());

  it('is empty when storage was fine', () => {
    expect(isEmptyReport(storageReport(readStoredSettings({ theme: 'dark' }, 3), noTerms))).toBe(true);
  });

  it('names settings that were reset', () => {
    const report = storageReport(readStoredSettings({ highlightStyle: 'sparkles', junk: 1 }, 3), noTerms);
    expect(report.reset).toEqual(['The setting “highlightStyle” was reset.', 'Unknown saved settings were removed: junk.']);
  });

  it('says once that settings come from a newer version, and resets nothing (security review L11)', () => {
    const report = storageReport(readStoredSettings({ highlightStyle: 'both', hoverRestMs: 9000, newField: 1 }, 99), noTerms);
    expect(report.reset).toEqual([]);
    expect(report.notes).toEqual([expect.stringMatching(/^Your settings were saved by a newer version of Dystonia Glossary/)]);
    expect(isEmptyReport(storageReport(readStoredSettings({ highlightStyle: 'both' }, 99), noTerms, { tellNewer: false }))).toBe(true);
  });

  it('says refused terms were set aside, not deleted', () => {
    const terms = readCustomTerms(
      [{ id: 'custom-artane', term: 'Artane', aliases: [], category: 'medications', short: 'Mine.', long: '', related: [], sources: [] }],
      GLOSSARY,
    );
    const report = storageReport(readStoredSettings(null, 3), terms);
    expect(report.notes).toEqual([expect.stringMatching(/set aside.*Nothing was deleted\.$/)]);
    const element = renderStorageReport(document, report);
    expect(element.getAttribute('role')).toBe('alert');
    expect(element.textContent).not.toContain('reset to their defaults');
  });
});
