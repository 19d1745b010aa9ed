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
 * hashes, sorted (about 1,700 keys in 7 kB; a chance of about one in three million that a
 * word of an unrelated page hits one by accident), with their first words' hashes and
 * signatures for the reader (prefilterScan): 12 kB in all.
 *
 * Pure: no DOM, no browser API (the first-stage content script imports it).
 */
import type { MatchForm } from './forms';

const WORD_AND_SEPARATOR = /([\p{L}\p{N}]+)([^\p{L}\p{N}]*)/gu;
/** Characters the highlighter reads through (src/highlight/text-runs.ts): "dysto\u00adnia" is "dystonia". */
const INVISIBLE = /\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/g;
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
    const parts = [...text.replace(INVISIBLE, '').matchAll(WORD_AND_SEPARATOR)].map((m) => ({
      word: m[1]!,
      joinable: m[2] !== '' && !/\s/u.test(m[2]!),
    }));
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

/**
 * The keys' hashes; their first words' hashes, as written and (for keys written with a capital
 * anywhere) lower-cased; and the lower-cased first words' signatures. Hashes sorted, distinct.
 */
export interface Prefilter {
  readonly keys: Uint32Array;
  readonly firsts: Uint32Array;
  readonly foldedFirsts: Uint32Array;
  readonly signatures: Uint16Array;
}

/** "DGP3": this layout. A table stored by an older version reads as unreadable, never as wrong. */
const MAGIC = 0x33504744;

function sortedHashes(keys: Iterable<string>): number[] {
  return [...new Set([...keys].map(prefilterHash))].sort((a, b) => a - b);
}

/**
 * A lower-case word's 16-bit signature: its first, middle and last characters and its length.
 * Reading a page looks each word's signature up in a bitmap of the first words' ones before
 * anything else: a few character reads per word, instead of hashing every character.
 */
function wordSignature(lower: string): number {
  const n = lower.length;
  return (
    (Math.imul(Math.imul(lower.charCodeAt(0), 31) + lower.charCodeAt(n >> 1), 31) + lower.charCodeAt(n - 1) + Math.imul(n, 7919)) & 0xffff
  );
}

