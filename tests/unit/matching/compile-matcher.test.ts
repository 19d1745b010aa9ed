import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../../src/glossary/types';
import {
  compileMatcher,
  compileMatcherData,
  findMatches,
  formsOf,
  FormCollisionError,
  FormOwners,
  matcherFromData,
} from '../../../src/matching';

function entry(id: string, term: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return { id, term, aliases: [], category: 'types', short: 's', long: 'long', related: [], sources: ['mayo-dystonia'], ...extra };
}

const entries: GlossaryEntry[] = [
  entry('dystonia', 'dystonia', { aliases: ['dystonias', 'dystonic'] }),
  entry('cervical-dystonia', 'cervical dystonia', {
    aliases: ['torticollis', 'spasmodic torticollis'],
    abbreviations: ['CD'],
    contextGated: ['CD'],
  }),
  entry('parkinsons-disease', "Parkinson's disease", { aliases: ['Parkinson disease'], abbreviations: ['PD'], contextGated: ['PD'] }),
  entry('writers-cramp', "writer's cramp", { aliases: ['writers cramp', "writers' cramp"] }),
  entry('dopa-responsive-dystonia', 'dopa-responsive dystonia', { abbreviations: ['DRD'] }),
  entry('co-contraction', 'co-contraction'),
  entry('basal-ganglia', 'basal ganglia', { aliases: ['basal ganglion'] }),
  entry('gaba', 'GABA', { abbreviations: ['GABA', 'GABA-A'] }),
  entry('tremor', 'tremor', { aliases: ['tremors'], contextGated: true }),
  entry('trihexyphenidyl', 'trihexyphenidyl', { aliases: ['Artane'] }),
  entry('gag-deletion', 'GAG deletion', { aliases: ['ΔGAG'] }),
];
const matcher = compileMatcher(formsOf(entries));
const ids = (text: string) => findMatches(matcher, text).map((m) => m.entryId);
const texts = (text: string) => findMatches(matcher, text).map((m) => m.text);

