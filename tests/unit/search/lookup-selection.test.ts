import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/glossary';
import { compileMatcher, formsOf } from '../../../src/matching';
import { lookupSelection } from '../../../src/search/lookup-selection';

const matcher = compileMatcher(formsOf(GLOSSARY));
const lookup = (text: string) => lookupSelection(text, GLOSSARY, matcher)?.id;

describe('lookupSelection', () => {
  it('finds the entry a selection names, in any case', () => {
    expect(lookup('Blepharospasm')).toBe('blepharospasm');
    expect(lookup('  botox ')).toBe('botulinum-toxin');
    expect(lookup('Writer’s cramp')).toBe('writers-cramp');
  });

  it('finds the first glossary term inside a longer selection', () => {
    expect(lookup('my cervical dystonia got worse')).toBe('cervical-dystonia');
  });

  it('returns nothing for text that is not in the glossary', () => {
    expect(lookup('xylophone')).toBeUndefined();
    expect(lookup('   ')).toBeUndefined();
  });
});
