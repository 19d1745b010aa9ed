/**
 * The glossary matcher: a RegExp whose `exec` walks the glossary trie (glossary-trie.ts)
 * instead of running a compiled pattern. mark.js `markRegExp`, `test`, `String#match`,
 * `matchAll` and `replace` all go through `exec`, so it is a drop-in global RegExp (not
 * for `split`, which needs a sticky regex).
 *
 * Why not one big RegExp source: browsers compile a RegExp on its first use, and the
 * glossary as one pattern (24 KB of nested alternations) took Chromium 156 about 50 ms
 * to compile on every page load: a long task before the first highlight. The trie needs
 * no compile on the page (the build ships it as JSON), and its cost per character does
 * not depend on the number of forms.
 *
 * Semantics are the pattern's: a match starts where the text is not preceded by a letter,
 * digit or combining mark (Unicode `\p{L}\p{N}\p{M}`) and must end where none follows;
 * at the leftmost such start the longest form wins; white space inside a form matches any
 * run of white space (line breaks, NBSP) or a hyphen, a hyphen matches a hyphen, a space or
 * nothing, an apostrophe matches any of ' ‘ ’ ʼ.
 */
import { APOSTROPHE_CHARS, HYPHEN_CHARS } from './forms';
import { foldCase, type TrieNode } from './glossary-trie';

const HYPHENS = new Set(HYPHEN_CHARS.map((c) => c.charCodeAt(0)));
const APOSTROPHES = new Set(APOSTROPHE_CHARS.map((c) => c.charCodeAt(0)));
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const SPACE_CHAR = /^\s$/;

/** Per code point: is it a word character / white space. ASCII in a table, the rest cached as met. */
const asciiWord = new Uint8Array(128).map((_, c) => (WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0));
const asciiSpace = new Uint8Array(128).map((_, c) => (SPACE_CHAR.test(String.fromCharCode(c)) ? 1 : 0));
const otherWord = new Map<number, boolean>();

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

function isWordCodePoint(cp: number): boolean {
  if (cp < 128) return asciiWord[cp] === 1;
  let known = otherWord.get(cp);
  if (known === undefined) otherWord.set(cp, (known = WORD_CHAR.test(String.fromCodePoint(cp))));
  return known;
}

function isSpace(code: number): boolean {
  // \s beyond ASCII: NBSP, the Unicode space separators, line/paragraph separators, BOM.
  return code < 128 ? asciiSpace[code] === 1 : SPACE_CHAR.test(String.fromCharCode(code));
}

/** Is the code point that ends just before `i` a word character (the lookbehind of the pattern)? */
function wordCharBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const code = text.charCodeAt(i - 1);
  if (isLowSurrogate(code) && i >= 2) return isWordCodePoint(text.codePointAt(i - 2)!);
  return isWordCodePoint(code);
}

function wordCharAt(text: string, i: number): boolean {
  return i < text.length && isWordCodePoint(text.codePointAt(i)!);
}

const folded = new Map<string, string>();

