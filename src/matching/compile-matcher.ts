/**
 * Compiles every form of the glossary into ONE regular expression plus a lookup table.
 *
 * The forms are merged into a trie and emitted as nested alternations, deepest branch
 * first, so at any position the regex tries the longest form before its prefixes
 * ("cervical dystonia" before "cervical"…) and the work per character depends on the
 * first letters in use, not on the number of forms. The regex has no `i` flag: case-
 * insensitive letters become `[aA]` classes, so case-sensitive abbreviations ("PD") can
 * live in the same pattern. Word boundaries are Unicode-aware (`\p{L}`, `\p{N}`).
 */
import { FormOwners, type FormTarget } from './form-owners';
import { APOSTROPHE_CLASS, HYPHEN_CLASS, tokenize, type MatchForm, type Token } from './forms';

export interface Matcher {
  /** Global, unicode. Shared: callers that exec it must reset `lastIndex` first. */
  readonly regex: RegExp;
  /** Which entry a piece of matched text belongs to. */
  resolve(matchedText: string): FormTarget | undefined;
  readonly formCount: number;
}

/*
 * Most trie nodes have one child, and the content script compiles on every page load in
 * cold (interpreted) code: children are a small array searched linearly, not a Map each.
 */
interface TrieNode {
  keys: string[];
  children: TrieNode[];
  terminal: boolean;
  depth: number; // longest path below, in tokens
}

const newNode = (): TrieNode => ({ keys: [], children: [], terminal: false, depth: 0 });

function escapeChar(c: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c;
}

function tokenSource(t: Token): string {
  switch (t.kind) {
    case 'space':
      return '\\s+';
    case 'hyphen':
      // "dopa-responsive", "dopa responsive" and "doparesponsive" are the same term.
      return `(?:[${HYPHEN_CLASS}]|\\s+)?`;
    case 'apostrophe':
      return `[${APOSTROPHE_CLASS}]`;
    case 'char': {
      if (t.caseSensitive) return escapeChar(t.char);
      const lower = t.char.toLowerCase();
      const upper = t.char.toUpperCase();
      if (lower === upper || lower.length !== 1 || upper.length !== 1) return escapeChar(t.char);
      return `[${escapeChar(lower)}${escapeChar(upper)}]`;
    }
  }
}

function insert(root: TrieNode, tokens: Token[]): void {
  let node = root;
  for (const t of tokens) {
    const key = tokenSource(t);
    const at = node.keys.indexOf(key);
    let next = at >= 0 ? node.children[at] : undefined;
    if (!next) {
      next = newNode();
      node.keys.push(key);
      node.children.push(next);
    }
    node = next;
  }
  node.terminal = true;
}

function computeDepth(node: TrieNode): number {
  let deepest = 0;
  for (const child of node.children) deepest = Math.max(deepest, 1 + computeDepth(child));
  node.depth = deepest;
  return deepest;
}

function emit(node: TrieNode): string {
  const count = node.children.length;
  if (count === 0) return '';
  // The common case, one child and no shorter form ending here: no alternation to build.
  if (count === 1 && !node.terminal) return node.keys[0]! + emit(node.children[0]!);
  const order = node.children.map((_, i) => i).sort((a, b) => node.children[b]!.depth - node.children[a]!.depth);
  const branches = order.map((i) => node.keys[i]! + emit(node.children[i]!));
  // The empty alternative, last, lets a shorter form end here when no longer one fits.
  if (node.terminal) branches.push('');
  if (branches.length === 1) return branches[0]!;
  return `(?:${branches.join('|')})`;
}

const BEFORE = '(?<![\\p{L}\\p{N}\\p{M}])';
const AFTER = '(?![\\p{L}\\p{N}\\p{M}])';

export function compileMatcher(forms: readonly MatchForm[]): Matcher {
  const owners = new FormOwners();
  const root = newNode();
  for (const form of forms) {
    owners.claim(form);
    const tokens = tokenize(form.text, form.caseSensitive);
    if (tokens.length > 0) insert(root, tokens);
  }
  computeDepth(root);
  const body = emit(root);
  // An empty glossary must match nothing, not the empty string everywhere.
  const regex = new RegExp(body ? `${BEFORE}${body}${AFTER}` : '(?!)', 'gu');
  return {
    regex,
    formCount: forms.length,
    resolve: (matchedText) => owners.resolve(matchedText),
  };
}
