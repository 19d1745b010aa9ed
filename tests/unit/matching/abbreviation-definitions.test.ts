import { describe, expect, it } from 'vitest';
import { bestLongForm, findAbbreviationDefinitions, isShortFormCandidate } from '../../../src/matching/abbreviation-definitions';

const pairs = (text: string) => findAbbreviationDefinitions(text).map((d) => [d.short, d.long]);

describe('abbreviation definitions (Schwartz–Hearst)', () => {
  it('finds "long form (SF)", taking only the words the letters reach', () => {
    expect(pairs('In this trial, high frequency stimulation (HFS) was used.')).toEqual([['HFS', 'high frequency stimulation']]);
    expect(pairs('Patients with paroxysmal dyskinesias (PD) were seen.')).toEqual([['PD', 'paroxysmal dyskinesias']]);
    expect(pairs('Most people with cervical dystonia (CD) are adults.')).toEqual([['CD', 'cervical dystonia']]);
    expect(pairs('Botulinum neurotoxin type A (BoNT-A) is injected.')).toEqual([['BoNT-A', 'Botulinum neurotoxin type A']]);
  });

  it('finds "SF (long form)" when the bracket is the whole long form', () => {
    expect(pairs('We used DBS (deep brain stimulation) in ten children.')).toEqual([['DBS', 'deep brain stimulation']]);
    expect(findAbbreviationDefinitions('We used DBS (deep brain stimulation).')[0]!.index).toBe('We used '.length);
  });

  it('gives the position of the short form in the text', () => {
    const text = 'Cervical dystonia (CD) is common.';
    const [d] = findAbbreviationDefinitions(text);
    expect(text.slice(d!.index, d!.index + d!.short.length)).toBe('CD');
  });

  it('reads only the innermost brackets, and the part before a separator', () => {
    expect(pairs('The globus pallidus internus (GPi (internal part)) is the target.')).toEqual([]);
    expect(pairs('The globus pallidus internus (GPi; see the figure) is the target.')).toEqual([['GPi', 'globus pallidus internus']]);
  });

  it('finds nothing where brackets hold something else', () => {
    expect(pairs('Injections help (see CD below).')).toEqual([]);
    expect(pairs('It was first described (Oppenheim, 1911) in children.')).toEqual([]);
    expect(pairs('Mean age 52 (SD 11) years.')).toEqual([]);
    expect(pairs('The dose was raised (slowly) over weeks.')).toEqual([]);
    // A long form that only partly matches: the letters are not all there, in order.
    expect(pairs('A new scale (XYZ) was used.')).toEqual([]);
  });

  it('never reaches back past the end of a sentence', () => {
    expect(pairs('Cervical dystonia is common. Some (CD) cases.')).toEqual([]);
  });

  it("keeps to the paper's short-form rules, with a capital letter required", () => {
    expect(isShortFormCandidate('DBS')).toBe(true);
    expect(isShortFormCandidate('BoNT-A')).toBe(true);
    expect(isShortFormCandidate('see below')).toBe(false);
    expect(isShortFormCandidate('dbs')).toBe(false);
    expect(isShortFormCandidate('A')).toBe(false);
    expect(isShortFormCandidate('ABCDEFGHIJK')).toBe(false);
    expect(bestLongForm('HFS', 'hemifacial spasm')).toBe('hemifacial spasm');
    expect(bestLongForm('HFS', 'deep brain stimulation')).toBeNull();
    expect(bestLongForm('HFS', 'the high frequency stimulation')).toBe('high frequency stimulation');
  });
});
