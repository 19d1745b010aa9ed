/**
 * The "General medical words" category (entries/general.ts): words a lay reader meets
 * around dystonia that are not dystonia-specific. Pins that every entry is in the category,
 * that none gives dystonia context, that ordinary-English forms are gated or phrase-only
 * (pages about cooking, sport, money and cars get no highlight from this category), and the
 * review rows it answers: coverage row 28 (remission), row 22 (off-label), row 43
 * (clinical trial, placebo) and row 40 (idiopathic, sporadic, familial, progressive).
 */
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/glossary';
import { general } from '../../../src/glossary/entries/general';
import { allowedMatches, compileMatcher, entryGivesContext, findMatches, formsOf } from '../../../src/matching';
import { entry, entryText, formsOfEntry, safetyText } from './entry-text';

const generalIds = new Set(general.map((e) => e.id));
const matcher = compileMatcher(formsOf(GLOSSARY));
const generalMatches = (text: string) => findMatches(matcher, text).filter((m) => generalIds.has(m.entryId));

describe('general medical words: the category', () => {
  it('has about sixty entries, all in category general and all in the bundled glossary', () => {
    expect(general.length).toBeGreaterThanOrEqual(55);
    for (const e of general) {
      expect(e.category, e.id).toBe('general');
      expect(GLOSSARY, e.id).toContain(e);
    }
  });

  it('never gives dystonia context, so no general word unlocks a gated word such as "tremor" or "CD"', () => {
    for (const e of general) {
      expect(e.dystoniaContext ?? false, e.id).toBe(false);
      expect(entryGivesContext(e), e.id).toBe(false);
    }
    expect(formsOf(general).filter((f) => f.givesContext)).toEqual([]);
  });

  it('gives every entry one to six search keywords that are not already its forms', () => {
    for (const e of general) {
      const forms = new Set(formsOfEntry(e.id).map((f) => f.toLowerCase()));
      expect(e.keywords?.length ?? 0, e.id).toBeGreaterThanOrEqual(1);
      expect(e.keywords!.length, e.id).toBeLessThanOrEqual(6);
      for (const k of e.keywords!) expect(forms.has(k), `${e.id}: ${k}`).toBe(false);
    }
  });
});

