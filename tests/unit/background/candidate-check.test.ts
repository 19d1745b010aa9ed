import { describe, expect, it } from 'vitest';
import { batchMayHoldTerm } from '../../../src/background/candidate-check';
import { decodePrefilter, encodePrefilter } from '../../../src/matching/term-prefilter';

const glossary = decodePrefilter(encodePrefilter(['cervical dystonia', 'putamen']));
const own = decodePrefilter(encodePrefilter(['my word']));
const batch = (texts: string[], carry = '', joined: string[] = [], joinedCarry = '') => ({ carry, texts, joinedCarry, joined });

describe("the background's answer to a frame's text (the first stage's question)", () => {
  it('says yes for a key anywhere in the texts, no for text without one', () => {
    expect(batchMayHoldTerm(batch(['Nothing here.', 'The putamen is deep.']), [glossary])).toBe(true);
    expect(batchMayHoldTerm(batch(['Cervical spine.', 'Dystonia alone is not a key here.']), [glossary])).toBe(false);
  });

  it("reads a form's first words across texts and from the previous batch's carry", () => {
    expect(batchMayHoldTerm(batch(['about cervical', 'dystonia today']), [glossary])).toBe(true);
    expect(batchMayHoldTerm(batch(['dystonia today'], ' the cervical'), [glossary])).toBe(true);
    expect(batchMayHoldTerm(batch(['dystonia today'], ' the spine'), [glossary])).toBe(false);
  });

  it('reads the joined texts (letters meeting across nodes) as a stream of their own', () => {
    expect(batchMayHoldTerm(batch(['puta men'], '', ['putamen']), [glossary])).toBe(true);
    expect(batchMayHoldTerm(batch(['puta men'], '', ['men'], 'puta'), [glossary])).toBe(false);
  });

  it("knows the user's own terms only where it is given their table", () => {
    expect(batchMayHoldTerm(batch(['This is my word.']), [glossary])).toBe(false);
    expect(batchMayHoldTerm(batch(['This is my word.']), [glossary, own])).toBe(true);
  });
});
