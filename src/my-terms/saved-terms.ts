/**
 * Terms the user saved for their appointment (issue #17), each with a note of their own ("ask
 * about side effects"), in the order saved. Kept in `local` with the history: notes are
 * health information in the user's own words, and stay on this device unless the user exports
 * them. Pure.
 */
import { readRecords } from './records';

export interface SavedTerm {
  id: string;
  /** Epoch milliseconds. */
  savedAt: number;
  note: string;
}

export const SAVED_CAP = 500;
export const NOTE_MAX = 2000;

export const isSaved = (saved: readonly SavedTerm[], id: string): boolean => saved.some((s) => s.id === id);

/** Saves (at the end, keeping a note already there) or unsaves a term. A full list saves nothing more. */
export function setSaved(saved: readonly SavedTerm[], id: string, on: boolean, at: number): SavedTerm[] {
  if (!on) return saved.filter((s) => s.id !== id);
  if (isSaved(saved, id) || saved.length >= SAVED_CAP) return [...saved];
  return [...saved, { id, savedAt: at, note: '' }];
}

export function setNote(saved: readonly SavedTerm[], id: string, note: string): SavedTerm[] {
  return saved.map((s) => (s.id === id ? { ...s, note: note.slice(0, NOTE_MAX) } : s));
}

export interface SavedReading {
  saved: SavedTerm[];
  dropped: number;
}

/** Whatever is stored or imported, as saved terms: unreadable records, and any past the cap, are dropped and counted, never thrown on. */
export function readSavedTerms(value: unknown): SavedReading {
  const { records, dropped } = readRecords(
    value,
    (id, { savedAt, note }): SavedTerm | undefined =>
      typeof savedAt === 'number' && Number.isFinite(savedAt)
        ? { id, savedAt, note: typeof note === 'string' ? note.slice(0, NOTE_MAX) : '' }
        : undefined,
    SAVED_CAP,
  );
  return { saved: records, dropped };
}

/** Imported saved terms joined to those already here: notes on both sides are kept (the imported one first when they differ). */
export function mergeSaved(here: readonly SavedTerm[], imported: readonly SavedTerm[]): SavedTerm[] {
  const byId = new Map(here.map((s) => [s.id, s]));
  for (const s of imported) {
    const mine = byId.get(s.id);
    if (!mine) byId.set(s.id, s);
    else if (s.note && s.note !== mine.note)
      byId.set(s.id, { ...mine, note: mine.note ? `${s.note}\n${mine.note}`.slice(0, NOTE_MAX) : s.note });
  }
  return [...byId.values()].slice(0, SAVED_CAP);
}
