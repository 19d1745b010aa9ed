/**
 * A trie as a flat list of nodes, for storage. Chromium's `chrome.storage` silently cuts
 * values nested deeper than about 100 levels, and a nested trie is as deep as its longest
 * form is long (security review L7: a 48-letter custom term made every cached matcher
 * invalid). Flat, the stored value is three levels deep whatever the forms are.
 *
 * Node `n` is `[end, iChars, iKids, sChars, sKids, space, hyphen, apostrophe]`: the edge
 * characters joined into one string (each is one code point), children as node indexes,
 * -1 for no child. Children always come after their parent, so reading back cannot loop.
 */
import type { TrieNode } from './glossary-trie';

type FlatTrieNode = [
  end: 0 | 1,
  iChars: string,
  iKids: number[],
  sChars: string,
  sKids: number[],
  space: number,
  hyphen: number,
  apostrophe: number,
];
export type FlatTrie = FlatTrieNode[];

export function flattenTrie(root: TrieNode): FlatTrie {
  const flat: FlatTrie = [];
  const add = (node: TrieNode): number => {
    const at = flat.length;
    const row: FlatTrieNode = [node.end ?? 0, (node.i ?? []).join(''), [], (node.s ?? []).join(''), [], -1, -1, -1];
    flat.push(row);
    row[2] = (node.in ?? []).map(add);
    row[4] = (node.sn ?? []).map(add);
    row[5] = node.space ? add(node.space) : -1;
    row[6] = node.hyphen ? add(node.hyphen) : -1;
    row[7] = node.apostrophe ? add(node.apostrophe) : -1;
    return at;
  };
  add(root);
  return flat;
}

/** The nested trie back, or null when `value` is not a well-formed flat trie (storage is read back with care). */
export function unflattenTrie(value: unknown): TrieNode | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const rows = value as unknown[];
  const built: TrieNode[] = new Array<TrieNode>(rows.length);
  // Children come after their parent, so building from the end has every child ready.
  for (let n = rows.length - 1; n >= 0; n--) {
    const row = rows[n];
    if (!Array.isArray(row) || row.length !== 8) return null;
    const [end, iChars, iKids, sChars, sKids, space, hyphen, apostrophe] = row as unknown[];
    const child = (k: unknown): TrieNode | null | undefined => {
      if (k === -1) return undefined;
      return Number.isInteger(k) && (k as number) > n && (k as number) < rows.length ? built[k as number]! : null;
    };
    const edges = (chars: unknown, kids: unknown): [string[], TrieNode[]] | null => {
      if (typeof chars !== 'string' || !Array.isArray(kids)) return null;
      const letters = [...chars];
      if (letters.length !== kids.length) return null;
      const nodes = kids.map(child);
      return nodes.every((c): c is TrieNode => c !== null && c !== undefined) ? [letters, nodes] : null;
    };
    const i = edges(iChars, iKids);
    const s = edges(sChars, sKids);
    const [sp, hy, ap] = [child(space), child(hyphen), child(apostrophe)];
    if ((end !== 0 && end !== 1) || !i || !s || sp === null || hy === null || ap === null) return null;
    const node: TrieNode = {};
    if (i[0].length > 0) [node.i, node.in] = i;
    if (s[0].length > 0) [node.s, node.sn] = s;
    if (sp) node.space = sp;
    if (hy) node.hyphen = hy;
    if (ap) node.apostrophe = ap;
    if (end === 1) node.end = 1;
    built[n] = node;
  }
  return built[0]!;
}
