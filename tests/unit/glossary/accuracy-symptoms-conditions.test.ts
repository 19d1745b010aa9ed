/**
 * Accuracy checks for the symptoms and related-conditions entries, from the research notes
 * (shared/research/dystonia-terms.md, "Accuracy checks" and the per-term notes). Each test
 * reads the shipped text, so a later edit that contradicts a check fails here.
 */
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/glossary';
import type { GlossaryEntry } from '../../../src/glossary';

function entry(id: string): GlossaryEntry {
  const found = GLOSSARY.find((e) => e.id === id);
  if (!found) throw new Error(`no glossary entry ${id}`);
  return found;
}

/** Short and long text together, as a reader sees them in the popover. */
function text(id: string): string {
  const e = entry(id);
  return `${e.short} ${e.long}`;
}

const MINE = GLOSSARY.filter((e) => e.category === 'symptoms' || e.category === 'related-conditions');

describe('symptoms and related conditions: accuracy', () => {
  it('check 10: dystonia is the third most common movement disorder, after essential tremor and then Parkinson’s disease', () => {
    for (const id of ['essential-tremor', 'parkinsons-disease']) {
      const t = text(id);
      const claim = t.match(/third most common[^.]*\./i)?.[0];
      expect(claim, id).toBeDefined();
      const et = claim!.search(/essential tremor/i);
      const pd = claim!.search(/Parkinson['’]s disease/i);
      expect(et, id).toBeGreaterThanOrEqual(0);
      expect(pd, id).toBeGreaterThan(et);
    }
    expect(text('essential-tremor')).toMatch(/essential tremor is the most common movement disorder/i);
    expect(text('parkinsons-disease')).not.toMatch(/Parkinson['’]s disease is the most common movement disorder/i);
  });

  it('Wilson’s disease: copper build-up, a treatable inherited cause of dystonia (older texts: secondary)', () => {
    const t = text('wilsons-disease');
    expect(t).toMatch(/copper/i);
    expect(t).toMatch(/treatable/i);
    expect(t).toMatch(/dystonia/i);
    expect(t).toMatch(/secondary/i);
    // Review row A4: inherited under the 2013 classification, not acquired.
    expect(t).toMatch(/treatable inherited cause of dystonia/i);
    expect(t).not.toMatch(/acquired \(secondary\)/i);
    expect(t).toMatch(/autosomal recessive/i);
    expect(t).not.toMatch(/\b(incurable|untreatable|no treatment)\b/i);
    expect(entry('wilsons-disease').related).toContain('secondary-dystonia');
  });

  it('hemifacial spasm is not a true dystonia: one side of the face, from the facial nerve', () => {
    const t = text('hemifacial-spasm');
    expect(entry('hemifacial-spasm').short).toMatch(/not a true dystonia/i);
    expect(t).toMatch(/one side/i);
    expect(t).toMatch(/facial nerve/i);
    expect(t).toMatch(/blepharospasm/i);
    expect(t).not.toMatch(/\bis (a|one) (form|type|kind) of dystonia/i);
  });

  it('"spastic" is handled carefully: gated, explained as also an insult, and not used as a label elsewhere', () => {
    const e = entry('spasticity');
    expect(e.aliases).toContain('spastic');
    expect(e.contextGated).toEqual(expect.arrayContaining(['spastic']));
    expect(e.long).toMatch(/insult/i);
    expect(e.long).toMatch(/person with spasticity/i);
    expect(e.short).not.toMatch(/\bspastic\b/i);
    for (const other of MINE.filter((x) => x.id !== 'spasticity')) {
      expect(`${other.short} ${other.long}`, other.id).not.toMatch(/\bspastic\b/i);
    }
    // Spasticity is velocity-dependent and distinct from dystonia.
    expect(e.short).toMatch(/faster/i);
    expect(e.long).toMatch(/different from dystonia/i);
  });

  it('check 8: tardive dyskinesia follows months of dopamine blockers; an acute dystonic reaction comes within hours or days', () => {
    const td = text('tardive-dyskinesia');
    expect(td).toMatch(/block(s|ing)? dopamine|dopamine-blocking/i);
    expect(td).toMatch(/months or years/i);
    expect(td).not.toMatch(/within (hours|days)/i);
    const eps = text('extrapyramidal-symptoms');
    expect(eps).toMatch(/acute dystonic reaction[^.]*within hours or days/i);
    expect(eps).toMatch(/tardive dyskinesia after months/i);
  });

  it('check 6: parkinsonism entry says rapid-onset dystonia-parkinsonism responds poorly to levodopa', () => {
    const t = text('parkinsonism');
    expect(t).toMatch(/rapid-onset dystonia-parkinsonism, which usually responds poorly to levodopa/i);
    expect(t).not.toMatch(/rapid-onset dystonia-parkinsonism[^.,;]*responds (very )?well/i);
  });

  it('check 5: diurnal fluctuation in dopa-responsive dystonia worsens towards evening and responds to low-dose levodopa', () => {
    const t = text('diurnal-fluctuation');
    expect(t).toMatch(/dopa-responsive dystonia/i);
    expect(t).toMatch(/worse later in the day|toward(s)? the evening/i);
    expect(t).toMatch(/levodopa/i);
    expect(t).toMatch(/low doses/i);
    expect(t).not.toMatch(/worse in the morning/i);
  });

  it('check 7: myoclonus entry says myoclonus-dystonia (SGCE) often improves with alcohol, and not as a treatment', () => {
    const t = text('myoclonus');
    expect(t).toMatch(/SGCE/);
    expect(t).toMatch(/improve[^.]*alcohol/i);
    expect(t).toMatch(/not as a treatment/i);
  });

  it('check 9: in blepharospasm-related entries the eyes and vision are normal', () => {
    expect(text('photophobia')).toMatch(/eyes and vision themselves are normal/i);
    expect(text('apraxia-of-eyelid-opening')).toMatch(/eyes and vision are normal/i);
  });

  it('check 10 (corrected, review row A7): an MRI usually shows the damage after a stroke; "isolated" says nothing about scans', () => {
    const t = text('stroke');
    expect(t).not.toMatch(/isolated dystonia, where brain scans are normal/i);
    expect(t).not.toMatch(/isolated dystonia[^.]*scans? (are|is) normal/i);
    expect(t).toMatch(/MRI scan usually shows the damaged area/i);
  });

  it('sensory trick: a light touch that eases dystonia (geste antagoniste), not force', () => {
    const e = entry('sensory-trick');
    expect(`${e.short} ${e.long}`).toMatch(/light touch/i);
    expect(`${e.short} ${e.long}`).toMatch(/eases/i);
    expect(e.aliases).toContain('geste antagoniste');
    expect(e.long).toMatch(/not simply pushing/i);
  });

  it('head-position terms name the right direction', () => {
    expect(entry('laterocollis').short).toMatch(/tilts to one side/i);
    expect(entry('retrocollis').short).toMatch(/backward/i);
    expect(entry('anterocollis').short).toMatch(/forward/i);
    for (const id of ['laterocollis', 'retrocollis', 'anterocollis']) {
      expect(entry(id).related, id).toContain('cervical-dystonia');
    }
  });
});

describe('symptoms and related conditions: matching metadata', () => {
  it('never lists "Parkinson" alone (a surname) and gates short abbreviations', () => {
    const pd = entry('parkinsons-disease');
    const forms = [pd.term, ...pd.aliases, ...(pd.abbreviations ?? [])];
    expect(forms.map((f) => f.toLowerCase())).not.toContain('parkinson');
    for (const [id, abbr] of [
      ['parkinsons-disease', 'PD'],
      ['essential-tremor', 'ET'],
      ['tardive-dyskinesia', 'TD'],
      ['extrapyramidal-symptoms', 'EPS'],
    ] as const) {
      expect(entry(id).abbreviations, id).toContain(abbr);
      expect(entry(id).contextGated, id).toEqual(expect.arrayContaining([abbr]));
    }
  });

  it('gates entries whose term is an ordinary English word', () => {
    for (const id of ['tremor', 'spasm', 'cramp', 'rigidity']) expect(entry(id).contextGated, id).toBe(true);
    expect(entry('stroke').contextGated).toEqual(expect.arrayContaining(['stroke', 'strokes']));
    expect(entry('tic').contextGated).toEqual(expect.arrayContaining(['tic', 'tics']));
  });

  it('keeps plan-owned aliases on the right entries', () => {
    expect(entry('dysphonia').aliases).not.toContain('spasmodic dysphonia');
    expect(entry('tic').aliases).toEqual(expect.arrayContaining(['tics', 'tic disorder']));
    // Review row B18: Tourette syndrome is a condition with its own entry, not a form of "tic".
    expect(entry('tic').aliases).not.toContain('Tourette syndrome');
    expect(entry('tourette-syndrome').aliases).toEqual(expect.arrayContaining(["Tourette's syndrome", "Tourette's"]));
    expect(entry('spasm').aliases).toEqual(expect.arrayContaining(['muscle spasm', 'spasms', 'spasmodic']));
    expect(entry('spasm').aliases).not.toContain('hemifacial spasm');
    expect(entry('cramp').aliases).not.toContain("writer's cramp");
    expect(entry('dystonic-tremor').aliases).toContain('dystonic head tremor');
    for (const e of MINE) {
      const forms = [...e.aliases, ...(e.abbreviations ?? [])].map((f) => f.toLowerCase());
      for (const owned of ['torticollis', 'botox', 'dyskinesia', 'spasmodic dysphonia', 'cd', 'sd']) {
        expect(forms, e.id).not.toContain(owned);
      }
    }
  });
});
