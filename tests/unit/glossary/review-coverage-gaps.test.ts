/**
 * Words a coverage run over the development pages found unexplained: the medicines
 * regulators, keratitis, hemiplegia and alternating hemiplegia of childhood, PET scans,
 * creatine kinase, the KCTD17 and ECHS1 genes, and missing spellings of paroxysmal
 * kinesigenic dyskinesia, the Kayser-Fleischer ring and MDT. Each test pins an entry's key
 * fact, how its forms are gated, and its "Important" block (safetyText). The sentences here
 * are written for the tests; none comes from the development pages.
 */
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/glossary';
import { allowedMatches, compileMatcher, entryGivesContext, findMatches, formsOf } from '../../../src/matching';
import { entry, entryText, formsOfEntry, lower, safetyText } from './entry-text';

const forms = formsOf(GLOSSARY);
const matcher = compileMatcher(forms);

/** What a page would show highlighted, after gating: [matched text, entry id]. */
function highlighted(page: string): [string, string][] {
  return allowedMatches(findMatches(matcher, page)).map((m) => [m.text, m.entryId]);
}
const idsOn = (page: string) => highlighted(page).map(([, id]) => id);

function gateOf(text: string, entryId: string): string | undefined {
  return forms.find((f) => f.entryId === entryId && f.text === text)?.gate;
}

const NEW_ENTRIES = [
  'medicines-regulator',
  'keratitis',
  'hemiplegia',
  'alternating-hemiplegia-of-childhood',
  'pet-scan',
  'creatine-kinase',
  'kctd17',
  'echs1',
] as const;

describe('coverage gaps: the new entries as a set', () => {
  it('each has one to six lower-case search keywords that are not already its forms', () => {
    for (const id of NEW_ENTRIES) {
      const e = entry(id);
      const own = new Set(lower(formsOfEntry(id)));
      expect(e.keywords?.length ?? 0, id).toBeGreaterThanOrEqual(1);
      expect(e.keywords!.length, id).toBeLessThanOrEqual(6);
      for (const k of e.keywords!) expect(own.has(k), `${id}: ${k}`).toBe(false);
    }
  });

  it('gives dystonia context only for KCTD17, a myoclonus-dystonia gene', () => {
    for (const id of NEW_ENTRIES) {
      const e = entry(id);
      expect(e.dystoniaContext, id).toBe(id === 'kctd17');
      expect(entryGivesContext(e), id).toBe(id === 'kctd17');
    }
  });
});

describe('coverage gaps: medicines regulators', () => {
  it('names the FDA, MHRA and EMA with their long forms, and says approvals differ between countries', () => {
    const e = entry('medicines-regulator');
    expect(e.category).toBe('general');
    expect(e.aliases).toEqual(
      expect.arrayContaining([
        'Food and Drug Administration',
        'Medicines and Healthcare products Regulatory Agency',
        'European Medicines Agency',
      ]),
    );
    const text = entryText('medicines-regulator');
    expect(text).toMatch(/approved in one country but not in another/);
    expect(text).toMatch(/'FDA-approved' means approved in the United States/);
    expect(text).toMatch(/off-label/);
  });

  it('gates the abbreviations until the page names the agency, and highlights "FDA-approved" as it stands', () => {
    for (const abbr of ['FDA', 'MHRA', 'EMA']) expect(gateOf(abbr, 'medicines-regulator'), abbr).toBe('expansion');
    expect(idsOn('The FDA sent a letter.')).not.toContain('medicines-regulator');
    expect(idsOn('Ask EMA, the new pharmacist, about it.')).not.toContain('medicines-regulator');
    expect(highlighted('The Food and Drug Administration (FDA) reviews new drugs. The FDA also checks safety.')).toEqual(
      expect.arrayContaining([
        ['Food and Drug Administration', 'medicines-regulator'],
        ['FDA', 'medicines-regulator'],
      ]),
    );
    expect(highlighted('It is an FDA-approved treatment.')).toContainEqual(['FDA-approved', 'medicines-regulator']);
    expect(highlighted('It is FDA approved.')).toContainEqual(['FDA approved', 'medicines-regulator']);
    // Phrase-only: neither "medicines" nor "regulator" alone is a form.
    expect(idsOn('The regulator met. Take your medicines.')).not.toContain('medicines-regulator');
  });
});

