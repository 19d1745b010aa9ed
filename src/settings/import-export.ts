/**
 * Export of all settings and custom terms as one JSON file, and the checks an import must
 * pass before anything is stored. An import is all or nothing: a file with any error changes
 * nothing (and src/storage/replace-stored.ts stores a good one all or nothing too). Pure: no DOM, no
 * browser API.
 */
import type { GlossaryEntry } from '../glossary';
import { echoList, echoValue } from '../i18n/echo';
import type { Problem } from '../i18n/message';
import { HISTORY_CAP, readHistory, TITLE_MAX, URL_MAX, type Lookup } from '../my-terms/history';
import { NOTE_MAX, readSavedTerms, SAVED_CAP, type SavedTerm } from '../my-terms/saved-terms';
import { MAX_TERM_BYTES } from './custom-term-rules';
import { MAX_CUSTOM_TERMS, readCustomTerms, type CustomTerm } from './custom-terms';
import { readSettings, settingsBytes, type Settings } from './settings';
import { migrateStoredSettings } from './settings-migrations';
import { kilobytes, megabytes, SYNC_QUOTA_BYTES_PER_ITEM, utf8Bytes } from './sync-quota';

export const EXPORT_FORMAT = 'dystonia-glossary-settings';
/** 3: settings of storage version 4 (reading density). Files of versions 1 and 2 are still read. */
export const EXPORT_VERSION = 3;
/** Each file version → the settings storage version its settings have. */
const SETTINGS_VERSION_OF_FILE = new Map<unknown, number>([
  [1, 2],
  [2, 3],
  [3, 4],
]);

/**
 * The largest file an import reads: the largest export the extension can write. That is
 * MAX_CUSTOM_TERMS terms of MAX_TERM_BYTES each (a line each, with its comma), settings
 * within the sync quota and a little room for the envelope: about 8.5 MB. The export is
 * compact JSON for the same reason; indented, 500 long terms came to 2 MB and no longer fit
 * the old 1 MB limit (security review M7). Still small enough to parse in well under a second.
 */
export const MAX_IMPORT_BYTES =
  MAX_CUSTOM_TERMS * (MAX_TERM_BYTES + 2) +
  SYNC_QUOTA_BYTES_PER_ITEM +
  // My terms at their largest: every lookup with a long title and address, every saved term with a long note (3 bytes a character at most).
  HISTORY_CAP * (3 * (TITLE_MAX + URL_MAX) + 200) +
  SAVED_CAP * (3 * NOTE_MAX + 200) +
  1024;

/** What the user looked up and saved (issue #17): in the backup only when there is some. */
export interface MyTermsBackup {
  history: Lookup[];
  saved: SavedTerm[];
}

/** Problems listed for one import: a file with 100,000 broken terms needs a summary, not 100,000 lines. */
export const MAX_LISTED_PROBLEMS = 20;

interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  settings: Settings;
  myTerms?: MyTermsBackup;
  customTerms: CustomTerm[];
}

/** Compact JSON with one custom term per line: small enough to re-import, still readable line by line. */
export function exportData(settings: Settings, customTerms: readonly CustomTerm[], myTerms?: MyTermsBackup): string {
  const mine = myTerms && (myTerms.history.length > 0 || myTerms.saved.length > 0) ? { myTerms } : {};
  const head = JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, settings, ...mine } satisfies Omit<
    ExportFile,
    'customTerms'
  >).slice(0, -1);
  const terms = customTerms.map((term) => JSON.stringify(term)).join(',\n');
  return `${head},"customTerms":[${terms ? `\n${terms}\n` : ''}]}\n`;
}

export type ImportResult =
  | { ok: true; settings: Settings; customTerms: CustomTerm[]; myTerms?: MyTermsBackup; warnings: Problem[] }
  | { ok: false; errors: Problem[] };

const TOP_LEVEL = new Set(['format', 'version', 'settings', 'customTerms', 'myTerms', 'exportedAt']);
/** Windows Notepad and others start a UTF-8 file with a byte order mark (security review L13). */
const BYTE_ORDER_MARK = '\uFEFF';

