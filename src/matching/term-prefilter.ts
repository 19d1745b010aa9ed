/**
 * A cheap first question for every frame: could this text hold a glossary term at all?
 * (issue #13: a page with nothing to explain should cost what an empty content script costs.)
 *
 * The answer is a superset of what the matcher finds, never a subset. Each form that is
 * highlighted without help from the page (gate 'none': gated forms need another term on the
 * page first, which the prefilter then sees) gives a key: its first three words, or all of
 * them when it has fewer, with words read as runs of letters and digits. A hyphen or an
 * apostrophe may also join two words ("dopa-responsive" = "doparesponsive"), so each way of
 * joining them gives a key too. Case-insensitive forms are keyed in lower case, abbreviations
 * as written ("ET" never opens the engine for "et al."). Keys are kept as 32-bit FNV-1a
 * hashes, sorted: about 1,500 keys in 6 kB, and a chance of about one in three million that
 * a word of an unrelated page hits one by accident.
 *
 * Pure: no DOM, no browser API (the first-stage content script imports it).
 */
import type { MatchForm } from './forms';

const WORD = /[\p{L}\p{N}]+/gu;
const WORD_AND_SEPARATOR = /([\p{L}\p{N}]+)([^\p{L}\p{N}]*)/gu;
/** Characters the highlighter reads through (src/highlight/text-runs.ts): "dysto\u00adnia" is "dystonia". */
const INVISIBLE = /\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g;
const HAS_INVISIBLE = /\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/;
/** Words per key: three, so that "speech and language therapy" is not opened by "speech and". */
const KEY_WORDS = 3;
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function fnv(text: string, hash = FNV_OFFSET): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/** The hash of a key: up to three words joined by single spaces. */
export function prefilterHash(key: string): number {
  return fnv(key);
}

/** The keys of the forms a page can show unprompted (see above). */
export function prefilterKeys(forms: readonly MatchForm[]): string[] {
  const keys = new Set<string>();
  for (const form of forms) {
    if (form.gate !== 'none') continue;
    const text = form.caseSensitive ? form.text : form.text.toLowerCase();
    const parts = [...text.replace(INVISIBLE, '').matchAll(WORD_AND_SEPARATOR)].map((m) => ({ word: m[1]!, joinable: m[2] !== '' && !/\s/u.test(m[2]!) }));
    // Every way the page may write the form's first words.
    const visit = (at: number, pending: string, words: readonly string[]): void => {
      const part = parts[at];
      if (words.length === KEY_WORDS || !part) {
        keys.add([...words, ...(pending ? [pending] : [])].slice(0, KEY_WORDS).join(' '));
        return;
      }
      const word = pending + part.word;
      if (at === parts.length - 1) return visit(at + 1, '', [...words, word]);
      visit(at + 1, '', [...words, word]);
      if (part.joinable) visit(at + 1, word, words);
    };
    if (parts.length > 0) visit(0, '', []);
  }
  return [...keys];
}

/** The sorted, distinct hashes of the keys, as base64 of little-endian 32-bit words (shipped in the first-stage script). */
export function encodePrefilter(keys: readonly string[]): string {
  const hashes = [...new Set(keys.map(prefilterHash))].sort((a, b) => a - b);
  const bytes = new Uint8Array(new Uint32Array(hashes).buffer);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export function decodePrefilter(encoded: string): Uint32Array {
  const binary = atob(encoded);
  const bytes = new Uint8Array(binary.length - (binary.length % 4));
  for (let i = 0; i < bytes.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Uint32Array(bytes.buffer);
}

function holds(table: Uint32Array, hash: number): boolean {
  let lo = 0;
  let hi = table.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = table[mid]!;
    if (v === hash) return true;
    if (v < hash) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Whether the text holds a word, or two or three words in a row, that begin some form (any of the
 * tables: the built-in glossary's, the user's own terms'). Words are read across anything
 * that is not a letter or digit, as the keys were made.
 */
export function mayHoldTerm(text: string, tables: readonly Uint32Array[]): boolean {
  const hit = (hash: number) => tables.some((t) => holds(t, hash));
  const plain = HAS_INVISIBLE.test(text) ? text.replace(INVISIBLE, '') : text;
  // The hashes of the words before this one: the last word, and the last two, as read and in lower case.
  let one: { raw: number; lower: number } | null = null;
  let two: { raw: number; lower: number } | null = null;
  for (const m of plain.matchAll(WORD)) {
    const raw = m[0];
    const lower = raw.toLowerCase();
    const word = { raw: fnv(raw), lower: fnv(lower) };
    // Keys of one, two and three words that end at this one.
    const two2 = one && { raw: fnv(raw, fnv(' ', one.raw)), lower: fnv(lower, fnv(' ', one.lower)) };
    const three = two && { raw: fnv(raw, fnv(' ', two.raw)), lower: fnv(lower, fnv(' ', two.lower)) };
    for (const h of [word, two2, three]) if (h && (hit(h.lower) || (h.raw !== h.lower && hit(h.raw)))) return true;
    two = two2;
    one = word;
  }
  return false;
}
