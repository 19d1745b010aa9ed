/**
 * Abbreviations a page defines for itself: "long form (SF)" and "SF (long form)", found
 * with the Schwartz–Hearst algorithm (Schwartz & Hearst 2003, "A simple algorithm for
 * identifying abbreviation definitions in biomedical text", PSB 2003: 451–462), the
 * standard reference for biomedical text. A page that writes "high frequency stimulation
 * (HFS)" means that, not hemifacial spasm, and the glossary must defer to it.
 *
 * The search runs over one block of text at a time (a paragraph, a list item, a cell): a
 * definition never spans two blocks. Pure: no DOM.
 */

export interface AbbreviationDefinition {
  /** The short form as written ("HFS"). */
  short: string;
  /** The long form the algorithm paired with it ("high frequency stimulation"). */
  long: string;
  /** Where the short form starts in the block's text. */
  index: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isLetterOrDigit = (c: string | undefined) => c !== undefined && LETTER_OR_DIGIT.test(c);
const words = (s: string) => s.split(/\s+/).filter(Boolean);
/** Sentence ends: a long form never reaches back past one. */
const SENTENCE_END = /[.!?;:]\s|[\n\r]/g;

/**
 * The paper's short-form test, plus one rule of ours: at least one capital letter. The
 * glossary's abbreviations are matched case-sensitively, so a lower-case word in brackets
 * ("(see below)") can never be one of them.
 */
export function isShortFormCandidate(s: string): boolean {
  if (s.length < 2 || s.length > 10) return false;
  if (words(s).length > 2) return false;
  if (!isLetterOrDigit(s[0])) return false;
  if (!/\p{L}/u.test(s)) return false;
  return /\p{Lu}/u.test(s);
}

/**
 * Schwartz–Hearst's best long form: match the short form's letters and digits from the
 * end, right to left, in the candidate long form; the first character must start a word.
 * Returns null when the letters cannot all be found in order.
 */
export function bestLongForm(short: string, candidate: string): string | null {
  let l = candidate.length - 1;
  for (let s = short.length - 1; s >= 0; s--) {
    const c = short[s]!.toLowerCase();
    if (!isLetterOrDigit(c)) continue;
    while ((l >= 0 && candidate[l]!.toLowerCase() !== c) || (s === 0 && l > 0 && isLetterOrDigit(candidate[l - 1]))) l--;
    if (l < 0) return null;
    l--;
  }
  const start = candidate.lastIndexOf(' ', l) + 1;
  return candidate.slice(start);
}

/** The paper's checks on a pairing: a long form longer than the short one, not containing it, and of a plausible number of words. */
function isPlausiblePair(short: string, long: string): boolean {
  const shortLetters = [...short].filter(isLetterOrDigit).length;
  const longWords = words(long).length;
  if (long.length < short.length) return false;
  if (long.includes(`${short} `) || long.endsWith(short)) return false;
  return longWords <= shortLetters * 2 && longWords <= shortLetters + 5 && shortLetters <= 10;
}

/** The text of one sentence up to `end`: where a long form may be looked for. */
function sentenceBefore(text: string, end: number): string {
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m && m.index < end; m = SENTENCE_END.exec(text)) start = m.index + m[0].length;
  return text.slice(start, end);
}

export function findAbbreviationDefinitions(text: string): AbbreviationDefinition[] {
  const found: AbbreviationDefinition[] = [];
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    const close = text.indexOf(')', open + 1);
    if (close < 0) break;
    const inside = text.slice(open + 1, close);
    // Only the innermost brackets: "(GPi (internal part))" is read at its inner pair.
    if (inside.includes('(')) continue;
    // "(CD; see below)" and "(DBS, 2019)": the short form is the part before the separator.
    const cut = inside.search(/[;,]\s/);
    const content = (cut >= 0 ? inside.slice(0, cut) : inside).trim();
    const contentIndex = open + 1 + inside.indexOf(content);
    const sentence = sentenceBefore(text, open);
    const before = sentence.trimEnd();

    if (isShortFormCandidate(content)) {
      // "long form (SF)": the long form is among the words just before the bracket.
      const windowWords = Math.min(content.length + 5, content.length * 2);
      const candidate = words(before).slice(-windowWords).join(' ');
      const long = candidate && bestLongForm(content, candidate);
      if (long && isPlausiblePair(content, long)) found.push({ short: content, long, index: contentIndex });
      continue;
    }
    // "SF (long form)": the word before the bracket is the short form, and the whole bracket its long form.
    const last = /\S+$/u.exec(before);
    const short = last?.[0].replace(/[^\p{L}\p{N}]+$/u, '');
    if (!last || !short || !isShortFormCandidate(short) || words(content).length < 2) continue;
    if (bestLongForm(short, content) === content && isPlausiblePair(short, content)) {
      found.push({ short, long: content, index: open - sentence.length + last.index });
    }
  }
  return found;
}