/** foldCase for one character of page text: ASCII by arithmetic, the rest cached as met. */
function foldChar(char: string, code: number): string {
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : char;
  let fold = folded.get(char);
  if (fold === undefined) folded.set(char, (fold = foldCase(char)));
  return fold;
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The end of the longest form that matches `text` from `i` on at `node`, or -1. */
function longestFrom(text: string, i: number, node: TrieNode): number {
  let best = node.end === 1 && !wordCharAt(text, i) ? i : -1;
  let end: number;
  if (i < text.length) {
    const code = text.charCodeAt(i);
    // A character outside the BMP is one token of two code units.
    const width = isHighSurrogate(code) && i + 1 < text.length ? 2 : 1;
    const char = width === 1 ? text[i]! : text.slice(i, i + 2);
    if (node.i) {
      const at = node.i.indexOf(width === 1 ? foldChar(char, code) : foldCase(char));
      if (at >= 0 && (end = longestFrom(text, i + width, node.in![at]!)) > best) best = end;
    }
    if (node.s) {
      const at = node.s.indexOf(char);
      if (at >= 0 && (end = longestFrom(text, i + width, node.sn![at]!)) > best) best = end;
    }
    if (node.apostrophe && APOSTROPHES.has(code) && (end = longestFrom(text, i + 1, node.apostrophe)) > best) best = end;
    if ((node.space || node.hyphen) && isSpace(code)) {
      const after = skipSpaces(text, i + 1);
      if (node.space && (end = longestFrom(text, after, node.space)) > best) best = end;
      if (node.hyphen && (end = longestFrom(text, after, node.hyphen)) > best) best = end;
    }
    if (HYPHENS.has(code)) {
      if (node.hyphen && (end = longestFrom(text, i + 1, node.hyphen)) > best) best = end;
      // Separators are symmetric: a space in a form also matches a hyphen ("deep-brain stimulation").
      if (node.space && (end = longestFrom(text, skipSpaces(text, i + 1), node.space)) > best) best = end;
    }
  }
  // A hyphen may also be left out altogether.
  if (node.hyphen && (end = longestFrom(text, i, node.hyphen)) > best) best = end;
  return best;
}

export class TrieRegExp extends RegExp {
  readonly trie: TrieNode;
  /** The root's children by ASCII code (either case; case-sensitive ones apart): the scan's fast path. */
  private readonly asciiInsensitive: Array<TrieNode | undefined> = [];
  private readonly asciiSensitive: Array<TrieNode | undefined> = [];
  private readonly rootOnlyHasCharacters: boolean;

  /** Also called with an instance by `String#matchAll` (through Symbol.species), to copy it. */
  constructor(trie: TrieNode | TrieRegExp) {
    // The RegExp underneath matches nothing; `exec` below is the matcher.
    super('(?!)', 'g');
    this.trie = trie instanceof TrieRegExp ? trie.trie : trie;
    const root = this.trie;
    for (let code = 0; code < 128; code++) {
      const char = String.fromCharCode(code);
      const i = root.i?.indexOf(foldChar(char, code)) ?? -1;
      const s = root.s?.indexOf(char) ?? -1;
      this.asciiInsensitive.push(i >= 0 ? root.in![i] : undefined);
      this.asciiSensitive.push(s >= 0 ? root.sn![s] : undefined);
    }
    this.rootOnlyHasCharacters = !root.space && !root.hyphen && !root.apostrophe;
  }

  /** The end of the longest form from `start`, or -1; an ASCII first character goes by table. */
  private longestAt(text: string, start: number, code: number): number {
    if (code >= 128 || !this.rootOnlyHasCharacters) return longestFrom(text, start, this.trie);
    const insensitive = this.asciiInsensitive[code];
    const sensitive = this.asciiSensitive[code];
    const a = insensitive ? longestFrom(text, start + 1, insensitive) : -1;
    const b = sensitive ? longestFrom(text, start + 1, sensitive) : -1;
    return a > b ? a : b;
  }

  override exec(text: string): RegExpExecArray | null {
    const length = text.length;
    let afterWordChar = wordCharBefore(text, this.lastIndex);
    for (let start = this.lastIndex; start < length; start++) {
      const code = text.charCodeAt(start);
      // The second half of a surrogate pair belongs to the character before it.
      if (isLowSurrogate(code) && start > 0 && isHighSurrogate(text.charCodeAt(start - 1))) continue;
      if (!afterWordChar) {
        const end = this.longestAt(text, start, code);
        if (end > start) {
          this.lastIndex = end;
          const match = [text.slice(start, end)] as unknown as RegExpExecArray;
          match.index = start;
          match.input = text;
          return match;
        }
      }
      afterWordChar = code < 128 ? asciiWord[code] === 1 : wordCharAt(text, start);
    }
    this.lastIndex = 0;
    return null;
  }
}