describe('general medical words: ordinary English is gated or phrase-only', () => {
  const generalForms = formsOf(general);

  it.each([
    'acute',
    'chronic',
    'tolerance',
    'dependence',
    'depression',
    'anxiety',
    'fatigue',
    'progressive',
    'sporadic',
    'relapse',
    'recurrence',
    'remission',
    'efficacy',
    'syndrome',
    'onset',
    'prognosis',
    'bilateral',
    'unilateral',
    'hereditary',
    'familial',
    'referral',
    'prevalence',
    'incidence',
    'placebo',
    'side effect',
    'side effects',
    'adverse effect',
    'adverse event',
    'quality of life',
    'palliative',
    'refractory',
    'intractable',
    'exacerbation',
    'flare-up',
    'double-blind',
    'open-label',
  ])('"%s" is never an ungated form', (word) => {
    const ungated = generalForms.filter((f) => f.text.toLowerCase() === word && f.gate === 'none');
    expect(ungated).toEqual([]);
  });

  it.each(['withdrawal', 'tone', 'motor', 'involuntary', 'local', 'general', 'pain', 'trial', 'symptoms', 'case', 'drug'])(
    '"%s" on its own is not a form of any general entry',
    (word) => {
      expect(generalForms.filter((f) => f.text.toLowerCase() === word)).toEqual([]);
    },
  );

  // Our own sentences, written to use the ordinary senses of this category's words.
  const decoys: Record<string, string> = {
    recipe:
      'Bake for forty minutes until the crust is golden, then cut at an acute angle for neat slices. ' +
      'If you have a low tolerance for heat, use half a chilli. A sporadic stir stops the sauce sticking, ' +
      'and any flare-ups on the grill soon die down. Hosting can bring on anxiety, so make the sauce a day ahead. ' +
      'The onset of browning tells you it is nearly done, and this generic brand of flour works just as well.',
    sports:
      'The team suffered a relapse in form after the break, and the coach blamed fatigue. Their progressive ' +
      'training plan builds strength over the season. A chronic lack of goals worried the fans, and the onset of ' +
      'winter left the pitch heavy. The referral to the video referee took an age. A side effect of the new ' +
      'rules is more stoppages, and the placebo effect of a new kit is real, said the manager.',
    finance:
      'The depression of the 1930s hit exports hard. A bilateral trade deal and a unilateral tariff cut have ' +
      'changed the outlook, but the prognosis for growth is weak. Our dependence on imports, the efficacy of ' +
      'the rate rise and the prevalence of card payments all matter. The incidence of the tax falls on buyers, ' +
      'and remission of fees is possible for early repayment. The adverse effect on exporters is clear, ' +
      'investors feel anxiety, and there is a chronic shortage of homes. Quality of life in the city ranks highly.',
    'car review':
      "The hybrid's electric motor gives a smooth pull, though the sport button feels like a placebo. A side " +
      'effect of the stiffer suspension is a harsher ride. Hereditary styling cues from the older model remain, ' +
      'metal fatigue is not a worry with the new frame, and the progressive throttle is easy to judge. ' +
      'The brakes use refractory pads, and a light depression of the pedal is enough.',
    weather:
      'A tropical depression formed over the ocean, bringing sporadic showers and an acute risk of flooding. ' +
      'The recurrence of late-summer storms is no surprise to forecasters.',
    everyday:
      'Imposter syndrome is common among new starters. His withdrawal from the group was sudden, and her ' +
      'familial ties run deep. The problem seemed intractable until a palliative apology calmed things down, ' +
      'and the exacerbation of the row was avoided.',
  };

  it.each(Object.entries(decoys))('a %s page gets no ungated match from this category', (_kind, text) => {
    const ungated = generalMatches(text).filter((m) => m.gate === 'none');
    expect(ungated.map((m) => [m.text, m.entryId])).toEqual([]);
  });

  it.each(Object.entries(decoys))('a %s page gets no highlight from this category once gating is applied', (_kind, text) => {
    const shown = allowedMatches(findMatches(matcher, text)).filter((m) => generalIds.has(m.entryId));
    expect(shown.map((m) => [m.text, m.entryId])).toEqual([]);
  });

  it('still highlights the gated words on a page about dystonia', () => {
    const page =
      'Cervical dystonia is usually chronic. Fatigue and anxiety are common, and a spontaneous remission ' +
      'is uncommon; a relapse often follows. Ask about side effects before you start.';
    const shown = new Set(allowedMatches(findMatches(matcher, page)).map((m) => m.entryId));
    for (const id of ['chronic', 'fatigue', 'anxiety', 'remission', 'relapse', 'side-effect']) expect(shown, id).toContain(id);
  });

  it('reads "respiratory depression" as slowed breathing, not low mood', () => {
    const found = generalMatches('Combining them can cause respiratory depression.');
    expect(found.map((m) => m.entryId)).toEqual(['respiratory-depression']);
    expect(entry('respiratory-depression').short).toMatch(/breathing/i);
    expect(entry('respiratory-depression').short).toMatch(/nothing to do with low mood/i);
  });

  it('gives "tolerance" and "dependence" only phrase forms, so "your tolerance for a procedure" is not read as drug tolerance', () => {
    expect(formsOfEntry('tolerance').map((f) => f.toLowerCase())).not.toContain('tolerance');
    expect(formsOfEntry('dependence').map((f) => f.toLowerCase())).not.toContain('dependence');
    expect(generalMatches('Treatment depends on your tolerance for specific procedures.')).toEqual([]);
  });
});

