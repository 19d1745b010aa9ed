/**
 * What the appointment page shows and copies (issue #17): the saved terms, in the order saved,
 * each with its short definition, its safety notes and the user's note. Pure.
 */
import { safetyNotes } from '../glossary/safety';
import type { GlossaryEntry } from '../glossary/types';
import type { SavedTerm } from './saved-terms';

export interface AppointmentItem {
  id: string;
  term: string;
  short: string;
  safety: string[];
  note: string;
}

/** Saved terms whose entry is gone (an own term deleted since) are left out, not shown empty. */
export function appointmentItems(saved: readonly SavedTerm[], lookup: (id: string) => GlossaryEntry | undefined): AppointmentItem[] {
  return saved.flatMap((s) => {
    const entry = lookup(s.id);
    return entry ? [{ id: s.id, term: entry.term, short: entry.short, safety: safetyNotes(entry, lookup), note: s.note.trim() }] : [];
  });
}

export interface AppointmentWords {
  title: string;
  made: string;
  important: string;
  note: string;
  notAdvice: string;
}

/** Plain text to paste into an email or a notes app: no markup, one blank line between terms. */
export function appointmentText(items: readonly AppointmentItem[], words: AppointmentWords): string {
  const blocks = items.map((item) =>
    [
      item.term,
      item.short,
      ...item.safety.map((s) => `${words.important}: ${s}`),
      ...(item.note ? [`${words.note}: ${item.note}`] : []),
    ].join('\n'),
  );
  return [`${words.title}\n${words.made}`, ...blocks, words.notAdvice].join('\n\n') + '\n';
}
