/**
 * The safety notes an entry shows in its "Important" block: its own, then those of the
 * entry it takes safety text from (a botulinum toxin brand shows the class warning), so a
 * warning is written once and every product that needs it shows it.
 */
import type { GlossaryEntry } from './types';

export function safetyNotes(entry: GlossaryEntry, lookup: (id: string) => GlossaryEntry | undefined): string[] {
  const notes: string[] = [];
  const seen = new Set<string>();
  for (let e: GlossaryEntry | undefined = entry; e && !seen.has(e.id); e = e.safetyFrom ? lookup(e.safetyFrom) : undefined) {
    seen.add(e.id);
    if (typeof e.safety === 'string' && e.safety.trim() !== '') notes.push(e.safety);
  }
  return notes;
}
