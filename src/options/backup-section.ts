/**
 * Import and export of all settings and custom terms as one JSON file. The file is checked
 * completely before anything is stored (`parseImport`); a bad file changes nothing and says why.
 */
import type { GlossaryEntry } from '../glossary';
import { describeProblem, t } from '../i18n/message';
import type { CustomTerm } from '../settings/custom-terms';
import { exportData, MAX_IMPORT_BYTES, parseImport, type ImportResult } from '../settings/import-export';
import type { Settings } from '../settings/settings';
import { h } from '../ui/dom';

export interface BackupActions {
  current(): { settings: Settings; customTerms: readonly CustomTerm[] };
  /** Stores an import that passed every check. */
  replaceAll(settings: Settings, customTerms: CustomTerm[]): Promise<void>;
}

export function createBackupSection(doc: Document, builtIn: readonly GlossaryEntry[], actions: BackupActions): HTMLElement {
  const status = h(doc, 'div', { className: 'form-status import-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const say = (lines: string[], isError: boolean) => {
    status.replaceChildren(...lines.map((text) => h(doc, 'p', { text })));
    status.classList.toggle('error', isError);
  };

  const exportButton = h(doc, 'button', { className: 'export', text: t('exportButton'), attrs: { type: 'button' } });
  exportButton.addEventListener('click', () => {
    const { settings, customTerms } = actions.current();
    const url = URL.createObjectURL(new Blob([exportData(settings, customTerms)], { type: 'application/json' }));
    const link = h(doc, 'a', { attrs: { href: url, download: 'dystonia-glossary-settings.json' } });
    doc.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  });

  const file = h(doc, 'input', { className: 'import-file', attrs: { type: 'file', accept: 'application/json,.json', id: 'import-file' } });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (chosen) void importFile(chosen);
  });

  const importFile = async (chosen: File) => {
    // Refuse a large file before reading it into memory.
    const result: ImportResult =
      chosen.size > MAX_IMPORT_BYTES
        ? { ok: false, errors: [{ key: 'problemImportTooLarge', values: [String(Math.ceil(chosen.size / 1024)), String(MAX_IMPORT_BYTES / 1024)] }] }
        : parseImport(await chosen.text(), builtIn);
    if (!result.ok) {
      say([t('importFailed'), ...result.errors.map(describeProblem)], true);
      return;
    }
    await actions.replaceAll(result.settings, result.customTerms);
    say([t('importDone', String(result.customTerms.length)), ...result.warnings.map(describeProblem)], false);
  };

  return h(
    doc,
    'section',
    { className: 'card' },
    h(doc, 'h2', { text: t('sectionBackup') }),
    h(doc, 'div', { className: 'buttons' }, exportButton, file, h(doc, 'label', { className: 'button', text: t('importButton'), attrs: { for: 'import-file' } })),
    h(doc, 'p', { className: 'hint', text: t('importHint') }),
    status,
  );
}
