/** Reads bundled glossary text for the accuracy and review-fix tests. */
import { entriesById, GLOSSARY, safetyNotes, type GlossaryEntry } from '../../../src/glossary';
import { allowedMatches, compileMatcher, findMatches, formsOf } from '../../../src/matching';

const byId = entriesById(GLOSSARY);

export function entry(id: string): GlossaryEntry {
  const e = byId.get(id);
  if (!e) throw new Error(`no glossary entry with id ${id}`);
  return e;
}

/** What the popover's "Important" block shows for an entry: its own safety text, then any it takes from another entry. */
export function safetyText(id: string): string {
  return safetyNotes(entry(id), (x) => byId.get(x)).join(' ');
}

/** Everything a reader can see of an entry: short, long and the safety block. */
export function entryText(id: string): string {
  const e = entry(id);
  return [e.short, e.long, safetyText(id)].join(' ');
}

/** Every form the matcher highlights for an entry. */
export function formsOfEntry(id: string): string[] {
  const e = entry(id);
  return [e.term, ...e.aliases, ...(e.abbreviations ?? [])];
}

const forms = formsOf(GLOSSARY);
const matcher = compileMatcher(forms);

/** What a page of this text would show highlighted, after gating: [matched text in lower case, entry id]. */
export function highlighted(page: string): [string, string][] {
  return allowedMatches(findMatches(matcher, page)).map((m) => [m.text.toLowerCase(), m.entryId]);
}

/** How a form of an entry is gated ('none', 'context', 'expansion'), or undefined when it is not one of its forms. */
export function gateOf(text: string, entryId: string): string | undefined {
  return forms.find((f) => f.entryId === entryId && f.text.toLowerCase() === text.toLowerCase())?.gate;
}

export const lower = (xs: string[]): string[] => xs.map((x) => x.toLowerCase());
