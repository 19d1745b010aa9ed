/**
 * Values from a file or from storage that a message repeats back ("Ignored unknown fields:
 * …"), cut to a length a person can read. A hostile import can hold a 300 KB version string
 * or 20,000 unknown keys; the message must stay a sentence (security review L4).
 */
import { t } from './message';

/** At most this many characters of one echoed value. */
export const ECHO_MAX_CHARS = 60;
/** At most this many items of an echoed list. */
const ECHO_MAX_ITEMS = 8;

/** Cuts to `max` code points, so an emoji or other surrogate pair is never split in half. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  // Each code point is one or two UTF-16 units: this slice holds more than `max` of them whenever the text does.
  const points = Array.from(text.slice(0, 2 * max + 2));
  return points.length <= max ? points.join('') : `${points.slice(0, max).join('')}…`;
}

/**
 * A short, printable description of any value. Never throws: `String(value)` would on
 * `{"toString": 1}` or an object without a prototype, so objects are only named.
 */
export function echoValue(value: unknown, max = ECHO_MAX_CHARS): string {
  if (typeof value === 'string') return cut(value, max);
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'object' && value !== null) return '{…}';
  if (typeof value === 'function' || typeof value === 'symbol') return '…';
  return cut(String(value), max);
}

/** "a, b, c" or, for a long list, its first items and how many there are in all. */
export function echoList(items: readonly unknown[], maxItems = ECHO_MAX_ITEMS): string {
  const shown = items.slice(0, maxItems).map((item) => echoValue(item));
  return items.length > maxItems ? t('echoListCut', [shown.join(', '), String(items.length)]) : shown.join(', ');
}
