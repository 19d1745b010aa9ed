/**
 * Accuracy checks from the research notes (shared/research/dystonia-terms.md, "Accuracy checks")
 * applied to the anatomy, brain-chemistry, genetics and rating-scale entries. Each test reads the
 * real entry text, so rewording an entry cannot silently contradict a checked fact.
 */
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/glossary';

function textOf(id: string): string {
  const entry = GLOSSARY.find((e) => e.id === id);
  if (!entry) throw new Error(`no glossary entry with id ${id}`);
  return `${entry.short} ${entry.long}`;
}

function sentencesOf(id: string): string[] {
  return textOf(id).split(/(?<=[.!?])\s+/);
}

/** True when one sentence of the entry matches every pattern: the facts are stated together. */
function saysTogether(id: string, ...patterns: RegExp[]): boolean {
  return sentencesOf(id).some((s) => patterns.every((p) => p.test(s)));
}

const PENETRANCE_30_TO_40 = /\b30\s*(?:to|–|-)\s*40\s*%/i;

describe('accuracy: anatomy, brain chemistry and genetics', () => {
  it('check 1: the putamen is part of the basal ganglia, not the cerebellum, brainstem or spinal cord', () => {
    const putamen = textOf('putamen');
    expect(putamen).toMatch(/part of the basal ganglia|one of the basal ganglia/i);
    expect(putamen).not.toMatch(/cerebell|brain\s?stem|spinal cord/i);
    // The entries that describe what the putamen belongs to agree.
    expect(textOf('basal-ganglia')).toMatch(/putamen/i);
    expect(saysTogether('striatum', /caudate nucleus/i, /putamen/i)).toBe(true);
    expect(saysTogether('lentiform-nucleus', /putamen/i, /globus pallidus/i)).toBe(true);
  });

  it('check 2 (where it touches these entries): botulinum toxin blocks acetylcholine release at the nerve-muscle junction, wears off, and is repeated about every 3 months', () => {
    for (const id of ['neuromuscular-junction', 'acetylcholine']) {
      expect(saysTogether(id, /botulinum toxin/i, /block/i, /release/i), id).toBe(true);
      expect(textOf(id), id).toMatch(/acetylcholine/i);
    }
    for (const id of ['neuromuscular-junction', 'acetylcholine', 'orbicularis-oculi']) {
      expect(textOf(id), id).toMatch(/wears? off/i);
      expect(textOf(id), id).toMatch(/about every (?:three|3) months/i);
      expect(textOf(id), id).not.toMatch(/permanent(?:ly)?[^.]*botulinum|botulinum[^.]*permanent/i);
    }
  });

  it('check 3: benzodiazepines act on GABA-A and baclofen on GABA-B; trihexyphenidyl and benztropine are anticholinergics', () => {
    const gaba = textOf('gaba');
    expect(saysTogether('gaba', /benzodiazepines?/i, /GABA-A/)).toBe(true);
    expect(saysTogether('gaba', /baclofen/i, /GABA-B/)).toBe(true);
    // Never the other way round.
    expect(saysTogether('gaba', /benzodiazepines?/i, /GABA-B/)).toBe(false);
    expect(saysTogether('gaba', /baclofen/i, /GABA-A/)).toBe(false);
    expect(gaba).toMatch(/calm|inhibit|slows/i);
    expect(saysTogether('acetylcholine', /anticholinergic/i, /trihexyphenidyl/i, /benztropine/i)).toBe(true);
  });

  it('check 4: DYT1 dystonia is a 3-base-pair GAG deletion in TOR1A, autosomal dominant with reduced penetrance of about 30–40%, usually starting in a limb in childhood and possibly generalising', () => {
    for (const id of ['tor1a', 'dyt1', 'gag-deletion']) {
      const text = textOf(id);
      expect(text, id).toMatch(/(?:3|three)-base-pair/i);
      expect(text, id).toMatch(/GAG/);
      expect(text, id).toMatch(/TOR1A/);
      expect(text, id).toMatch(/reduced penetrance|penetrance is reduced/i);
      expect(text, id).toMatch(PENETRANCE_30_TO_40);
      expect(text, id).not.toMatch(/autosomal recessive|X-linked/i);
    }
    for (const id of ['tor1a', 'dyt1']) expect(textOf(id), id).toMatch(/autosomal dominant/i);
    expect(saysTogether('reduced-penetrance', /DYT1/i, PENETRANCE_30_TO_40)).toBe(true);
    // No other penetrance figure for DYT1 anywhere in these entries.
    for (const id of ['tor1a', 'dyt1', 'gag-deletion', 'reduced-penetrance']) {
      expect(textOf(id), id).not.toMatch(/\b(?:[5-9]\d|100)\s*%/);
      expect(textOf(id), id).not.toMatch(/everyone who (?:carries|has) (?:it|the change)[^.]*develops/i);
    }
    const tor1a = textOf('tor1a');
    expect(saysTogether('tor1a', /childhood/i, /\b(?:arm|leg|limb)\b/i)).toBe(true);
    expect(tor1a).toMatch(/generali[sz]e|spread/i);
    expect(textOf('founder-effect')).toMatch(/Ashkenazi Jewish/);
  });

  it('check 5 (where it touches these entries): dopa-responsive dystonia responds dramatically and lastingly to low-dose levodopa, worsens towards evening, and dopamine-transporter imaging is normal', () => {
    for (const id of ['gch1', 'tetrahydrobiopterin']) {
      expect(textOf(id), id).toMatch(/dramatic/i);
      expect(textOf(id), id).toMatch(/lasting/i);
      expect(textOf(id), id).toMatch(/low[- ]dose levodopa|low doses of levodopa/i);
      expect(textOf(id), id).toMatch(/worse towards evening/i);
    }
    for (const id of ['dopamine-transporter', 'substantia-nigra']) {
      expect(saysTogether(id, /\bnormal in dopa-responsive dystonia/i), id).toBe(true);
      expect(textOf(id), id).not.toMatch(/abnormal in dopa-responsive dystonia/i);
    }
  });

  it('check 6 (where it touches these entries): rapid-onset dystonia-parkinsonism responds poorly to levodopa', () => {
    expect(textOf('atp1a3')).toMatch(/responds poorly to levodopa/i);
    expect(textOf('atp1a3')).not.toMatch(/responds (?:well|dramatically) to levodopa/i);
  });

  it('check 7 (where it touches these entries): myoclonus-dystonia (SGCE) often improves with alcohol', () => {
    expect(saysTogether('sgce', /often improve/i, /alcohol/i)).toBe(true);
  });

  it('check 8 (where it touches these entries): tardive dystonia after months of dopamine blockers, acute dystonic reactions within hours or days', () => {
    for (const id of ['dopamine', 'dopamine-receptor']) {
      expect(textOf(id), id).toMatch(/acute dystonic reaction within hours or days/i);
      expect(textOf(id), id).toMatch(/tardive dystonia after months/i);
      expect(textOf(id), id).not.toMatch(/tardive dystonia within (?:hours|days)/i);
    }
  });

  it('check 9 (where it touches these entries): in blepharospasm the eyes and vision are normal; the eyelids close involuntarily', () => {
    const text = textOf('orbicularis-oculi');
    expect(saysTogether('orbicularis-oculi', /eyes/i, /vision/i, /normal/i)).toBe(true);
    expect(text).toMatch(/on its own|without your control/i);
    expect(text).not.toMatch(/vision (?:is|gets) (?:lost|damaged|worse)/i);
  });

  it('check 10 as corrected (review row A7): routine MRI is usually normal when isolated dystonia has no known cause or a genetic cause', () => {
    for (const id of ['basal-ganglia', 'putamen', 'brainstem']) {
      expect(
        saysTogether(id, /isolated dystonia has no known cause, or a genetic cause/i, /MRI/, /usually (?:looks?|are) normal/i),
        id,
      ).toBe(true);
      // Never the old, unconditional claim: isolated dystonia can be acquired, with an abnormal scan.
      expect(saysTogether(id, /\bIn (?:most people with )?isolated dystonia\b/i, /MRI/, /normal/i), id).toBe(false);
    }
  });
});