/** As base64 of little-endian 32-bit words: the layout's mark, three counts, the keys' hashes, the first words' hashes, their signatures (16 bits each). */
export function encodePrefilter(keys: readonly string[]): string {
  const hashes = sortedHashes(keys);
  const firstWord = (key: string) => key.split(' ')[0]!;
  const firstWords = [...new Set(keys.map(firstWord))];
  const firsts = sortedHashes(firstWords);
  const folded = sortedHashes(keys.filter((k) => k !== k.toLowerCase()).map((k) => firstWord(k).toLowerCase()));
  const signatures = [...new Set(firstWords.map((w) => wordSignature(w.toLowerCase())))];
  const packed: number[] = [];
  for (let i = 0; i < signatures.length; i += 2) packed.push(signatures[i]! | ((signatures[i + 1] ?? signatures[i]!) << 16));
  const bytes = new Uint8Array(
    new Uint32Array([MAGIC, hashes.length, firsts.length, folded.length, signatures.length, ...hashes, ...firsts, ...folded, ...packed])
      .buffer,
  );
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** Base64 to bytes: natively where the browser can (Chromium 140+, Firefox 133+; a loop costs a cold frame milliseconds). */
function base64Bytes(encoded: string): Uint8Array {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (native) return native(encoded);
  const binary = atob(encoded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < bytes.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Throws on anything but a table encodePrefilter made (a caller that cannot read it must assume a term may be there). */
export function decodePrefilter(encoded: string): Prefilter {
  const bytes = base64Bytes(encoded);
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
  const [magic, keyCount = -1, firstCount = -1, foldedCount = -1, signatureCount = -1] = words;
  const firstsAt = 5 + keyCount;
  const foldedAt = firstsAt + firstCount;
  const signaturesAt = foldedAt + foldedCount;
  if (
    magic !== MAGIC ||
    Math.min(keyCount, firstCount, foldedCount, signatureCount) < 0 ||
    signaturesAt + Math.ceil(signatureCount / 2) !== words.length
  )
    throw new Error('not a prefilter table');
  return {
    keys: words.subarray(5, firstsAt),
    firsts: words.subarray(firstsAt, foldedAt),
    foldedFirsts: words.subarray(foldedAt, signaturesAt),
    signatures: new Uint16Array(words.buffer, words.byteOffset + signaturesAt * 4, signatureCount),
  };
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

/** Reads texts one after another: a text ends a word, as if a space followed it, and a form's first words may run on across texts. */
export interface TextScan {
  /** True once some text read so far holds the first words of a form. */
  read(text: string): boolean;
}

const NON_WORD = /[^\p{L}\p{N}]+/u;
const HAS_INVISIBLE = new RegExp(INVISIBLE.source);
/**
 * NON_WORD written out for the characters of most pages (Latin scripts, general punctuation),
 * where it reads the same: a Unicode-aware split cost three times as much in Chromium 156
 * (3 ms against 0.9 on a 33K-character page). Texts with any other character take NON_WORD.
 */
const LATIN_NON_WORD = /[^0-9A-Za-z\u00aa\u00b2\u00b3\u00b5\u00b9\u00ba\u00bc-\u00be\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]+/;
// eslint-disable-next-line no-control-regex -- the range starts at U+0000 on purpose: every character up to U+024F
const BEYOND_LATIN = /[^\u0000-\u024f\u2000-\u206f]/;

/** The text's words (with '' where it begins or ends between words), as NON_WORD splits them. */
export function wordsOf(text: string): string[] {
  return text.split(BEYOND_LATIN.test(text) ? NON_WORD : LATIN_NON_WORD);
}

/**
 * A word of the texts before the current one, lower-cased and as written. Copies: a piece
 * of a string (what split and slice give) can keep the whole string alive, and a text here is
 * a chunk of up to 8,000 characters joined for the read (+0.017 MB per Firefox frame when it was kept).
 */
interface TailWord {
  lower: string;
  raw: string;
}

/** A copy of the text that keeps nothing else alive. */
const copyOf = (text: string): string => (text + ' ').slice(0, -1);

/** The last `count` words of a text, as copies, read from its end. */
function lastWords(text: string, count: number): string[] {
  for (let take = 64; ; take *= 4) {
    const from = Math.max(0, text.length - take);
    const words = wordsOf(text.slice(from)).filter((w) => w !== '');
    // The first word may be cut by the slice; the ones after it are whole.
    if (from === 0 || words.length > count) return words.slice(-count).map(copyOf);
  }
}
/** What a lower-case word may begin: a key as it is (1), one written with capitals (2). */
const BEGINS_AS_IS = 1;
const BEGINS_WITH_CAPITALS = 2;

/**
 * The first stage's reader (issue #13): whether the texts read hold a word, or two or three
 * words in a row, that begin some form (of any of the prefilters: the built-in glossary's,
 * the user's own terms'). Words are read across anything that is not a letter or digit, as
 * the keys were made, and invisible characters are read through.
 *
 * Written for a cold start in every frame, where scripts run unoptimised and the page's own
 * strings are slow to read a character at a time: a loop over each character cost 5-33 ms
 * on a 34K-character page in Chromium 156. So the browser does the character work (one
 * lower-casing of the text, which is also a copy quick to read, and one split into words),
 * and the script reads three characters of each word for its signature. Only a word whose
 * signature is a first word's is hashed (once per distinct word), and then checked with the
 * one or two words after it; the words as written are split out only for keys with capitals.
 */
export function prefilterScan(prefilters: readonly Prefilter[]): TextScan {
  const keyTables = prefilters.map((p) => p.keys);
  const firstTables = prefilters.map((p) => p.firsts);
  const foldedTables = prefilters.map((p) => p.foldedFirsts);
  const signatureBits = new Uint32Array(2048);
  for (const { signatures } of prefilters)
    for (let i = 0; i < signatures.length; i++) signatureBits[signatures[i]! >>> 5]! |= 1 << (signatures[i]! & 31);
  // A loop, not tables.some(…): a closure called per lookup is a cost of its own in cold code.
  const inAny = (tables: readonly Uint32Array[], hash: number): boolean => {
    for (let i = 0; i < tables.length; i++) if (holds(tables[i]!, hash)) return true;
    return false;
  };
  const begins = new Map<string, number>();
  const beginsOf = (lower: string): number => {
    let kind = begins.get(lower);
    if (kind === undefined) {
      const hash = fnv(lower);
      kind = (inAny(firstTables, hash) ? BEGINS_AS_IS : 0) | (inAny(foldedTables, hash) ? BEGINS_WITH_CAPITALS : 0);
      begins.set(copyOf(lower), kind);
    }
    return kind;
  };
  /** The last two words of the texts before: a key's first words may run on into the next text. */
  let tail: TailWord[] = [];
  let found = false;

  /** Whether the words from `at` on (by `wordAt`, which gives '' between words) begin with a key. */
  const keyFrom = (at: number, count: number, wordAt: (i: number) => string): boolean => {
    let hash = fnv(wordAt(at));
    if (inAny(keyTables, hash)) return true;
    for (let i = at + 1, more = 2; i < count && more > 0; i++) {
      const next = wordAt(i);
      if (next === '') continue;
      hash = fnv(next, fnv(' ', hash));
      if (inAny(keyTables, hash)) return true;
      more--;
    }
    return false;
  };

  return {
    read(text: string): boolean {
      if (found) return true;
      const plain = HAS_INVISIBLE.test(text) ? text.replace(INVISIBLE, '') : text;
      const lowerText = plain.toLowerCase();
      let lowers = wordsOf(lowerText);
      let raws: string[] | null = lowerText === plain ? lowers : null;
      // A letter whose lower case is longer ("İ"): the texts' words no longer line up, so each word is lowered alone.
      if (raws === null && lowerText.length !== plain.length) lowers = (raws = wordsOf(plain)).map((w) => w.toLowerCase());
      const rawWords = () => (raws ??= wordsOf(plain));
      const before = tail;
      const offset = before.length;
      const count = offset + lowers.length;
      const lowerAt = (i: number) => (i < offset ? before[i]!.lower : lowers[i - offset]!);
      const rawAt = (i: number) => (i < offset ? before[i]!.raw : rawWords()[i - offset]!);
      const keyAt = (i: number, lower: string): boolean => {
        const kind = beginsOf(lower);
        return (
          ((kind & BEGINS_AS_IS) !== 0 && keyFrom(i, count, lowerAt)) || ((kind & BEGINS_WITH_CAPITALS) !== 0 && keyFrom(i, count, rawAt))
        );
      };
      for (let i = 0; i < count; i++) {
        const lower = i < offset ? before[i]!.lower : lowers[i - offset]!;
        const n = lower.length;
        if (n === 0) continue;
        // wordSignature(lower), written out: a call per word is a cost of its own before optimisation.
        const signature =
          (Math.imul(Math.imul(lower.charCodeAt(0), 31) + lower.charCodeAt(n >> 1), 31) + lower.charCodeAt(n - 1) + Math.imul(n, 7919)) &
          0xffff;
        if ((signatureBits[signature >>> 5]! & (1 << (signature & 31))) !== 0 && keyAt(i, lower)) return (found = true);
      }
      const last: TailWord[] = [];
      let fromEnd = 0;
      let ends: string[] | null = null;
      for (let i = count - 1; i >= 0 && last.length < 2; i--) {
        const lower = lowerAt(i);
        if (lower === '') continue;
        if (i < offset) last.unshift(before[i]!);
        else {
          ends ??= lastWords(plain, 2);
          last.unshift({ lower: copyOf(lower), raw: ends[ends.length - ++fromEnd]! });
        }
      }
      tail = last;
      return false;
    },
  };
}

/** Whether one text holds the first words of a form (see prefilterScan). */
export function mayHoldTerm(text: string, prefilters: readonly Prefilter[]): boolean {
  return prefilterScan(prefilters).read(text);
}
