/**
 * The user's lookup history (issue #17): one record per term, most recent first, with how many
 * times it was looked up, when first and last, and the title of the page it was last looked up
 * on (its address only when the user asks for it). Kept in `local`, never synced or sent. Pure.
 */
import { readRecords } from './records';

export interface Lookup {
  /** The entry id (a user's own term: its opaque id). */
  id: string;
  count: number;
  /** Epoch milliseconds. */
  first: number;
  last: number;
  /** The page's title where it was last looked up ('' for the toolbar popup). */
  title: string;
  /** That page's address, only when the user keeps addresses (Settings.historyWithAddress). */
  url?: string;
}

export interface LookupVisit {
  id: string;
  at: number;
  title: string;
  url?: string;
}

/** Oldest records go past this many terms. */
export const HISTORY_CAP = 1000;
/**
 * An explanation opened again this soon is the same lookup: a shaky hand that leaves a term and
 * comes back, Back from a related term, or a second frame on the page do not inflate the count.
 */
export const SAME_LOOKUP_MS = 60_000;
/** Page titles and addresses are cut to this: a hostile page can set a title of megabytes. */
export const TITLE_MAX = 200;
export const URL_MAX = 500;

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The history after one more lookup: counted on the term's record, which moves to the top. */
export function recordLookup(history: readonly Lookup[], visit: LookupVisit): Lookup[] {
  const before = history.find((l) => l.id === visit.id);
  const sameLookup = before !== undefined && visit.at - before.last < SAME_LOOKUP_MS && visit.at >= before.last;
  const record: Lookup = {
    id: visit.id,
    count: (before?.count ?? 0) + (sameLookup ? 0 : 1),
    first: before?.first ?? visit.at,
    last: visit.at,
    title: cut(visit.title.trim(), TITLE_MAX),
    ...(visit.url ? { url: cut(visit.url, URL_MAX) } : {}),
  };
  return [record, ...history.filter((l) => l.id !== visit.id)].slice(0, HISTORY_CAP);
}

export const forgetLookup = (history: readonly Lookup[], id: string): Lookup[] => history.filter((l) => l.id !== id);

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 1;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

export interface HistoryReading {
  history: Lookup[];
  /** Records that could not be read (and are not kept). */
  dropped: number;
}

/** Whatever is stored or imported, as a history: unreadable records are dropped and counted, never thrown on. */
export function readHistory(value: unknown): HistoryReading {
  const { records, dropped } = readRecords(value, (id, { count, first, last, title, url }): Lookup | undefined =>
    isCount(count) && isTime(first) && isTime(last)
      ? {
          id,
          count,
          first: Math.min(first, last),
          last,
          title: typeof title === 'string' ? cut(title, TITLE_MAX) : '',
          ...(typeof url === 'string' && url !== '' ? { url: cut(url, URL_MAX) } : {}),
        }
      : undefined,
  );
  // Past the cap, the oldest go, as they would have as the user read on: not a fault of the data.
  records.sort((a, b) => b.last - a.last);
  return { history: records.slice(0, HISTORY_CAP), dropped };
}

/** An imported history joined to the one here, by term: the larger count, the earliest first and the latest last lookup. */
export function mergeHistory(here: readonly Lookup[], imported: readonly Lookup[]): Lookup[] {
  const byId = new Map(here.map((l) => [l.id, l]));
  for (const l of imported) {
    const mine = byId.get(l.id);
    if (!mine) {
      byId.set(l.id, l);
      continue;
    }
    const later = l.last > mine.last ? l : mine;
    byId.set(l.id, { ...later, count: Math.max(l.count, mine.count), first: Math.min(l.first, mine.first) });
  }
  return [...byId.values()].sort((a, b) => b.last - a.last).slice(0, HISTORY_CAP);
}
