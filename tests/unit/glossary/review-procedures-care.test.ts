/**
 * Fixes for the medical review rows on the procedures and tests, therapies, rating scales
 * and care-team entries (shared/research/medical-review.md): the major row (A12) is pinned
 * to the shipped safety block, and so are the minor and style rows a pattern can check.
 * Each test reads the real entries: short, long and the "Important" block (safetyText).
 */
import { describe, expect, it } from 'vitest';
import { GLOSSARY, SOURCES } from '../../../src/glossary';
import { careTeam } from '../../../src/glossary/entries/care-team';
import { procedures } from '../../../src/glossary/entries/procedures';
import { ratingScales } from '../../../src/glossary/entries/rating-scales';
import { therapies } from '../../../src/glossary/entries/therapies';
import { fleschKincaidGrade, median } from '../../../src/glossary/readability';
import { formsOf } from '../../../src/matching';
import { entry, entryText, formsOfEntry, gateOf, highlighted, lower, safetyText } from './entry-text';

const forms = formsOf(GLOSSARY);
const mine = [...procedures, ...therapies, ...ratingScales, ...careTeam];

describe('review rows: procedures, therapies, rating scales and care team', () => {
  it('A12 (major): deep brain stimulation warns that stopped stimulation can bring dystonia back, even as status dystonicus, and says what to do', () => {
    const s = safetyText('deep-brain-stimulation');
    // Every way stimulation can stop.
    expect(s).toMatch(/battery runs down/i);
    expect(s).toMatch(/rechargeable battery is not charged/i);
    expect(s).toMatch(/wire breaks/i);
    expect(s).toMatch(/switched off/i);
    // What happens, and how fast.
    expect(s).toMatch(/dystonia can come back within hours to days/i);
    expect(s).toMatch(/status dystonicus/i);
    // What to do.
    expect(s).toMatch(/contact your DBS team urgently/i);
    expect(s).toMatch(/emergency help if it is severe/i);
    expect(s).toMatch(/carry your device card/i);
    expect(s).toMatch(/tell any doctor, dentist or therapist about the implant before any treatment/i);
    expect(s).toMatch(/never have diathermy/i);
    expect(s).toMatch(/MRI/);
    expect(s).toMatch(/ultrasound therapy/i);
    // The warning is in the safety block, not only in the long text.
    expect(entry('deep-brain-stimulation').safety).toBe(s);

    // The battery entry shows the same warning, rendered from the DBS entry, never copied.
    const ipg = entry('implantable-pulse-generator');
    expect(ipg.safety).toBeUndefined();
    expect(ipg.safetyFrom).toBe('deep-brain-stimulation');
    expect(safetyText('implantable-pulse-generator')).toBe(s);
    expect(entryText('implantable-pulse-generator')).toMatch(/rechargeable/i);
  });

  it('A22: the cut or lesion is permanent, but results vary and symptoms can come back', () => {
    for (const id of ['pallidotomy', 'thalamotomy']) {
      const t = entryText(id);
      expect(t, id).toMatch(/lesion is permanent, but results vary and symptoms can come back/i);
      expect(t, id).not.toMatch(/The change is permanent\./);
    }
    const spd = entryText('selective-peripheral-denervation');
    expect(spd).toMatch(/cut is permanent, but results vary and symptoms can come back/i);
    expect(spd).not.toMatch(/so the effect is permanent/i);
  });

  it('A29: DaTscan tells you to mention medicines, pregnancy and breastfeeding, and explains the thyroid-protecting iodine', () => {
    const s = safetyText('datscan');
    expect(s).toMatch(/all the medicines you take/i);
    expect(s).toMatch(/pregnant/i);
    expect(s).toMatch(/breastfeeding/i);
    expect(s).toMatch(/do not stop any medicine[^.]*unless the team tells you/i);
    expect(entryText('datscan')).toMatch(/iodine[^.]*protect the thyroid/i);
  });

  it('B2 and C10: movement disorder specialist is a care-team entry with plain wording', () => {
    const e = entry('movement-disorder-specialist');
    expect(e.category).toBe('care-team');
    expect(therapies.map((t) => t.id)).not.toContain('movement-disorder-specialist');
    expect(e.short).not.toMatch(/extra training in how we move/i);
    expect(e.short).toMatch(/extra training in conditions that affect movement/i);
  });

  it('B16: plain focused ultrasound is gated (prostate and fibroid HIFU); MR-guided forms and MRgFUS are not', () => {
    expect(gateOf('focused ultrasound', 'focused-ultrasound')).toBe('context');
    expect(gateOf('focussed ultrasound', 'focused-ultrasound')).toBe('context');
    expect(gateOf('MR-guided focused ultrasound', 'focused-ultrasound')).toBe('none');
    expect(gateOf('MRI-guided focused ultrasound', 'focused-ultrasound')).toBe('none');
    expect(gateOf('MRgFUS', 'focused-ultrasound')).toBe('none');

    const prostate = highlighted('High-intensity focused ultrasound can treat some prostate cancers.');
    expect(prostate.filter(([, id]) => id === 'focused-ultrasound')).toEqual([]);
    // The short no longer says "through the skull", so it is also true on a fibroid page.
    expect(entry('focused-ultrasound').short).not.toMatch(/skull/i);
  });

  it('B19: neurostimulator is not a name for deep brain stimulation; DBS stays a gated abbreviation (the UK "DBS check")', () => {
    expect(lower(formsOfEntry('deep-brain-stimulation'))).not.toContain('neurostimulator');
    // It lives, gated, on the pulse generator entry, whose short fits any stimulator.
    expect(gateOf('neurostimulator', 'implantable-pulse-generator')).toBe('context');
    // On a page about dystonia DBS can mean nothing else; elsewhere it waits for its long form.
    expect(gateOf('DBS', 'deep-brain-stimulation')).toBe('context');

    const hr = highlighted('Volunteers need an enhanced DBS check before they start.');
    expect(hr).toEqual([]);
    const dbs = highlighted('Deep brain stimulation (DBS) can help some people with dystonia.');
    expect(dbs).toContainEqual(['dbs', 'deep-brain-stimulation']);
  });

  it("B20: treatment facts cite Mayo's diagnosis-and-treatment page", () => {
    for (const id of [
      'deep-brain-stimulation',
      'levodopa-trial',
      'physical-therapy',
      'speech-therapy',
      'occupational-therapy',
      'selective-peripheral-denervation',
      'mri',
      'emg',
    ]) {
      expect(entry(id).sources, id).toContain('mayo-dystonia-treatment');
    }
    expect(SOURCES['mayo-dystonia-treatment'].url).toMatch(/diagnosis-treatment/);
  });

  it('B26: DaTscan, BFMDRS and electrophysiology no longer cite the classification paper; the scales cite the MDS critique (DOI checked)', () => {
    for (const id of ['datscan', 'bfmdrs', 'electrophysiology']) {
      expect(entry(id).sources, id).not.toContain('albanese-2013');
    }
    const critique = SOURCES['proc-mds-rating-scales-critique'];
    expect(critique.url).toBe('https://doi.org/10.1002/mds.25579');
    expect(critique.title).toMatch(/Dystonia rating scales: critique and recommendations/);
    expect(entry('bfmdrs').sources).toContain('proc-mds-rating-scales-critique');
  });

  it('B27: the scales cite a rating-scale source, not only general patient pages', () => {
    const scaleSources = new Set([
      'proc-mds-rating-scales-critique',
      'proc-comella-2003-rating-scales',
      'proc-mds-udrs',
      'proc-mds-twstrs-2',
      'proc-comella-2016-ccdrs',
      'proc-muller-2004-cdq24',
      'proc-ninds-cde-bads',
    ]);
    for (const e of ratingScales) {
      expect(
        e.sources.some((s) => scaleSources.has(s)),
        e.id,
      ).toBe(true);
    }
    for (const id of ['twstrs', 'tsui-scale']) {
      expect(entry(id).sources, id).not.toContain('cleveland-dystonia');
      expect(entry(id).sources, id).not.toContain('msd-dystonias');
    }
  });

  it('B28: focused ultrasound approval for tremor is cited to NICE guidance, with its limits', () => {
    const e = entry('focused-ultrasound');
    expect(e.sources).toContain('proc-nice-ipg617');
    expect(SOURCES['proc-nice-ipg617'].url).toBe('https://www.nice.org.uk/guidance/ipg617');
    expect(e.long).toMatch(/NICE[^.]*essential tremor[^.]*one side of the brain/i);
    expect(e.long).toMatch(/Rules differ between countries/i);
    expect(entryText('focused-ultrasound')).toMatch(/dystonia[^.]*still being studied/i);
  });

  it('C11: no permission-giving stock phrases in these entries', () => {
    for (const e of mine) {
      expect(entryText(e.id), e.id).not.toMatch(/it is fine to ask|a fair question|it is reasonable to ask/i);
    }
  });

  it('C13: these entries read at grade 8 to 9 in the median, and every short stays within budget', () => {
    const longs = mine.map((e) => fleschKincaidGrade(e.long));
    expect(median(longs)).toBeLessThanOrEqual(9.5);
    const shorts = mine.map((e) => fleschKincaidGrade(e.short));
    expect(median(shorts)).toBeLessThanOrEqual(8);
    for (const e of mine) expect(fleschKincaidGrade(e.short), e.id).toBeLessThanOrEqual(11);
  });

  it('D1: generic tests and therapies never give dystonia context', () => {
    const generic = [
      'mri',
      'emg',
      'ct-scan',
      'eeg',
      'electrophysiology',
      'nerve-conduction-study',
      'lumbar-puncture',
      'physical-therapy',
      'speech-therapy',
      'occupational-therapy',
      'myectomy',
      'deep-brain-stimulation',
      'neurologist',
      'physiotherapist',
      'general-practitioner',
      'voice-handicap-index',
    ];
    for (const id of generic) {
      expect(
        forms.filter((f) => f.entryId === id && f.givesContext),
        id,
      ).toEqual([]);
    }
    // An MRI on a Crohn's disease page does not make "CD" cervical dystonia.
    const crohns = highlighted("An MRI can show inflammation in Crohn's disease (CD).");
    expect(crohns.filter(([t]) => t === 'cd')).toEqual([]);
  });

  it('D1: bare myectomy is gated (septal myectomy on heart pages); the eyelid forms are not', () => {
    expect(gateOf('myectomy', 'myectomy')).toBe('context');
    expect(gateOf('myectomies', 'myectomy')).toBe('context');
    expect(gateOf('eyelid myectomy', 'myectomy')).toBe('none');
    expect(gateOf('orbicularis myectomy', 'myectomy')).toBe('none');
    const heart = highlighted('Septal myectomy removes thickened heart muscle; a cardiac MRI is done first.');
    expect(heart.filter(([, id]) => id === 'myectomy')).toEqual([]);
    const eye = highlighted('An eyelid myectomy may help when blepharospasm no longer responds to injections.');
    expect(eye).toContainEqual(['eyelid myectomy', 'myectomy']);
  });

  it('care team: the people have their own entries, and the therapies keep the therapy names', () => {
    expect(lower(formsOfEntry('physiotherapist'))).toEqual(expect.arrayContaining(['physiotherapist', 'physical therapist']));
    expect(lower(formsOfEntry('physical-therapy'))).not.toContain('physiotherapist');
    expect(lower(formsOfEntry('speech-and-language-therapist'))).toEqual(
      expect.arrayContaining(['speech therapist', 'speech-language pathologist']),
    );
    expect(lower(formsOfEntry('speech-therapy'))).not.toContain('speech therapist');
    expect(lower(formsOfEntry('occupational-therapist'))).toContain('occupational therapist');
    expect(lower(formsOfEntry('occupational-therapy'))).not.toContain('occupational therapist');
    // Short abbreviations need their own long form on the page.
    for (const [text, id] of [
      ['GP', 'general-practitioner'],
      ['MDT', 'multidisciplinary-team'],
    ] as const)
      expect(gateOf(text, id), text).toBe('context');
    expect(highlighted('Ask your GP about dystonia.')).toContainEqual(['gp', 'general-practitioner']);
    for (const [text, id] of [
      ['ENT', 'ent-specialist'],
      ['OT', 'occupational-therapy'],
      ['PT', 'physical-therapy'],
      ['CT', 'ct-scan'],
      ['LP', 'lumbar-puncture'],
      ['CBT', 'cognitive-behavioural-therapy'],
      ['TMS', 'transcranial-magnetic-stimulation'],
      ['GDS', 'global-dystonia-scale'],
    ] as const) {
      expect(gateOf(text, id), text).toBe('expansion');
    }
    expect(highlighted('The Grand Prix (GP) starts at noon.').filter(([, id]) => id === 'general-practitioner')).toEqual([]);
    expect(highlighted('Your general practitioner (GP) can refer you.')).toContainEqual(['gp', 'general-practitioner']);
  });

  it("Wilson's disease tests: no single test decides, and the eye check looks for copper rings", () => {
    expect(entryText('ceruloplasmin')).toMatch(/No single test proves or rules out Wilson's disease/i);
    expect(lower(formsOfEntry('ceruloplasmin'))).toContain('caeruloplasmin');
    expect(entryText('urine-copper-test')).toMatch(/24 hours/);
    expect(entryText('slit-lamp-examination')).toMatch(/Kayser-Fleischer rings/);
  });

  it('every entry in these files has search keywords that are not its own forms', () => {
    for (const e of mine) {
      const own = new Set(lower(formsOfEntry(e.id)));
      expect(e.keywords?.length ?? 0, e.id).toBeGreaterThan(0);
      for (const k of e.keywords ?? []) expect(own.has(k), `${e.id}: ${k}`).toBe(false);
    }
  });
});