export function tooLarge(bytes: number): ImportResult {
  return { ok: false, errors: [{ key: 'problemImportTooLarge', values: [megabytes(bytes), megabytes(MAX_IMPORT_BYTES)] }] };
}

/** The first problems and a line saying how many more there were. */
function listed(problems: Problem[]): Problem[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  return [
    ...problems.slice(0, MAX_LISTED_PROBLEMS),
    { key: 'problemImportMoreProblems', values: [String(problems.length - MAX_LISTED_PROBLEMS)] },
  ];
}

export function parseImport(file: string, builtIn: readonly GlossaryEntry[]): ImportResult {
  const text = file.startsWith(BYTE_ORDER_MARK) ? file.slice(1) : file;
  const bytes = utf8Bytes(text);
  if (bytes > MAX_IMPORT_BYTES) return tooLarge(bytes);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ key: 'problemImportNotJson', values: [echoValue((error as Error).message, 120)] }] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, errors: [{ key: 'problemImportNotExport' }] };
  const record = data as Record<string, unknown>;
  if (record.format !== EXPORT_FORMAT) return { ok: false, errors: [{ key: 'problemImportNotExport' }] };
  const settingsVersion = SETTINGS_VERSION_OF_FILE.get(record.version);
  if (settingsVersion === undefined) return { ok: false, errors: [{ key: 'problemImportVersion', values: [echoValue(record.version)] }] };

  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const unknownTop = Object.keys(record).filter((k) => !TOP_LEVEL.has(k));
  if (unknownTop.length > 0) warnings.push({ key: 'warningUnknownFields', values: [echoList(unknownTop)] });

  // An older file's settings are moved to today's shape as stored ones are (settings-migrations.ts).
  const settings = readSettings(migrateStoredSettings(record.settings, settingsVersion));
  if (settings.notAnObject) errors.push({ key: 'problemImportSettingsNotObject' });
  for (const field of settings.invalid) errors.push({ key: 'problemImportSettingInvalid', values: [field] });
  if (settings.unknown.length > 0) warnings.push({ key: 'warningUnknownSettings', values: [echoList(settings.unknown)] });
  // Checked here, before anything is stored: the browser would refuse them half-way through the import (H4).
  const size = settingsBytes(settings.settings);
  if (size > SYNC_QUOTA_BYTES_PER_ITEM)
    errors.push({ key: 'problemSettingsTooLarge', values: [kilobytes(size), kilobytes(SYNC_QUOTA_BYTES_PER_ITEM)] });

  const terms = readCustomTerms(record.customTerms, builtIn);
  // Not `push(...problems)`: 100,000 broken terms would overflow the call stack with arguments.
  for (const problem of terms.problems) errors.push(problem);
  if (terms.unknownFields.length > 0) warnings.push({ key: 'warningUnknownTermFields', values: [echoList(terms.unknownFields)] });

  const myTerms = record.myTerms === undefined ? undefined : readMyTermsBackup(record.myTerms, errors);

  if (errors.length > 0) return { ok: false, errors: listed(errors) };
  return { ok: true, settings: settings.settings, customTerms: terms.terms, ...(myTerms && { myTerms }), warnings };
}

/** My terms in a file: every record must be readable, as with the rest of the file (a damaged backup changes nothing). */
function readMyTermsBackup(value: unknown, errors: Problem[]): MyTermsBackup | undefined {
  const fields = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  if (!fields || !Array.isArray(fields.history ?? []) || !Array.isArray(fields.saved ?? [])) {
    errors.push({ key: 'problemImportMyTermsShape' });
    return undefined;
  }
  const history = readHistory(fields.history ?? []);
  const saved = readSavedTerms(fields.saved ?? []);
  if (history.dropped > 0) errors.push({ key: 'problemImportHistory', values: [String(history.dropped)] });
  if (saved.dropped > 0) errors.push({ key: 'problemImportSaved', values: [String(saved.dropped)] });
  return { history: history.history, saved: saved.saved };
}
