import { t } from '../i18n/message';

/**
 * "2026-12-01" → "1 December 2026": patients read a written-out date more easily than ISO 8601
 * (medical-review.md E2). The locale is the one the messages are written in (message
 * `dateLocale`), so the date reads like the sentence around it, whatever the browser's own.
 */
export function readableDate(isoDate: string, locale = t('dateLocale')): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** The local calendar day of an instant, as ISO 8601 (what readableDate writes out). */
export function localDay(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
