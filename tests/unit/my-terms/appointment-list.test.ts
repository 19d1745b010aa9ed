import { describe, expect, it } from 'vitest';
import { entriesById, GLOSSARY } from '../../../src/glossary';
import { appointmentItems, appointmentText } from '../../../src/my-terms/appointment-list';

const byId = entriesById(GLOSSARY);
const lookup = (id: string) => byId.get(id);
const withSafety = GLOSSARY.find((e) => typeof e.safety === 'string' && e.safety.length > 0)!;

describe('the appointment list', () => {
  it('gives each saved term its short definition, its safety notes and the note, leaving out terms that are gone', () => {
    const items = appointmentItems(
      [
        { id: withSafety.id, savedAt: 1, note: '  Ask about side effects. ' },
        { id: 'custom-deleted00000', savedAt: 2, note: 'x' },
        { id: 'putamen', savedAt: 3, note: '' },
      ],
      lookup,
    );
    expect(items.map((i) => i.id)).toEqual([withSafety.id, 'putamen']);
    expect(items[0]).toMatchObject({ term: withSafety.term, short: withSafety.short, note: 'Ask about side effects.' });
    expect(items[0]!.safety).toContain(withSafety.safety);
  });

  it('copies as plain text: each term a block, its safety and note labelled, the medical-advice note at the end', () => {
    const items = appointmentItems([{ id: withSafety.id, savedAt: 1, note: 'Ask about side effects.' }], lookup);
    const text = appointmentText(items, {
      title: 'For my appointment',
      made: 'Made on 1 December 2026.',
      important: 'Important',
      note: 'My note',
      notAdvice: 'Not medical advice.',
    });
    expect(text).toBe(
      [
        'For my appointment\nMade on 1 December 2026.',
        [withSafety.term, withSafety.short, ...items[0]!.safety.map((s) => `Important: ${s}`), 'My note: Ask about side effects.'].join(
          '\n',
        ),
        'Not medical advice.',
      ].join('\n\n') + '\n',
    );
    expect(text).not.toMatch(/<[a-z]/i);
  });
});
