import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../../src/glossary/types';
import { compileMatcher, findMatches, formsOf } from '../../../src/matching';

function entry(id: string, term: string, aliases: string[] = []): GlossaryEntry {
  return { id, term, aliases, category: 'types', short: 's', long: 'long', related: [], sources: ['mayo-dystonia'] };
}

const matcher = compileMatcher(
  formsOf([entry('basal-ganglia', 'basal ganglia'), entry('basal', 'basal'), entry('alpha', '𝛼-synuclein'), entry('dystonia', 'dystonia')]),
);
const texts = (text: string) => findMatches(matcher, text).map((m) => m.text);

describe('the trie matcher', () => {
  it('falls back to a shorter form when the longer one would end inside a word', () => {
    expect(texts('basal gangliar, basal ganglia')).toEqual(['basal', 'basal ganglia']);
  });

  it('reads characters outside the BMP as one character, in forms and at word boundaries', () => {
    expect(texts('𝛼-synuclein, 𝛼 synuclein, 𝛼synuclein')).toEqual(['𝛼-synuclein', '𝛼 synuclein', '𝛼synuclein']);
    // A mathematical letter before is part of the word; an emoji is not.
    expect(texts('𝐀dystonia 😀dystonia')).toEqual(['dystonia']);
  });

  it('treats a combining mark as part of the word', () => {
    expect(texts('dystonia\u0301 dystonia')).toEqual(['dystonia']);
  });

  it('keeps RegExp exec semantics: starts at lastIndex, and resets it to 0 at the end', () => {
    const { regex } = matcher;
    regex.lastIndex = 9;
    const match = regex.exec('dystonia dystonia');
    expect(match?.index).toBe(9);
    expect(regex.lastIndex).toBe(17);
    expect(regex.exec('dystonia dystonia')).toBeNull();
    expect(regex.lastIndex).toBe(0);
  });
});