describe('general medical words: review rows and safety', () => {
  it('row 28: remission explains spontaneous remission in cervical dystonia, how rare it is and that it often relapses', () => {
    const t = entryText('remission');
    expect(formsOfEntry('remission')).toContain('spontaneous remission');
    expect(t).toMatch(/cervical dystonia/i);
    expect(t).toMatch(/12%/);
    expect(t).toMatch(/15%/);
    expect(t).toMatch(/came back|return/i);
    expect(t).toMatch(/two-thirds/i);
    expect(t).not.toMatch(/\b(cure|cured|permanent|always lasts)\b/i);
    expect(entry('remission').sources).toContain('gen-med-dmrf-remission');
  });

  it('row 22: off-label says it is legal and common, and that US tablets for dystonia are prescribed off-label', () => {
    const t = entryText('off-label');
    expect(t).toMatch(/legal/i);
    expect(t).toMatch(/no medicine taken by mouth is approved specifically for dystonia/i);
    expect(t).toMatch(/differ between countries/i);
    expect(entry('off-label').sources).toContain('gen-med-fda-off-label');
  });

  it('row 43: clinical trial and placebo exist, and placebo explains the comparison and the placebo effect', () => {
    expect(entryText('clinical-trial')).toMatch(/leave at any time/i);
    expect(entryText('placebo')).toMatch(/placebo effect/i);
    expect(entryText('placebo')).toMatch(/comparison|compar/i);
  });

  it('row 40: idiopathic, sporadic and familial follow the 2013 classification and say a cause can still be genetic', () => {
    expect(entryText('idiopathic')).toMatch(/inherited[\s\S]*acquired[\s\S]*idiopathic/i);
    expect(entryText('idiopathic')).toMatch(/run in a family/i);
    expect(entryText('sporadic')).toMatch(/does not rule out a genetic cause/i);
    expect(entryText('familial')).toMatch(/sporadic/i);
    expect(entryText('progressive')).toMatch(/static or progressive/i);
    for (const id of ['idiopathic', 'sporadic', 'familial', 'progressive']) expect(entry(id).sources, id).toContain('albanese-2013');
  });

  it('side effect and adverse event say how they differ', () => {
    expect(entryText('side-effect')).toMatch(/adverse event[^.]*whether or not the treatment caused it/i);
    expect(entryText('adverse-event')).toMatch(/whether or not the treatment caused it/i);
    expect(entryText('adverse-event')).toMatch(/side effects/i);
  });

  it('withdrawal symptoms, dependence and tolerance warn never to stop a regular medicine suddenly', () => {
    for (const id of ['withdrawal-symptoms', 'dependence', 'tolerance']) {
      const s = safetyText(id);
      expect(s, id).toMatch(/do not stop or quickly cut down a regular medicine/i);
      expect(s, id).toMatch(/benzodiazepine/i);
      expect(s, id).toMatch(/seizure/i);
      expect(s, id).toMatch(/emergency help/i);
    }
    expect(entryText('dependence')).toMatch(/not the same as addiction/i);
    expect(entryText('tolerance')).toMatch(/not the same as addiction/i);
  });

  it('side effect and general anaesthetic warn against stopping a medicine without the doctor', () => {
    expect(safetyText('side-effect')).toMatch(/do not stop a regular medicine/i);
    expect(safetyText('side-effect')).toMatch(/urgent medical help/i);
    expect(safetyText('general-anaesthetic')).toMatch(/do not stop a regular medicine/i);
    expect(safetyText('general-anaesthetic')).toMatch(/baclofen pump|deep brain stimulator/i);
  });

  it('sedation and respiratory depression say when slowed breathing is an emergency', () => {
    for (const id of ['sedation', 'respiratory-depression']) {
      expect(safetyText(id), id).toMatch(/breathing/i);
      expect(safetyText(id), id).toMatch(/emergency number/i);
      expect(safetyText(id), id).toMatch(/alcohol/i);
    }
  });

  it('depression gives a crisis line for anyone who cannot keep themselves safe', () => {
    expect(safetyText('depression')).toMatch(/cannot keep yourself safe/i);
    expect(safetyText('depression')).toMatch(/emergency/i);
  });

  it('exacerbation tells the reader that a severe, non-stop worsening is an emergency (status dystonicus)', () => {
    expect(entryText('exacerbation')).toMatch(/status dystonicus/i);
    expect(safetyText('exacerbation')).toMatch(/emergency/i);
    expect(safetyText('exacerbation')).toMatch(/swallowing|breathing/i);
  });

  it('palliative says it is not only for the end of life', () => {
    expect(entryText('palliative')).toMatch(/not only for the end of life/i);
    expect(entryText('palliative')).toMatch(/does not mean the condition is life-threatening/i);
  });
});
