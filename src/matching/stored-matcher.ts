/**
 * A compiled matcher as it is kept in storage and sent to pages: its trie flat (flat-trie.ts
 * says why), and read back without trusting it. Pure: the matcher cache's storage item
 * (src/contracts/storage.ts), the background's page matcher (src/background/page-matcher.ts) and
 * the page's side (src/content/page-glossary.ts) all read it through `storedData`.
 */
import type { MatcherData } from './compile-matcher';
import { unflattenTrie, type FlatTrie } from './flat-trie';
import { GATES } from './gating';

export interface StoredMatcher {
  fingerprint: string;
  trie: FlatTrie;
  owners: MatcherData['owners'];
  formCount: number;
}

/** Where compiled matchers are kept between pages: storage.local in the extension (src/storage/matcher-cache.ts), memory elsewhere. */
export interface MatcherStore {
  read(): Promise<unknown>;
  write(value: StoredMatcher): Promise<void>;
}

/** The stored matcher's data when it is well formed (and compiled from these forms, when a fingerprint is given); null otherwise, never throwing. */
export function storedData(value: unknown, fingerprint?: string): MatcherData | null {
  if (typeof value !== 'object' || value === null) return null;
  const stored = value as Partial<StoredMatcher>;
  if (
    (fingerprint !== undefined && stored.fingerprint !== fingerprint) ||
    typeof stored.formCount !== 'number' ||
    !Array.isArray(stored.owners)
  )
    return null;
  const ownersOk = stored.owners.every(
    (o) =>
      Array.isArray(o) &&
      o.length === 4 &&
      typeof o[0] === 'string' &&
      typeof o[1] === 'string' &&
      GATES.includes(o[2]) &&
      typeof o[3] === 'boolean',
  );
  const trie = ownersOk ? unflattenTrie(stored.trie) : null;
  return trie ? { trie, owners: stored.owners, formCount: stored.formCount } : null;
}
