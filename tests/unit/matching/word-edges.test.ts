import { describe, expect, it } from 'vitest';
import { isNegatedByPrefix, isOtherMeaningHere, overlapsAny, unmatchableSpans } from '../../../src/matching/word-edges';

const negated = (text: string, word: string, substance = true) => isNegatedByPrefix(text, text.indexOf(word), substance);
const spans = (text: string) => unmatchableSpans(text).map(([a, b]) => text.slice(a, b));

describe('negating prefixes', () => {
  it('"non-" and "pseudo-" always negate the term that follows the hyphen', () => {
    expect(negated('a non-benzodiazepine sleeping tablet', 'benzodiazepine')).toBe(true);
    expect(negated('Non‑dystonic tremor', 'dystonic', false)).toBe(true);
    expect(negated('pseudo-dystonia in children', 'dystonia', false)).toBe(true);
  });

  it('"anti-" negates a substance but not a condition', () => {
    expect(negated('an anti-dopamine drug', 'dopamine', true)).toBe(true);
    expect(negated('an anti-spasticity medicine', 'spasticity', false)).toBe(false);
  });

  it('needs the hyphen, and the prefix as a word of its own', () => {
    expect(negated('non benzodiazepine', 'benzodiazepine')).toBe(false);
    expect(negated('canon-dystonia', 'dystonia', false)).toBe(false);
    expect(negated('a benzodiazepine', 'benzodiazepine')).toBe(false);
    expect(negated('benzodiazepine', 'benzodiazepine')).toBe(false);
  });
});

describe('addresses and file names', () => {
  it('finds web addresses with and without a scheme, e-mail addresses and file names', () => {
    expect(spans('See https://www.dystonia.org.uk/botulinum-toxin for more.')).toEqual(['https://www.dystonia.org.uk/botulinum-toxin']);
    expect(spans('Visit dystonia.org.uk/drugs-used-for-dystonia today.')).toEqual(['dystonia.org.uk/drugs-used-for-dystonia']);
    expect(spans('Write to dystonia.nurse@hospital.nhs.uk.')).toEqual(['dystonia.nurse@hospital.nhs.uk']);
    expect(spans('Download deep-brain-stimulation-leaflet.pdf here.')).toEqual(['deep-brain-stimulation-leaflet.pdf']);
  });

  it('leaves ordinary sentences alone, full stops and all', () => {
    expect(spans('Dystonia is common. Botulinum toxin helps.')).toEqual([]);
    expect(spans('It was 2.5 mg a day, e.g. at night.')).toEqual([]);
  });

  it('tells whether a match overlaps a span', () => {
    const s: Array<[number, number]> = [
      [5, 10],
      [20, 30],
    ];
    expect(overlapsAny(s, 0, 5)).toBe(false);
    expect(overlapsAny(s, 9, 12)).toBe(true);
    expect(overlapsAny(s, 10, 20)).toBe(false);
    expect(overlapsAny(s, 25, 26)).toBe(true);
  });
});

describe('abbreviations that mean something else where they stand (review row D2)', () => {
  const other = (text: string, abbreviation: string) => {
    const at = text.indexOf(abbreviation);
    return isOtherMeaningHere(text, at, at + abbreviation.length);
  };
  it('reads SD beside a number or ± as a standard deviation', () => {
    expect(other('Mean age 52 (SD 11) years', 'SD')).toBe(true);
    expect(other('onset at 41 ± SD', 'SD')).toBe(true);
    expect(other('mean 3.2 SD', 'SD')).toBe(true);
    expect(other('SD is treated with botulinum toxin', 'SD')).toBe(false);
  });
  it('reads ET and PT after a time as time zones', () => {
    expect(other('Webinar, Thursday 7 pm ET', 'ET')).toBe(true);
    expect(other('Starts 10am PT.', 'PT')).toBe(true);
    expect(other('People with ET often have a head tremor', 'ET')).toBe(false);
    expect(other('See your PT twice a week', 'PT')).toBe(false);
  });
  it('reads a DBS check as a criminal-record check', () => {
    expect(other('Volunteers need an enhanced DBS check.', 'DBS')).toBe(true);
    expect(other('Your DBS certificate', 'DBS')).toBe(true);
    expect(other('DBS can help generalised dystonia', 'DBS')).toBe(false);
  });
});
