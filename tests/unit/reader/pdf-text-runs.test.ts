import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/glossary';
import { compileMatcher, findMatches, formsOf } from '../../../src/matching';
import { hasReadableText, joinHyphenatedLines, readingText } from '../../../src/reader/pdf-text-runs';

const run = (str: string, hasEOL = false) => ({ str, hasEOL, dir: 'ltr', width: 10 });
const matcher = compileMatcher(formsOf(GLOSSARY));
const entriesIn = (text: string) => findMatches(matcher, text).map((m) => m.entryId);

describe('joinHyphenatedLines', () => {
  it('joins a word hyphenated at a line end, as Chromium prints it: the hyphen a run of its own, then an empty run with the line end', () => {
    const items = [
      run('Blepharo'),
      run('‐'),
      run('', true),
      run('spasm.', true),
      run('Trihexy'),
      run('‐'),
      run('', true),
      run('phenidyl.'),
    ];
    const joined = joinHyphenatedLines(items);
    expect(readingText(joined)).toBe('Blepharospasm. Trihexyphenidyl.');
    expect(entriesIn(readingText(joined))).toEqual(['blepharospasm', 'trihexyphenidyl']);
    // Unjoined, the halves are other words (and "spasm" another entry).
    expect(entriesIn(readingText(items))).not.toContain('blepharospasm');
  });

  it('joins a hyphen at the end of a run with its line end (ASCII, U+2010 and a soft hyphen)', () => {
    for (const hyphen of ['-', '\u2010', '\u00ad'])
      expect(readingText(joinHyphenatedLines([run('Cervical dys' + hyphen, true), run('tonia is treated.')]))).toBe(
        'Cervical dystonia is treated.',
      );
  });

  it('keeps a hyphen that belongs to the word: the next line starts with a capital or a digit, or the line does not end there', () => {
    expect(readingText(joinHyphenatedLines([run('L-', true), run('Dopa helps.')]))).toBe('L- Dopa helps.');
    expect(readingText(joinHyphenatedLines([run('COVID-', true), run('19 vaccines')]))).toBe('COVID- 19 vaccines');
    expect(readingText(joinHyphenatedLines([run('dopa-responsive dystonia')]))).toBe('dopa-responsive dystonia');
    expect(readingText(joinHyphenatedLines([run('writer'), run('-'), run('s cramp')]))).toBe('writer-s cramp');
  });

  it('reads a term broken across lines without a hyphen as one: a line end is a space', () => {
    const items = [run('deep brain', true), run('stimulation was offered')];
    expect(entriesIn(readingText(joinHyphenatedLines(items)))).toEqual(['deep-brain-stimulation']);
  });

  it('leaves pdf.js’s own runs unchanged and passes marked-content items through', () => {
    const hyphen = run('dys-', true);
    const marked = { type: 'beginMarkedContent', id: 'mc0' };
    const items = [marked, hyphen, run('tonia')];
    const joined = joinHyphenatedLines(items);
    expect(hyphen).toEqual(run('dys-', true));
    expect(joined[0]).toBe(marked);
    expect(joined[1]).toMatchObject({ str: 'dys', hasEOL: false, width: 10 });
  });
});

describe('hasReadableText', () => {
  it('is false for a scanned page (no runs, or only spaces and line ends) and true once a letter or digit is there', () => {
    expect(hasReadableText([])).toBe(false);
    expect(hasReadableText([run(' ', true), run('', true), { type: 'beginMarkedContent' }])).toBe(false);
    expect(hasReadableText([run('  7 ')])).toBe(true);
    expect(hasReadableText([run('Dystonia')])).toBe(true);
  });
});
