import { describe, expect, it } from 'vitest';
import { mergeSaved, NOTE_MAX, readSavedTerms, SAVED_CAP, setNote, setSaved, type SavedTerm } from '../../../src/my-terms/saved-terms';

describe('saved terms', () => {
  it('saves in order, once each, and keeps the note when saved again', () => {
    let saved: SavedTerm[] = setSaved([], 'putamen', true, 1);
    saved = setSaved(saved, 'dystonia', true, 2);
    saved = setNote(saved, 'putamen', 'Ask about side effects.');
    saved = setSaved(saved, 'putamen', true, 3);
    expect(saved).toEqual([
      { id: 'putamen', savedAt: 1, note: 'Ask about side effects.' },
      { id: 'dystonia', savedAt: 2, note: '' },
    ]);
    expect(setSaved(saved, 'putamen', false, 4).map((s) => s.id)).toEqual(['dystonia']);
  });

  it(`saves no more than ${SAVED_CAP}, and cuts a note at ${NOTE_MAX} characters`, () => {
    const full = Array.from({ length: SAVED_CAP }, (_, i) => ({ id: `t-${i}`, savedAt: i, note: '' }));
    expect(setSaved(full, 'one-more', true, 1)).toHaveLength(SAVED_CAP);
    expect(setNote([{ id: 'a', savedAt: 0, note: '' }], 'a', 'x'.repeat(NOTE_MAX + 10))[0]!.note).toHaveLength(NOTE_MAX);
  });

  it('reads stored or imported data without trusting it', () => {
    const reading = readSavedTerms([
      { id: 'putamen', savedAt: 5, note: 'mine' },
      { id: 'putamen', savedAt: 6, note: 'again' },
      { id: 'dystonia', savedAt: 7, note: 42 },
      { id: 3, savedAt: 1 },
      { id: 'x', savedAt: Infinity },
      [],
    ]);
    expect(reading.saved).toEqual([
      { id: 'putamen', savedAt: 5, note: 'mine' },
      { id: 'dystonia', savedAt: 7, note: '' },
    ]);
    expect(reading.dropped).toBe(4);
    expect(readSavedTerms('putamen')).toEqual({ saved: [], dropped: 1 });
  });

  it('joins imported saved terms to those here, keeping both notes', () => {
    const here = [{ id: 'putamen', savedAt: 1, note: 'Ask about dose.' }];
    const imported = [
      { id: 'putamen', savedAt: 0, note: 'Ask about side effects.' },
      { id: 'dystonia', savedAt: 2, note: '' },
    ];
    expect(mergeSaved(here, imported)).toEqual([
      { id: 'putamen', savedAt: 1, note: 'Ask about side effects.\nAsk about dose.' },
      { id: 'dystonia', savedAt: 2, note: '' },
    ]);
    expect(mergeSaved(here, here)).toEqual(here);
  });
});
