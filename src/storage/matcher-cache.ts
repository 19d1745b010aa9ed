/**
 * Where the background keeps the matcher it compiled for custom terms or a choice of
 * categories (src/background/page-matcher.ts), so a restarted background need not compile again.
 * A cache, not a setting: rebuilt whenever it is lost or stale.
 */
import { MATCHER_CACHE_ITEM } from '../contracts/storage';
import type { MatcherStore } from '../matching/stored-matcher';
import { storedItem } from './stored-item';

const item = storedItem(MATCHER_CACHE_ITEM);

/** Read unread: page-matcher.ts checks it against the forms it needs (MATCHER_CACHE_ITEM.read). */
export const matcherCache: MatcherStore = {
  read: () => item.stored(),
  write: (value) => item.save(value),
};
