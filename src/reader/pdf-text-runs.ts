/**
 * pdf.js text runs made matchable (issue #18). pdf.js gives a page's text as runs (`items`):
 * pieces of a line, each ending where the PDF changed font or position, with `hasEOL` where
 * a line ends. The reader's text layer puts each run in a span of its own, all inline in one
 * block per page, so the engine already reads runs on a line as one text and a line's end as
 * a space (src/highlight/run-walker.ts): "basal" ⏎ "ganglia" is "basal ganglia".
 *
 * What it cannot see is a word hyphenated at a line's end: "dysto-" ⏎ "nia". Here the
 * hyphen and the line break go, so the two runs read as "dystonia", and the spans stay where
 * pdf.js placed them on the page. Only where the next line starts with a lower-case letter:
 * "L-" ⏎ "Dopa" and "COVID-" ⏎ "19" keep their hyphen (a hyphen that belongs to the word).
 */

/** The part of pdf.js's TextItem this needs (marked-content items have no `str` and pass through). */
interface TextRun {
  str: string;
  hasEOL: boolean;
}

/** A hyphen (ASCII, U+2010, or a soft hyphen) at the end of a run, after a letter; or a run that is only one (Chromium's print writes it so). */
const LINE_END_HYPHEN = /(?<=\p{L})[-\u2010\u00ad]$/u;
const HYPHEN_ONLY = /^[-\u2010\u00ad]$/u;
const ENDS_WITH_LETTER = /\p{L}$/u;
const STARTS_LOWER_CASE = /^\p{Ll}/u;

const isRun = (item: unknown): item is TextRun => typeof item === 'object' && item !== null && typeof (item as TextRun).str === 'string';

/** Whether the run at `i` is a line-end hyphen's: its own last character, or the whole run after a word's start. */
function endsInHyphen(items: readonly unknown[], i: number): boolean {
  const item = items[i];
  if (!isRun(item)) return false;
  if (LINE_END_HYPHEN.test(item.str)) return true;
  const before = items[i - 1];
  return HYPHEN_ONLY.test(item.str) && isRun(before) && !before.hasEOL && ENDS_WITH_LETTER.test(before.str);
}

/**
 * The runs with each word hyphenated at a line's end joined: a new list, the runs changed
 * copied (pdf.js's own objects are left as they were). Empty runs that only carry the line
 * end, as pdf.js writes them, are looked through.
 */
export function joinHyphenatedLines<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = 0; i < out.length; i++) {
    const item = out[i];
    if (!isRun(item) || !endsInHyphen(out, i)) continue;
    let lineEnds = item.hasEOL;
    let next = i + 1;
    for (; next < out.length; next++) {
      const candidate = out[next];
      if (!isRun(candidate)) continue;
      if (candidate.str !== '') break;
      lineEnds ||= candidate.hasEOL;
    }
    const following = out[next];
    if (!lineEnds || !isRun(following) || !STARTS_LOWER_CASE.test(following.str)) continue;
    out[i] = { ...item, str: item.str.slice(0, -1), hasEOL: false };
    for (let j = i + 1; j < next; j++) {
      const between = out[j];
      if (isRun(between) && between.hasEOL) out[j] = { ...between, hasEOL: false };
    }
  }
  return out;
}

/** Whether a page's runs hold any text a reader could look up (a letter or digit): a scanned page holds none. */
export function hasReadableText(items: readonly unknown[]): boolean {
  return items.some((item) => isRun(item) && /[\p{L}\p{N}]/u.test(item.str));
}

/** The text the runs read as, as the engine joins them: runs on a line run on, a line's end is a space. */
export function readingText(items: readonly unknown[]): string {
  let text = '';
  for (const item of items) if (isRun(item)) text += item.str + (item.hasEOL ? ' ' : '');
  return text;
}