describe('coverage gaps: keratitis', () => {
  it('explains the cornea and the link with eyelid botulinum toxin injections', () => {
    const e = entry('keratitis');
    expect(e.category).toBe('symptoms');
    expect(e.short).toMatch(/inflammation of the cornea/i);
    expect(e.long).toMatch(/botulinum toxin injections around the eyes/);
    expect(e.long).toMatch(/may not close fully/);
    expect(e.long).toMatch(/dry out/);
  });

  it('says in the safety block that a painful red eye or blurred vision needs prompt eye care', () => {
    const s = safetyText('keratitis');
    expect(s).toBe(entry('keratitis').safety);
    expect(s).toMatch(/painful red eye/);
    expect(s).toMatch(/blurred vision/);
    expect(s).toMatch(/prompt eye care/);
    expect(s).toMatch(/straight away/);
    expect(s).toMatch(/does not close fully after injections/);
  });
});

describe('coverage gaps: hemiplegia and alternating hemiplegia of childhood', () => {
  it('hemiplegia is one-sided paralysis, matched with its adjective, and shows the stroke warning', () => {
    const e = entry('hemiplegia');
    expect(e.category).toBe('symptoms');
    expect(e.short).toMatch(/one side of the body/);
    expect(e.long).toMatch(/most common cause is a stroke/);
    expect(e.long).toMatch(/not the same as hemidystonia/);
    expect(e.safety).toBeUndefined();
    expect(e.safetyFrom).toBe('stroke');
    expect(safetyText('hemiplegia')).toBe(entry('stroke').safety);
    expect(safetyText('hemiplegia')).toMatch(/call an emergency number at once/);
    expect(highlighted('She had a hemiplegic attack.')).toContainEqual(['hemiplegic', 'hemiplegia']);
  });

  it('alternating hemiplegia of childhood is an ATP1A3 condition starting before 18 months, with AHC gated', () => {
    const e = entry('alternating-hemiplegia-of-childhood');
    expect(e.category).toBe('related-conditions');
    expect(e.short).toMatch(/ATP1A3/);
    expect(e.short).toMatch(/switch sides/);
    expect(e.long).toMatch(/before 18 months/);
    expect(e.long).toMatch(/rapid-onset dystonia-parkinsonism/);
    expect(e.related).toEqual(expect.arrayContaining(['atp1a3', 'hemiplegia']));
    expect(entry('atp1a3').related).toContain('alternating-hemiplegia-of-childhood');
    expect(gateOf('AHC', 'alternating-hemiplegia-of-childhood')).toBe('expansion');
    expect(idsOn('The AHC meeting is on Monday.')).not.toContain('alternating-hemiplegia-of-childhood');
    expect(highlighted('A child with alternating hemiplegia of childhood (AHC) has attacks. AHC is rare.')).toContainEqual([
      'AHC',
      'alternating-hemiplegia-of-childhood',
    ]);
  });
});

describe('coverage gaps: PET scan', () => {
  it('spells out positron emission tomography and says it is often done with CT', () => {
    const e = entry('pet-scan');
    expect(e.category).toBe('procedures');
    expect(e.aliases).toContain('positron emission tomography');
    expect(e.long).toMatch(/PET stands for positron emission tomography/);
    expect(e.long).toMatch(/done together with a CT scan \(PET-CT\)/);
  });

  it('gates "PET" and matches the scan names only in capitals, so pets and PET plastic stay clean', () => {
    expect(gateOf('PET', 'pet-scan')).toBe('expansion');
    expect(gateOf('PET scan', 'pet-scan')).toBe('none');
    expect(gateOf('PET-CT', 'pet-scan')).toBe('none');
    expect(idsOn('The bottle is made of PET.')).not.toContain('pet-scan');
    expect(idsOn('Book a pet scan for the microchip at the vet.')).not.toContain('pet-scan');
    expect(highlighted('You may have a PET scan. PET shows how the brain works.')).toEqual(
      expect.arrayContaining([
        ['PET scan', 'pet-scan'],
        ['PET', 'pet-scan'],
      ]),
    );
    expect(highlighted('A PET-CT scan was booked.')).toContainEqual(['PET-CT scan', 'pet-scan']);
  });

  it('asks about pregnancy and breastfeeding in the safety block', () => {
    const s = safetyText('pet-scan');
    expect(s).toMatch(/pregnant/);
    expect(s).toMatch(/breastfeeding/);
    expect(s).toMatch(/slightly radioactive/);
  });
});

