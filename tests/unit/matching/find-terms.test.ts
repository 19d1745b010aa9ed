/** The word-level rules of issue #11 against the real glossary, word for word as the issue gives them. */
import { describe, expect, it } from 'vitest';
import { entriesById, GLOSSARY } from '../../../src/glossary';
import { allowedMatches, compileMatcher, findTerms, formsOf, PageAbbreviations } from '../../../src/matching';

const matcher = compileMatcher(formsOf(GLOSSARY));
const byId = entriesById(GLOSSARY);
const isSubstance = (id: string) => ['medications', 'brain-chemistry'].includes(byId.get(id)?.category ?? '');

/** A page given as blocks: definitions are learned from every block first, then each block is read. */
function page(...blocks: string[]): Array<[string, string]> {
  const abbreviations = new PageAbbreviations();
  for (const b of blocks) abbreviations.learn(b, matcher);
  const matches = blocks.flatMap((b) => findTerms(matcher, b, { isSubstance, abbreviations }));
  return allowedMatches(matches).map((m) => [m.text, m.entryId]);
}

describe('findTerms: word edges', () => {
  it('"non-benzodiazepine" is not a benzodiazepine; "anti-" negates a drug but not a condition', () => {
    expect(page('A non-benzodiazepine sleeping tablet and a benzodiazepine.')).toEqual([['benzodiazepine', 'benzodiazepine']]);
    expect(page('Dystonia: an anti-dopamine drug, an anti-spasticity medicine.').map(([, id]) => id)).toEqual(['dystonia', 'spasticity']);
  });

  it('nothing is highlighted inside web addresses, e-mail addresses or file names printed as text', () => {
    expect(page('Read www.dystonia.org.uk/cervical-dystonia or write to dystonia@example.org.')).toEqual([]);
    expect(page('Download botulinum-toxin-leaflet.pdf about botulinum toxin.')).toEqual([['botulinum toxin', 'botulinum-toxin']]);
  });

  it('standard deviations, time zones and DBS checks are not glossary abbreviations, even on a dystonia page', () => {
    const ids = page(
      'Cervical dystonia, spasmodic dysphonia and essential tremor: mean age 52 (SD 11). Webinar 7 pm ET. An enhanced DBS check is needed. Deep brain stimulation (DBS) helps.',
    ).map(([t]) => t);
    expect(ids).not.toContain('SD');
    expect(ids).not.toContain('ET');
    expect(ids.filter((t) => t === 'DBS')).toHaveLength(1);
  });

  it('a space in a term also matches a hyphen', () => {
    expect(page('Deep-brain stimulation was offered.')).toEqual([['Deep-brain stimulation', 'deep-brain-stimulation']]);
  });
});

describe('findTerms: abbreviations the page defines', () => {
  it('a DBS paper\'s "high frequency stimulation (HFS)" is not hemifacial spasm anywhere on that page', () => {
    const found = page('Dystonia improved with high frequency stimulation (HFS).', 'HFS at 130 Hz was used.');
    expect(found.filter(([t]) => t === 'HFS')).toEqual([]);
  });

  it('"paroxysmal dyskinesias (PD)" makes PD paroxysmal dyskinesia on that page, not Parkinson\'s disease', () => {
    const found = page('Children with paroxysmal dyskinesias (PD) were seen.', 'In PD, attacks are brief.');
    expect(found.filter(([t]) => t === 'PD')).toEqual([
      ['PD', 'paroxysmal-dyskinesia'],
      ['PD', 'paroxysmal-dyskinesia'],
    ]);
  });

  it('"cervical dystonia (CD)" makes CD cervical dystonia, even before the definition and though CD is gated', () => {
    const found = page('CD is the most common focal dystonia.', 'Cervical dystonia (CD) affects the neck.');
    expect(found.filter(([t]) => t === 'CD').map(([, id]) => id)).toEqual(['cervical-dystonia', 'cervical-dystonia']);
  });

  it('a short form the glossary lacks is highlighted when the page defines it with a glossary term', () => {
    expect(page("Musician's focal dystonia (MFD) ends careers. MFD is treatable.").filter(([t]) => t === 'MFD')).toHaveLength(3 - 1);
  });

  it('a definition in a different paragraph does not pair up, and "(see CD below)" defines nothing', () => {
    const learned = (...blocks: string[]) => {
      const a = new PageAbbreviations();
      for (const b of blocks) a.learn(b, matcher);
      return a;
    };
    expect(learned('We studied cervical dystonia.', '(CD) was common.').meaning('CD')).toBeUndefined();
    expect(learned('Injections help (see CD below).').meaning('CD')).toBeUndefined();
    // Crohn's disease is not a glossary term: on this page CD means something else.
    expect(learned("Crohn's disease (CD) is not covered.").meaning('CD')).toBeNull();
    expect(page("Cervical dystonia is common. Crohn's disease (CD) is not covered; CD flares.").filter(([t]) => t === 'CD')).toEqual([]);
  });
});
