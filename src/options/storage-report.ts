/**
 * Tells the user, once, that stored settings could not be read and were reset: the options
 * page shows this, then writes the repaired values back, so the next visit is quiet.
 */
import { describeProblem, t } from '../i18n/message';
import type { CustomTermsReading } from '../settings/custom-terms';
import type { SettingsReading } from '../settings/settings';
import { h } from '../ui/dom';

export function storageProblems(settings: SettingsReading, terms: CustomTermsReading): string[] {
  const lines: string[] = [];
  if (settings.notAnObject) lines.push(t('storageAllReset'));
  for (const field of settings.invalid) lines.push(t('storageSettingReset', field));
  if (settings.unknown.length > 0) lines.push(t('storageUnknownDropped', settings.unknown.join(', ')));
  lines.push(...terms.problems.map(describeProblem));
  if (terms.unknownFields.length > 0) lines.push(t('warningUnknownTermFields', terms.unknownFields.join(', ')));
  return lines;
}

export function renderStorageReport(doc: Document, lines: readonly string[]): HTMLElement {
  return h(
    doc,
    'section',
    { className: 'card storage-report', attrs: { role: 'alert' } },
    h(doc, 'p', { text: t('storageRepairedTitle') }),
    h(doc, 'ul', {}, ...lines.map((text) => h(doc, 'li', { text }))),
  );
}
