/**
 * Export of all settings and custom terms as one JSON file, and the checks an import must
 * pass before anything is stored. An import is all or nothing: a file with any error changes
 * nothing. Pure: no DOM, no browser API.
 */
import type { GlossaryEntry } from '../glossary';
import type { Problem } from '../i18n/message';
import { readCustomTerms, type CustomTerm } from './custom-terms';
import { readSettings, type Settings } from './settings';
import { migrateSettingsV2ToV3 } from './settings-migrations';

export const EXPORT_FORMAT = 'dystonia-glossary-settings';
/** 2: settings of storage version 3 (care-team and general categories). Files of version 1 are still read. */
export const EXPORT_VERSION = 2;
const READABLE_VERSIONS: readonly unknown[] = [1, 2];
/** Far above any real export (500 custom terms ≈ 300 KB), small enough to parse instantly. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  settings: Settings;
  customTerms: CustomTerm[];
}

export function exportData(settings: Settings, customTerms: readonly CustomTerm[]): string {
  const file: ExportFile = { format: EXPORT_FORMAT, version: EXPORT_VERSION, settings, customTerms: [...customTerms] };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult =
  | { ok: true; settings: Settings; customTerms: CustomTerm[]; warnings: Problem[] }
  | { ok: false; errors: Problem[] };

const TOP_LEVEL = new Set(['format', 'version', 'settings', 'customTerms', 'exportedAt']);

export function byteLength(text: string): number {
  return new TextEncoder().encode(text).length;
}

export function parseImport(text: string, builtIn: readonly GlossaryEntry[]): ImportResult {
  const bytes = byteLength(text);
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, errors: [{ key: 'problemImportTooLarge', values: [String(Math.ceil(bytes / 1024)), String(MAX_IMPORT_BYTES / 1024)] }] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ key: 'problemImportNotJson', values: [(error as Error).message] }] };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, errors: [{ key: 'problemImportNotExport' }] };
  const record = data as Record<string, unknown>;
  if (record.format !== EXPORT_FORMAT) return { ok: false, errors: [{ key: 'problemImportNotExport' }] };
  if (!READABLE_VERSIONS.includes(record.version)) return { ok: false, errors: [{ key: 'problemImportVersion', values: [String(record.version)] }] };

  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const unknownTop = Object.keys(record).filter((k) => !TOP_LEVEL.has(k));
  if (unknownTop.length > 0) warnings.push({ key: 'warningUnknownFields', values: [unknownTop.join(', ')] });

  // A version-1 file was written before the care-team and general categories existed.
  const settings = readSettings(record.version === 1 ? migrateSettingsV2ToV3(record.settings) : record.settings);
  if (settings.notAnObject) errors.push({ key: 'problemImportSettingsNotObject' });
  for (const field of settings.invalid) errors.push({ key: 'problemImportSettingInvalid', values: [field] });
  if (settings.unknown.length > 0) warnings.push({ key: 'warningUnknownSettings', values: [settings.unknown.join(', ')] });

  const terms = readCustomTerms(record.customTerms, builtIn);
  errors.push(...terms.problems);
  if (terms.unknownFields.length > 0) warnings.push({ key: 'warningUnknownTermFields', values: [terms.unknownFields.join(', ')] });

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, settings: settings.settings, customTerms: terms.terms, warnings };
}
