/**
 * The built-in matcher's data as several short JSON texts instead of one (issue #13). One
 * `JSON.parse` of the whole 340 KB took 14-22 ms on a 2-core machine, and with the garbage it
 * leaves, one task of 20-30 ms in the page's main thread: the page's own timers waited that
 * long. The two big lists (the trie root's case-insensitive children and the form owners) are
 * cut into texts of about `maxChars` each, parsed one per task and put back in order.
 */
import type { MatcherData } from './compile-matcher';

export interface MatcherJsonParts {
  /** The data with both lists empty. */
  rest: string;
  /** JSON arrays, in order: the trie root's `in` list, cut. */
  children: string[];
  /** JSON arrays, in order: the `owners` list, cut. */
  owners: string[];
}

export function matcherJsonParts(data: MatcherData, maxChars: number): MatcherJsonParts {
  const rest: MatcherData = { ...data, trie: { ...data.trie, in: [] }, owners: [] };
  return { rest: JSON.stringify(rest), children: jsonChunks(data.trie.in ?? [], maxChars), owners: jsonChunks(data.owners, maxChars) };
}

/** The data back, `between()` awaited before each part after the first: a task each. */
export async function parseMatcherJsonParts(parts: MatcherJsonParts, between: () => Promise<void>): Promise<MatcherData> {
  const data = JSON.parse(parts.rest) as MatcherData;
  const children: NonNullable<MatcherData['trie']['in']> = [];
  for (const text of parts.children) {
    await between();
    children.push(...(JSON.parse(text) as typeof children));
  }
  for (const text of parts.owners) {
    await between();
    data.owners.push(...(JSON.parse(text) as MatcherData['owners']));
  }
  // A root without case-insensitive edges has no `in` at all, as the trie builder leaves it.
  if (children.length > 0) data.trie.in = children;
  else delete data.trie.in;
  return data;
}

/** `items` as JSON arrays of about `maxChars` each (an item longer than that is a chunk alone). */
function jsonChunks(items: readonly unknown[], maxChars: number): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let size = 0;
  for (const item of items) {
    const text = JSON.stringify(item);
    if (current.length > 0 && size + text.length > maxChars) {
      chunks.push(`[${current.join(',')}]`);
      current = [];
      size = 0;
    }
    current.push(text);
    size += text.length + 1;
  }
  if (current.length > 0) chunks.push(`[${current.join(',')}]`);
  return chunks;
}
