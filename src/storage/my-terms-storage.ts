/**
 * My terms in browser storage (src/contracts/storage.ts: LOOKUP_HISTORY_ITEM, SAVED_TERMS_ITEM).
 * Pages read and watch them; two places write: the background (src/background/my-terms-keeper.ts),
 * for every lookup, save and note, and the options page's import, which joins what a backup
 * brings to what is here. Each write is a read-modify-write made alone (`changeMyTerms`).
 */
import { LOOKUP_HISTORY_ITEM, SAVED_TERMS_ITEM } from '../contracts/storage';
import { mergeHistory, type Lookup } from '../my-terms/history';
import { mergeSaved, type SavedTerm } from '../my-terms/saved-terms';
import { storedItem } from './stored-item';

export const lookupHistoryItem = storedItem(LOOKUP_HISTORY_ITEM);
export const savedTermsItem = storedItem(SAVED_TERMS_ITEM);

const LOCK_NAME = 'dystonia-glossary-my-terms';
let sameContextTurn: Promise<unknown> = Promise.resolve();

/**
 * Runs `change` alone: no other change to My terms runs between its read and its write, so
 * lookups from many tabs at once, or one made during an import, are all kept. A Web Lock holds
 * across the background and the extension's pages; where there is none (unit tests in node),
 * changes made in this context wait their turn.
 */
export function changeMyTerms<T>(change: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  // The lock's typing wraps the callback's promise in another; `then` unwraps it.
  if (locks) return locks.request(LOCK_NAME, change).then((result) => result);
  const run = sameContextTurn.then(change, change);
  sameContextTurn = run.catch(() => undefined);
  return run;
}

export interface MyTerms {
  history: Lookup[];
  saved: SavedTerm[];
}

export async function loadMyTerms(): Promise<MyTerms> {
  const [history, saved] = await Promise.all([lookupHistoryItem.load(), savedTermsItem.load()]);
  return { history, saved };
}

/**
 * A backup's My terms joined to those here (an import never loses what is here). Saved terms
 * first: they hold the user's notes. Resolves with how many terms each list gained.
 */
export function mergeIntoMyTerms(imported: MyTerms): Promise<{ saved: number; history: number }> {
  return changeMyTerms(async () => {
    const here = await loadMyTerms();
    const saved = mergeSaved(here.saved, imported.saved);
    await savedTermsItem.save(saved);
    const history = mergeHistory(here.history, imported.history);
    await lookupHistoryItem.save(history);
    return { saved: saved.length - here.saved.length, history: history.length - here.history.length };
  });
}

/** Calls `onChange` with both lists whenever either changes. */
export function watchMyTerms(onChange: (terms: MyTerms) => void): () => void {
  const again = () =>
    void loadMyTerms().then(onChange, (error: unknown) => console.error('[dystonia-glossary] could not read my terms', error));
  const stops = [lookupHistoryItem.watch(again), savedTermsItem.watch(again)];
  return () => stops.forEach((stop) => stop());
}