describe('compileMatcher / findMatches', () => {
  it('prefers the longest form: "cervical dystonia" is one match, not "dystonia"', () => {
    expect(findMatches(matcher, 'She has cervical dystonia.')).toEqual([
      { start: 8, end: 25, text: 'cervical dystonia', entryId: 'cervical-dystonia', gate: 'none', givesContext: true },
    ]);
    expect(ids('spasmodic torticollis and torticollis')).toEqual(['cervical-dystonia', 'cervical-dystonia']);
  });

  it('matches any capitalisation of case-insensitive forms', () => {
    expect(texts('DYSTONIA, Dystonia, dYsToNiA')).toEqual(['DYSTONIA', 'Dystonia', 'dYsToNiA']);
  });

  it('matches straight and curly apostrophes to the same entry', () => {
    expect(ids("Parkinson's disease and Parkinson’s disease and Parkinson‘s disease")).toEqual([
      'parkinsons-disease',
      'parkinsons-disease',
      'parkinsons-disease',
    ]);
    expect(ids("writer's cramp, writer’s cramp, writers' cramp, writers cramp")).toEqual(Array(4).fill('writers-cramp'));
  });

  it('does not make an apostrophe optional (Parkinsons disease is not listed)', () => {
    expect(ids('Parkinsons disease')).toEqual([]);
  });

  it('accepts hyphen, space, no-space and line-break variants of a hyphenated term', () => {
    expect(ids('dopa-responsive dystonia; dopa responsive dystonia; doparesponsive dystonia')).toEqual(
      Array(3).fill('dopa-responsive-dystonia'),
    );
    expect(ids('co-contraction, co contraction, cocontraction, co‑contraction')).toEqual(Array(4).fill('co-contraction'));
  });

  it('matches a space in a term to a hyphen too: separators are symmetric', () => {
    expect(texts('the basal-ganglia; dopa-responsive-dystonia; dopa‑responsive dystonia')).toEqual([
      'basal-ganglia',
      'dopa-responsive-dystonia',
      'dopa‑responsive dystonia',
    ]);
    expect(ids('cervical-dystonia')).toEqual(['cervical-dystonia']);
    // One separator, not two: "basal--ganglia" or "basal - ganglia" is not the term.
    expect(ids('basal - ganglia')).toEqual([]);
  });

  it('accepts line breaks and runs of spaces inside multi-word terms', () => {
    expect(texts('the basal\n   ganglia and basal\u00a0ganglion')).toEqual(['basal\n   ganglia', 'basal\u00a0ganglion']);
  });

  it('only matches whole words, Unicode-aware', () => {
    expect(ids('dystoniaX predystonia dystonia2 dystoniaé')).toEqual([]);
    expect(ids('(dystonia) "dystonia" dystonia—and')).toEqual(['dystonia', 'dystonia', 'dystonia']);
    expect(ids('ΔGAG')).toEqual(['gag-deletion']);
  });

  it('matches case-sensitive abbreviations only as written', () => {
    expect(ids('PD and CD and DRD')).toEqual(['parkinsons-disease', 'cervical-dystonia', 'dopa-responsive-dystonia']);
    expect(ids('pd, Cd, drd, gaba')).toEqual([]);
    expect(ids('GABA-A receptors use GABA')).toEqual(['gaba', 'gaba']);
    expect(texts('GABA-A')).toEqual(['GABA-A']);
  });

  it('matches brand names followed by a trademark sign', () => {
    expect(texts('Artane® and Artane™')).toEqual(['Artane', 'Artane']);
  });

  it('gates abbreviations on their long form and ordinary words on context, and keeps other forms of the entry ungated', () => {
    const found = findMatches(matcher, 'PD, Parkinson disease, tremors');
    expect(found.map((m) => [m.text, m.gate])).toEqual([
      ['PD', 'expansion'],
      ['Parkinson disease', 'none'],
      ['tremors', 'context'],
    ]);
  });

  it('rejects two entries claiming the same form, whatever its spelling', () => {
    expect(() => compileMatcher(formsOf([entry('a', "writer's cramp"), entry('b', 'writers cramp')]))).toThrow(FormCollisionError);
    expect(() => compileMatcher(formsOf([entry('a', 'co-contraction'), entry('b', 'cocontraction')]))).toThrow(/same form/);
  });

  it("rejects a case-sensitive abbreviation that shadows another entry's word", () => {
    expect(() => compileMatcher(formsOf([entry('a', 'tic'), entry('b', 'TIC', { abbreviations: ['TIC'] })]))).toThrow(
      /differ only in case/,
    );
    // In either order: the check must not depend on which entry came first.
    expect(() => compileMatcher(formsOf([entry('b', 'TIC', { abbreviations: ['TIC'] }), entry('a', 'tic')]))).toThrow(
      /differ only in case/,
    );
  });

  it('an empty glossary matches nothing', () => {
    expect(findMatches(compileMatcher([]), 'anything at all')).toEqual([]);
  });

  it('survives being stored as JSON (the build ships it that way): same matches, same owners', () => {
    const sample = 'Cervical dystonia (CD), writer’s cramp, Artane®, GABA-A, dopa responsive dystonia, basal\n ganglia, PD and tremors.';
    const restored = matcherFromData(JSON.parse(JSON.stringify(compileMatcherData(formsOf(entries)))));
    expect(findMatches(restored, sample)).toEqual(findMatches(matcher, sample));
    expect(findMatches(restored, sample).length).toBeGreaterThan(6);
  });

  it('restored owners still refuse clashing forms, in both directions', () => {
    const owners = FormOwners.fromList(compileMatcherData(formsOf(entries)).owners);
    expect(owners.conflict({ text: 'writers’ cramp', entryId: 'x', caseSensitive: false, gate: 'none', givesContext: false })).toMatch(
      /same form/,
    );
    expect(owners.conflict({ text: 'drd', entryId: 'x', caseSensitive: false, gate: 'none', givesContext: false })).toMatch(
      /differ only in case/,
    );
    expect(owners.conflict({ text: 'Dystonia', entryId: 'x', caseSensitive: true, gate: 'none', givesContext: false })).toMatch(
      /differ only in case/,
    );
    expect(owners.conflict({ text: 'zorvatrel', entryId: 'x', caseSensitive: false, gate: 'none', givesContext: false })).toBeNull();
  });
});
