/**
 * Where a form that matches is still not the glossary's term (issue #11, rule 6):
 * - after a negating prefix joined by a hyphen: a "non-benzodiazepine" is not a
 *   benzodiazepine, "pseudo-dystonia" is not dystonia. "anti-" negates only a substance (an
 *   "anti-dopamine drug" is not dopamine) and not a condition: an "anti-spasticity
 *   medicine" is still about spasticity;
 * - inside a web address, an e-mail address or a file name printed as text
 *   ("dystonia.org.uk/botulinum-toxin", "dbs-leaflet.pdf").
 * Pure: string positions only.
 */
import { HYPHEN_CLASS } from './forms';

const NEGATING = new RegExp(`(?:^|[^\\p{L}\\p{N}])(non|pseudo|anti)[${HYPHEN_CLASS}]$`, 'iu');

/** Whether the match starting at `start` follows a prefix that negates it. `substance`: the entry is a drug or a brain chemical. */
export function isNegatedByPrefix(text: string, start: number, substance: boolean): boolean {
  if (start < 2) return false;
  const prefix = NEGATING.exec(text.slice(Math.max(0, start - 8), start))?.[1]?.toLowerCase();
  return prefix === 'non' || prefix === 'pseudo' || (prefix === 'anti' && substance);
}

const FILE_ENDINGS = 'pdf|docx?|odt|rtf|txt|csv|xlsx?|pptx?|html?|php|aspx?|jpe?g|png|gif|svg|webp|mp3|mp4|zip';
const TOP_LEVEL = 'com|org|net|gov|edu|int|info|io|nhs|uk|ie|au|ca|nz|eu|de|fr|us|co';
/** Web addresses with or without a scheme, e-mail addresses, and file names: one pattern, one pass. */
const UNMATCHABLE = new RegExp(
  [
    String.raw`\b(?:https?|ftp):\/\/[^\s<>"']+`,
    String.raw`\bwww\.[^\s<>"']+`,
    String.raw`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+`,
    String.raw`\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:${TOP_LEVEL})\b(?:\/[^\s<>"']*)?`,
    String.raw`[^\s<>"'()\/\\]*[\p{L}\p{N}_-]\.(?:${FILE_ENDINGS})\b`,
  ].join('|'),
  'giu',
);

/** The spans of `text` where nothing may be highlighted, in order, as [start, end) pairs. */
export function unmatchableSpans(text: string): Array<[number, number]> {
  // Cheap test first: almost no paragraph holds an address or a file name.
  if (!/[.@]\S/.test(text)) return [];
  const spans: Array<[number, number]> = [];
  UNMATCHABLE.lastIndex = 0;
  for (let m = UNMATCHABLE.exec(text); m; m = UNMATCHABLE.exec(text)) {
    // A full stop that ends a sentence is not part of the address.
    const end = m.index + m[0].replace(/[.,;:!?)]+$/, '').length;
    spans.push([m.index, end]);
  }
  return spans;
}

/** Whether [start, end) overlaps any of `spans` (sorted, non-overlapping). */
export function overlapsAny(spans: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  for (const [a, b] of spans) {
    if (a >= end) return false;
    if (b > start) return true;
  }
  return false;
}

/**
 * Abbreviations that, in some surroundings, are plainly something else even on a page about
 * dystonia (review row D2): "± SD" and "(SD 11)" are standard deviations, "7 pm ET" and
 * "10 am PT" are time zones, an "enhanced DBS check" is a UK criminal-record check.
 */
const TIME = String.raw`(?:\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|noon|midnight)`;
const NEGATIVE_CONTEXTS: Record<string, { before?: RegExp; after?: RegExp }> = {
  SD: { before: /(?:±|\+\/-|\d[\d.,]*)\s*$/u, after: /^\s*(?:[=:]\s*)?[±\d]/u },
  ET: { before: new RegExp(`${TIME}\\s*$`, 'iu') },
  PT: { before: new RegExp(`${TIME}\\s*$`, 'iu') },
  DBS: { before: /\b(?:enhanced|basic|standard)\s+$/iu, after: /^\s*(?:checks?|certificates?|clearance)\b/iu },
};

/** Whether the match `text.slice(start, end)` is an abbreviation its surroundings show to mean something else. */
export function isOtherMeaningHere(text: string, start: number, end: number): boolean {
  const rule = NEGATIVE_CONTEXTS[text.slice(start, end)];
  if (!rule) return false;
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 24);
  return Boolean(rule.before?.test(before) || rule.after?.test(after));
}
