/** Matching edge cases against the real glossary (the synthetic cases are in compile-matcher.test.ts). */
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/glossary';
import { allowedMatches, compileMatcher, findMatches, formsOf } from '../../../src/matching';

const matcher = compileMatcher(formsOf(GLOSSARY));
const found = (text: string) => findMatches(matcher, text).map((m) => [m.text, m.entryId]);

describe('the glossary matcher', () => {
  it('is one global RegExp for every form, usable wherever a RegExp is (mark.js, match, matchAll, replace, test)', () => {
    expect(matcher.formCount).toBeGreaterThan(600);
    const { regex } = matcher;
    expect(regex).toBeInstanceOf(RegExp);
    expect(regex.global).toBe(true);
    const text = 'Putamen, then basal\n ganglia; not computamen or putamens-ish.';
    expect(text.match(regex)).toEqual(['Putamen', 'basal\n ganglia']);
    expect([...text.matchAll(regex)].map((m) => m.index)).toEqual([0, 14]);
    expect(text.replace(regex, (m) => `[${m}]`)).toBe('[Putamen], then [basal\n ganglia]; not computamen or putamens-ish.');
    regex.lastIndex = 0;
    expect(regex.test('no terms here')).toBe(false);
    expect(regex.lastIndex).toBe(0);
  });

  it('takes the leftmost, then the longest form', () => {
    expect(found('dopa-responsive dystonia')).toEqual([['dopa-responsive dystonia', 'dopa-responsive-dystonia']]);
    expect(found('deep brain stimulation')).toEqual([['deep brain stimulation', 'deep-brain-stimulation']]);
    expect(found('cervical dystonia, then dystonia')).toEqual([
      ['cervical dystonia', 'cervical-dystonia'],
      ['dystonia', 'dystonia'],
    ]);
  });

  it('accepts hyphen, space and no-space spellings, line breaks and runs of spaces', () => {
    expect(found('dopa responsive dystonia').map(([, id]) => id)).toEqual(['dopa-responsive-dystonia']);
    expect(found('co contraction; cocontraction; co‑contraction').map(([, id]) => id)).toEqual(Array(3).fill('co-contraction'));
    expect(found('deep  brain\n   stimulation').map(([, id]) => id)).toEqual(['deep-brain-stimulation']);
  });

  it('treats straight and curly apostrophes alike', () => {
    expect(found("Parkinson's disease; Parkinson’s disease; writer’s cramp").map(([, id]) => id)).toEqual([
      'parkinsons-disease',
      'parkinsons-disease',
      'writers-cramp',
    ]);
  });

  it('stops at a trademark sign glued to a brand name', () => {
    expect(found('Botox® and Dysport™')).toEqual([
      ['Botox', 'botulinum-toxin'],
      ['Dysport', 'abobotulinumtoxina'],
    ]);
  });

  it('uses Unicode word boundaries: no match inside words of any script', () => {
    expect(found('predystonia dystoniaé αdystonia dystonia2 _dystonia')).toEqual([['dystonia', 'dystonia']]);
    expect(found('«dystonia» (DBS) —tremor—').map(([, id]) => id)).toEqual(['dystonia', 'deep-brain-stimulation', 'tremor']);
  });

  it('matches abbreviations only in their own case', () => {
    expect(found('DBS and EMG').map(([, id]) => id)).toEqual(['deep-brain-stimulation', 'emg']);
    expect(found('dbs, Emg, pd')).toEqual([]);
  });
});

describe('context gating on whole pages', () => {
  const shown = (text: string) => allowedMatches(findMatches(matcher, text)).map((m) => m.text);

  it('lets ordinary words through only on pages about dystonia', () => {
    expect(shown('One stroke of the spatula; a cramp in the wrist; a slight tremor.')).toEqual([]);
    expect(shown('After a stroke, dystonia.')).toEqual(['stroke', 'dystonia']);
  });

  it('never lets a generic medical word unlock an ambiguous abbreviation (review row D1)', () => {
    // Each line is the shape of a real decoy page: the generic word is highlighted on its own, the abbreviation is not.
    expect(shown('Crohn’s disease: an MRI showed active CD in the small bowel.')).not.toContain('CD');
    expect(shown('Polycystic kidney disease is autosomal dominant; PKD affects both kidneys.')).not.toContain('PKD');
    expect(shown('Runners: physiotherapy for the ITB and the knee.')).not.toContain('ITB');
    expect(shown('An electrophysiology study (EPS) maps the heart’s rhythm.')).not.toContain('EPS');
  });

  it('unlocks an abbreviation with its own long form anywhere on the page, before or after it', () => {
    expect(shown('CD is common. Cervical dystonia affects the neck.')).toEqual(['CD', 'Cervical dystonia']);
    expect(shown('Deep brain stimulation (DBS) can help; DBS needs a battery.').filter((t) => t === 'DBS')).toHaveLength(2);
    expect(shown('An enhanced DBS check is needed for this job.')).toEqual([]);
  });
});
