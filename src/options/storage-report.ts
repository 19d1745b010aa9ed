/**
 * Tells the user, once, what the options page found in storage: settings that could not be
 * read and were reset (then written back repaired, so the next visit is quiet), own terms that
 * were set aside rather than deleted, and settings from a newer version, which are used as far
 * as this version can and never overwritten.
 */
import { describeProblem, t } from '../i18n/message';
import { echoList } from '../i18n/echo';
import type { CustomTermsReading } from '../settings/custom-terms';
import type { StoredSettingsReading } from '../settings/settings-migrations';
import { h } from '../ui/dom';

export interface StorageReport {
  /** Values reset to their defaults. */
  reset: string[];
  /** Everything else worth saying once. */
  notes: string[];
}

export interface StorageReportOptions {
  /** Say that the settings come from a newer version (once per version: `tellAboutNewerVersion`). */
  tellNewer?: boolean;
  /** Why refused terms could not be moved aside, when that failed. */
  setAsideFailure?: readonly string[];
}

export function storageReport(
  settings: StoredSettingsReading,
  terms: CustomTermsReading,
  options: StorageReportOptions = {},
): StorageReport {
  const { tellNewer = settings.newer, setAsideFailure = [] } = options;
  const reset: string[] = [];
  const notes: string[] = [];
  if (settings.newer) {
    // Nothing is reset: the newer device's values stay as they are.
    if (tellNewer) notes.push(t('storageNewerVersion'));
  } else {
    if (settings.notAnObject) reset.push(t('storageAllReset'));
    for (const field of settings.invalid) reset.push(t('storageSettingReset', field));
    if (settings.unknown.length > 0) reset.push(t('storageUnknownDropped', echoList(settings.unknown)));
  }
  if (terms.unknownFields.length > 0) reset.push(t('warningUnknownTermFields', echoList(terms.unknownFields)));
  if (terms.refused.length > 0) {
    if (setAsideFailure.length === 0) notes.push(t('storageTermsSetAside'));
    else notes.push(t('storageSetAsideFailed'), ...setAsideFailure, ...terms.problems.slice(0, 5).map(describeProblem));
  }
  return { reset, notes };
}

export const isEmptyReport = (report: StorageReport): boolean => report.reset.length === 0 && report.notes.length === 0;

export function renderStorageReport(doc: Document, report: StorageReport): HTMLElement {
  return h(
    doc,
    'section',
    { className: 'card storage-report', attrs: { role: 'alert' } },
    ...report.notes.map((text) => h(doc, 'p', { text })),
    report.reset.length > 0 ? h(doc, 'p', { text: t('storageRepairedTitle') }) : null,
    report.reset.length > 0 ? h(doc, 'ul', {}, ...report.reset.map((text) => h(doc, 'li', { text }))) : null,
  );
}
