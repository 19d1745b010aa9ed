/**
 * Accuracy checks from the research notes (shared/research/dystonia-terms.md) that touch
 * the types-and-classification entries: checks 4 (TOR1A dystonia, once DYT1), 5, 6, 7, 8, 9 and 10
 * (check 10 as corrected in the research notes).
 * Each test reads the real entry text (short + long) and asserts the key facts.
 */
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/glossary';

function text(id: string): string {
  const entry = GLOSSARY.find((e) => e.id === id);
  if (!entry) throw new Error(`glossary entry ${id} is missing`);
  return `${entry.short} ${entry.long}`;
}

describe('accuracy checks: types and classification', () => {
  it('4. DYT1 dystonia: 3-base-pair GAG deletion in TOR1A, autosomal dominant, reduced penetrance (30–40%), limb onset in childhood, may generalise', () => {
    const t = text('dyt1-dystonia');
    expect(t).toMatch(/\bTOR1A\b/);
    expect(t).toMatch(/\bGAG\b/);
    expect(t).toMatch(/(three|3)[- ]base[- ]pair/i);
    expect(t).toMatch(/deletion/i);
    expect(t).toMatch(/autosomal dominant/i);
    expect(t).toMatch(/reduced penetrance/i);
    expect(t).toMatch(/30\s*(to|–|-)\s*40\s*%/i);
    expect(t).toMatch(/\b(arm|leg|limb)\b/i);
    expect(t).toMatch(/childhood/i);
    expect(t).toMatch(/(generali[sz]|spread)/i);
    expect(t).not.toMatch(/autosomal recessive|x-linked/i);
    expect(t).not.toMatch(/(all|every|most) (people who carry|carriers)/i);
  });

  it('5. dopa-responsive dystonia: dramatic, lasting response to low-dose levodopa; worse towards evening; dopamine-transporter imaging normal', () => {
    const t = text('dopa-responsive-dystonia');
    expect(t).toMatch(/low[- ]dose levodopa|low doses of (the drug |the medicine )?levodopa/i);
    expect(t).toMatch(/dramatic/i);
    expect(t).toMatch(/lasting/i);
    expect(t).toMatch(/(towards? evening|later in the day)/i);
    expect(t).toMatch(/(DaTscan|dopamine transporter scan)[^.]*\bnormal\b/i);
    expect(t).not.toMatch(/(DaTscan|dopamine transporter scan)[^.]*\babnormal\b/i);
    expect(t).not.toMatch(/responds? poorly/i);
  });

  it('6. rapid-onset dystonia-parkinsonism responds poorly to levodopa', () => {
    const t = text('rapid-onset-dystonia-parkinsonism');
    expect(t).toMatch(/responds? poorly to levodopa/i);
    expect(t).toMatch(/\bATP1A3\b/);
    expect(t).not.toMatch(/responds? well to levodopa|improves? (a great deal|greatly|dramatically) with levodopa/i);
  });

  it('7. myoclonus-dystonia (SGCE) often improves with alcohol', () => {
    const t = text('myoclonus-dystonia');
    expect(t).toMatch(/\bSGCE\b/);
    expect(t).toMatch(/improve[^.]*alcohol/i);
    // Mentioning the alcohol effect must not read as advice to drink.
    expect(t).toMatch(/not a safe treatment/i);
  });

  it('8. tardive dystonia after months of dopamine-blocking drugs; acute dystonic reaction within hours or days', () => {
    const tardive = text('tardive-dystonia');
    expect(tardive).toMatch(/dopamine/i);
    expect(tardive).toMatch(/blocks? dopamine|dopamine-blocking/i);
    expect(tardive).toMatch(/months/i);
    expect(tardive).not.toMatch(/tardive dystonia[^.]*within (hours|days)/i);

    const acute = text('acute-dystonic-reaction');
    expect(acute).toMatch(/blocks? dopamine|dopamine-blocking/i);
    expect(acute).toMatch(/within hours or days/i);
    expect(acute).not.toMatch(/\b(reaction|it) (comes on|starts|appears) (only )?after (months|years)/i);
  });

  it('9. blepharospasm: eyelids close involuntarily; the eyes and vision are normal', () => {
    const t = text('blepharospasm');
    expect(t).toMatch(/eyelids?[^.]*close on their own|involuntar/i);
    expect(t).toMatch(/eyes and (sight|vision)[^.]*(normal|healthy)/i);
    expect(t).not.toMatch(/(damages?|harms?|weakens?) (the )?(eyes?|sight|vision)/i);
    expect(t).not.toMatch(/eye disease|problem with the eyes themselves/i);
  });

  it('10. dystonia is the third most common movement disorder, after essential tremor and Parkinson’s disease; routine MRI and blood tests are usually normal when isolated dystonia is idiopathic or genetic (corrected check: isolated says nothing about cause)', () => {
    const d = text('dystonia');
    expect(d).toMatch(/third most common movement disorder/i);
    expect(d).toMatch(/after essential tremor and Parkinson['’]s disease/i);
    expect(d).not.toMatch(/(?<!third )\bmost common movement disorder|second most common movement disorder/i);

    for (const id of ['dystonia', 'isolated-dystonia']) {
      const t = text(id);
      // Review row A7: normal results only when there is no known cause or a genetic one.
      expect(t).toMatch(/no known cause, or a genetic cause, routine MRI scans and blood tests are usually normal/i);
      expect(t).not.toMatch(/in isolated dystonia[^.]*MRI[^.]*blood tests (are|look) normal/i);
      expect(t).not.toMatch(/MRI[^.]*(abnormal|shows? damage)/i);
    }
  });
});
