import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/glossary';
import { compileMatcher, findMatches, formsOf } from '../../../src/matching';

describe('glossary matching metadata', () => {
  const forms = formsOf(GLOSSARY);

  it('compiles into one matcher with no form claimed by two entries', () => {
    expect(() => compileMatcher(forms)).not.toThrow();
  });

  it('finds every form, in a sentence, as exactly one match for its own entry', () => {
    const matcher = compileMatcher(forms);
    const wrong = forms.flatMap((form) => {
      const found = findMatches(matcher, `Text about ${form.text}, here.`);
      const ok = found.length === 1 && found[0]!.text === form.text && found[0]!.entryId === form.entryId;
      return ok ? [] : [`"${form.text}" (${form.entryId}) → ${JSON.stringify(found.map((m) => [m.text, m.entryId]))}`];
    });
    expect(wrong).toEqual([]);
  });

  it('gates the ordinary words and short abbreviations named in the research notes', () => {
    const gated = new Set(forms.filter((f) => f.gate !== 'none').map((f) => f.text.toLowerCase()));
    for (const word of ['tremor', 'spasm', 'cramp', 'stroke', 'tic', 'rigidity', 'botox', 'pd', 'cd', 'dbs']) {
      expect(gated, word).toContain(word);
    }
  });
});
