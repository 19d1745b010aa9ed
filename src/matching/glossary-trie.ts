/**
 * Every form of the glossary merged into one trie of tokens, as plain JSON-safe data: the
 * build ships it for the built-in glossary (virtual:glossary-matcher), and trie-regexp.ts
 * walks it over page text.
 *
 * Edges: `i` holds case-insensitive characters by their lower case, `s` the case-sensitive
 * characters of abbreviations ("PD" never matches "pd"); most nodes have one or two, so
 * they are short arrays searched in order rather than maps. And one edge each
 * for a run of white space, a hyphen (which also matches a space or nothing: "dopa-responsive",
 * "dopa responsive", "doparesponsive") and an apostrophe (any of the four we read as one).
 */
import { tokenize, type MatchForm } from './forms';

export interface TrieNode {
  /** Case-insensitive character edges: `i[n]` (lower case) leads to `in[n]`. */
  i?: string[];
  in?: TrieNode[];
  /** Case-sensitive character edges: `s[n]` leads to `sn[n]`. */
  s?: string[];
  sn?: TrieNode[];
  space?: TrieNode;
  hyphen?: TrieNode;
  apostrophe?: TrieNode;
  /** A form ends here. */
  end?: 1;
}

/**
 * The key of a case-insensitive character: its lower case, when upper and lower case are
 * one character each; otherwise the character itself ("ß", whose upper case is "SS").
 */
export function foldCase(char: string): string {
  const lower = char.toLowerCase();
  return lower.length === 1 && char.toUpperCase().length === 1 ? lower : char;
}

function child(chars: string[], nodes: TrieNode[], char: string): TrieNode {
  const at = chars.indexOf(char);
  if (at >= 0) return nodes[at]!;
  const next: TrieNode = {};
  chars.push(char);
  nodes.push(next);
  return next;
}

export function buildGlossaryTrie(forms: readonly MatchForm[]): TrieNode {
  const root: TrieNode = {};
  for (const form of forms) {
    let node = root;
    for (const token of tokenize(form.text, form.caseSensitive)) {
      switch (token.kind) {
        case 'space':
        case 'hyphen':
        case 'apostrophe':
          node = node[token.kind] ??= {};
          break;
        case 'char':
          node = token.caseSensitive
            ? child((node.s ??= []), (node.sn ??= []), token.char)
            : child((node.i ??= []), (node.in ??= []), foldCase(token.char));
      }
    }
    if (node !== root) node.end = 1;
  }
  return root;
}
