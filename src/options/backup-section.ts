/**
 * Import and export of all settings, custom terms and My terms as one JSON file. The file is
 * checked completely before anything is stored (`parseImport`); settings and custom terms are
 * replaced all or nothing (`replaceAll`), My terms are added to the ones here (`mergeMyTerms`),
 * so an old backup cannot erase notes written since. Whatever happens, the status says in words
 * what did or did not change.
 */
import type { GlossaryEntry } from '../glossary';
import { describeProblem, t } from '../i18n/message';
import type { CustomTerm } from '../settings/custom-terms';
import { exportData, MAX_IMPORT_BYTES, parseImport, tooLarge, type ImportResult, type MyTermsBackup } from '../settings/import-export';
import type { Settings } from '../settings/settings';
import { StorageWriteError } from '../settings/storage-errors';
import { echoValue } from '../i18n/echo';
import { megabytes } from '../settings/sync-quota';
import { h } from '../ui/dom';
import { downloadJson } from './download-file';

export interface BackupActions {
  current(): { settings: Settings; customTerms: readonly CustomTerm[] };
  /** Stores an import that passed every check, all or nothing; rejects with a StorageWriteError that says why. */
  replaceAll(settings: Settings, customTerms: CustomTerm[]): Promise<void>;
  /** What the user looked up and saved, read when the file is made. */
  myTerms(): Promise<MyTermsBackup>;
  /** Joins the file's My terms to those here (nothing here is lost); resolves with what it added. */
  mergeMyTerms(imported: MyTermsBackup): Promise<{ saved: number; history: number }>;
}

/** A BOM is three bytes the check ignores. */
const LARGEST_FILE = MAX_IMPORT_BYTES + 3;

/** A refused write says itself what changed (maybe something did); anything else failed before storage was touched. */
function importErrorLines(error: unknown): string[] {
  if (error instanceof StorageWriteError) return error.problems.map(describeProblem);
  console.error('[dystonia-glossary] import failed', error);
  return [t('importFailed'), t('importUnexpected', echoValue(error instanceof Error ? error.message : error, 120))];
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
    void actions.myTerms().then(
      (myTerms) => downloadJson(doc, exportData(settings, customTerms, myTerms), 'dystonia-glossary-settings.json'),
      (error: unknown) => say([t('exportFailed'), echoValue(error instanceof Error ? error.message : error, 120)], true),
    );
  });

  const file = h(doc, 'input', { className: 'import-file', attrs: { type: 'file', accept: 'application/json,.json', id: 'import-file' } });
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    file.value = '';
    // Every failure is caught and shown: an import never ends in silence or an unhandled rejection.
    if (chosen) void importFile(chosen).catch((error: unknown) => say(importErrorLines(error), true));
  });

  const importFile = async (chosen: File) => {
    // Refuse a large file before reading it into memory.
    const result: ImportResult = chosen.size > LARGEST_FILE ? tooLarge(chosen.size) : parseImport(await chosen.text(), builtIn);
    if (!result.ok) {
      say([t('importFailed'), ...result.errors.map(describeProblem)], true);
      return;
    }
    await actions.replaceAll(result.settings, result.customTerms);
    const added = result.myTerms ? await actions.mergeMyTerms(result.myTerms) : null;
    say(
      [
        t('importDone', String(result.customTerms.length)),
        ...(added ? [t('importMyTerms', [String(added.saved), String(added.history)])] : []),
        ...result.warnings.map(describeProblem),
      ],
      false,
    );
  };

  return h(
    doc,
    'section',
    { className: 'card' },
    h(doc, 'h2', { text: t('sectionBackup') }),
    h(
      doc,
      'div',
      { className: 'buttons' },
      exportButton,
      file,
      h(doc, 'label', { className: 'button', text: t('importButton'), attrs: { for: 'import-file' } }),
    ),
    h(doc, 'p', { className: 'hint', text: t('importHint', megabytes(MAX_IMPORT_BYTES)) }),
    status,
  );
}