describe('coverage gaps: creatine kinase', () => {
  it('is the blood test for muscle breakdown in status dystonicus, and shows the rhabdomyolysis warning', () => {
    const e = entry('creatine-kinase');
    expect(e.category).toBe('procedures');
    expect(e.short).toMatch(/blood test/);
    expect(e.long).toMatch(/status dystonicus/);
    expect(e.long).toMatch(/rhabdomyolysis/);
    expect(e.related).toEqual(expect.arrayContaining(['status-dystonicus', 'rhabdomyolysis']));
    expect(e.safetyFrom).toBe('rhabdomyolysis');
    expect(safetyText('creatine-kinase')).toBe(entry('rhabdomyolysis').safety);
    expect(safetyText('creatine-kinase')).toMatch(/urgent medical help/);
  });

  it('lets dystonia context unlock "CK", which otherwise waits for its long form', () => {
    expect(entry('creatine-kinase').contextUnlocksAbbreviations).toEqual(['CK']);
    expect(gateOf('CK', 'creatine-kinase')).toBe('context');
    expect(gateOf('CPK', 'creatine-kinase')).toBe('expansion');
    expect(idsOn('Our CK store opens at nine.')).not.toContain('creatine-kinase');
    expect(highlighted('In status dystonicus the CK level can be very high.')).toContainEqual(['CK', 'creatine-kinase']);
    expect(highlighted('A creatine kinase test was done. The CK was normal.')).toContainEqual(['CK', 'creatine-kinase']);
  });
});

describe('coverage gaps: KCTD17 and ECHS1', () => {
  it('KCTD17 is a rare myoclonus-dystonia gene, matched only in capitals', () => {
    const e = entry('kctd17');
    expect(e.category).toBe('genetics');
    expect(e.abbreviations).toEqual(['KCTD17']);
    expect(e.short).toMatch(/rare cause of myoclonus-dystonia/);
    expect(e.long).toMatch(/SGCE/);
    expect(idsOn('A change in KCTD17 was found.')).toContain('kctd17');
    expect(idsOn('a change in kctd17 was found.')).not.toContain('kctd17');
  });

  it('ECHS1 is an autosomal recessive energy (metabolic) condition with dystonia attacks brought on by illness', () => {
    const e = entry('echs1');
    expect(e.category).toBe('genetics');
    expect(e.abbreviations).toContain('ECHS1');
    expect(e.long).toMatch(/both copies of the gene are changed/);
    expect(e.long).toMatch(/autosomal recessive/);
    expect(e.long).toMatch(/attacks of dystonia, often brought on by illness or exercise/);
    expect(safetyText('echs1')).toMatch(/Illness or hard exercise can bring on attacks of dystonia/);
    expect(safetyText('echs1')).toMatch(/plan/);
    expect(idsOn('A change in ECHS1 was found.')).toContain('echs1');
    expect(idsOn('a change in echs1 was found.')).not.toContain('echs1');
  });
});

describe('coverage gaps: missing spellings', () => {
  it('paroxysmal kinesigenic dyskinesia is found without "paroxysmal", and the non-kinesigenic kind stays separate', () => {
    expect(formsOfEntry('paroxysmal-kinesigenic-dyskinesia')).toEqual(
      expect.arrayContaining(['kinesigenic dyskinesia', 'kinesigenic dyskinesias']),
    );
    expect(highlighted('Kinesigenic dyskinesia often starts in the teens.')).toContainEqual([
      'Kinesigenic dyskinesia',
      'paroxysmal-kinesigenic-dyskinesia',
    ]);
    const nonKinesigenic = highlighted('Non-kinesigenic dyskinesia attacks last longer.');
    expect(nonKinesigenic).toContainEqual(['Non-kinesigenic dyskinesia', 'paroxysmal-non-kinesigenic-dyskinesia']);
    expect(nonKinesigenic.map(([, id]) => id)).not.toContain('paroxysmal-kinesigenic-dyskinesia');
  });

  it('the Kayser-Fleischer ring is found however a page spells it, with "K-F" gated', () => {
    const id = 'kayser-fleischer-ring';
    for (const page of [
      'Copper formed a KF ring.',
      'Both eyes had Kayser Fleischer rings.',
      'No K-F rings were seen.',
      'It is a Kayser–Fleischer corneal ring.',
    ]) {
      expect(idsOn(page), page).toContain(id);
    }
    expect(gateOf('K-F', id)).toBe('expansion');
    expect(idsOn('The K-F line runs hourly.')).not.toContain(id);
    // The name, then the abbreviation in brackets, then "rings": both parts are highlighted.
    expect(highlighted('Her doctor saw Kayser–Fleischer (K-F) deposits in both eyes.')).toEqual(
      expect.arrayContaining([
        ['Kayser–Fleischer', id],
        ['K-F', id],
      ]),
    );
  });

  it('MDT is unlocked by dystonia context as well as by its long form', () => {
    const e = entry('multidisciplinary-team');
    expect(e.abbreviations).toContain('MDT');
    expect(e.contextGated).toContain('MDT');
    expect(e.contextUnlocksAbbreviations).toContain('MDT');
    expect(gateOf('MDT', 'multidisciplinary-team')).toBe('context');
    expect(idsOn('The MDT shipment arrived late.')).not.toContain('multidisciplinary-team');
    expect(highlighted('Your cervical dystonia care is planned by the MDT.')).toContainEqual(['MDT', 'multidisciplinary-team']);
  });
});
