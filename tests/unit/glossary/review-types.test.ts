/**
 * Fixes for the medical review rows on the types-and-classification entries
 * (shared/research/medical-review.md): every major row (A6–A9) is pinned to the shipped
 * text, and so are the minor and style rows a pattern can check. Each test reads the real
 * entries: short, long and the "Important" block (safetyText).
 */
import { describe, expect, it } from 'vitest';
import { types } from '../../../src/glossary/entries/types';
import { fleschKincaidGrade, median } from '../../../src/glossary/readability';
import { entry, entryText, formsOfEntry, gateOf, highlighted, lower, safetyText } from './entry-text';

describe('review rows: types and classification', () => {
  it('A6 (major): secondary dystonia is an older term for dystonia with an identifiable cause; acquired dystonia is its own entry', () => {
    const secondary = entryText('secondary-dystonia');
    expect(secondary).not.toMatch(/now (often )?call(ed)? (it )?acquired/i);
    expect(secondary).toMatch(/older term for dystonia with an identifiable cause/i);
    // The 2013 classification names the cause instead, and Wilson's disease is inherited.
    expect(secondary).toMatch(/2013 classification[^.]*names the cause/i);
    expect(secondary).toMatch(/Wilson's disease[^.]*inherited|inherited[^.]*Wilson's disease/i);
    expect(secondary).not.toMatch(/Wilson's disease[^.]*acquired|acquired[^.]*Wilson's disease/i);

    expect(lower(formsOfEntry('secondary-dystonia'))).not.toContain('acquired dystonia');
    expect(lower(formsOfEntry('acquired-dystonia'))).toContain('acquired dystonia');
    const acquired = entryText('acquired-dystonia');
    expect(acquired).toMatch(/inherited and idiopathic/i);
    expect(acquired).toMatch(/stroke/i);
    expect(acquired).toMatch(/medicines?/i);
    expect(acquired).toMatch(/toxins?/i);
    expect(acquired).toMatch(/secondary dystonia/i);
  });

  it('A7 (major): isolated says nothing about cause; scans are usually normal only with no known cause or a genetic one', () => {
    const required =
      /When isolated dystonia[^.]*has no known cause, or a genetic cause, routine MRI scans and blood tests are usually normal/i;
    for (const id of ['dystonia', 'isolated-dystonia']) {
      const t = entryText(id);
      expect(t).toMatch(required);
      expect(t).not.toMatch(/In isolated dystonia[^.]*MRI[^.]*(are|look) normal/i);
    }
    const isolated = entryText('isolated-dystonia');
    expect(isolated).not.toMatch(/new name for what doctors used to call primary dystonia/i);
    expect(isolated).toMatch(/says nothing about the cause/i);
    expect(isolated).toMatch(/clinical part of the older term primary dystonia/i);
    // Isolated dystonia can be acquired.
    expect(isolated).toMatch(/acquired[^.]*tardive dystonia/i);
  });

  it('A8 (major): "drug-induced dystonia" is an umbrella entry, no longer an alias of tardive dystonia', () => {
    expect(lower(formsOfEntry('tardive-dystonia'))).not.toContain('drug-induced dystonia');
    expect(entry('drug-induced-dystonia').term).toBe('drug-induced dystonia');
    expect(entry('drug-induced-dystonia').related).toEqual(
      expect.arrayContaining(['acute-dystonic-reaction', 'tardive-dystonia', 'off-period-dystonia']),
    );
    const t = entryText('drug-induced-dystonia');
    expect(t).toMatch(/within hours or days/i);
    expect(t).toMatch(/after months or years/i);
    expect(t).toMatch(/levodopa/i);
    const safety = safetyText('drug-induced-dystonia');
    expect(safety).toMatch(/emergency help if breathing or swallowing is affected/i);
    expect(safety).toMatch(/Do not stop or change a prescribed medicine on your own/i);
    // The tardive and acute entries carry their own safety text.
    expect(safetyText('tardive-dystonia')).toMatch(/Do not stop or change/i);
    expect(safetyText('acute-dystonic-reaction')).toMatch(/emergency[^.]*breathing or swallowing/i);
  });

  it('A9 (major): torticollis and wry neck leave cervical dystonia for a gated torticollis entry that explains their meanings', () => {
    const cervical = lower(formsOfEntry('cervical-dystonia'));
    expect(cervical).toContain('spasmodic torticollis');
    expect(cervical).not.toContain('torticollis');
    expect(cervical).not.toContain('wry neck');

    const t = entry('torticollis');
    expect(t.category).toBe('types');
    expect(t.dystoniaContext).toBe(false);
    expect(gateOf('torticollis', 'torticollis')).toBe('context');
    expect(gateOf('wry neck', 'torticollis')).toBe('context');

    const text = entryText('torticollis');
    expect(text).toMatch(/baby|babies/i);
    expect(text).toMatch(/congenital muscular torticollis/i);
    expect(text).toMatch(/wry neck/i);
    expect(text).toMatch(/sleeping in an awkward position|strain/i);
    expect(text).toMatch(/cervical dystonia[^.]*head turns to one side/i);
  });

  it('A9: on a parenting or neck-strain page, torticollis and wry neck are not highlighted; on a dystonia page they are', () => {
    expect(highlighted('Tummy time helps a baby with torticollis. A wry neck after sleeping awkwardly usually settles.')).toEqual([]);
    expect(highlighted('Cervical dystonia often causes torticollis.')).toEqual([
      ['cervical dystonia', 'cervical-dystonia'],
      ['torticollis', 'torticollis'],
    ]);
    expect(highlighted('Spasmodic torticollis is the older name.')).toEqual([['spasmodic torticollis', 'cervical-dystonia']]);
    // The torticollis entry does not give dystonia context: a baby page's "tremor" stays plain.
    expect(highlighted('Congenital muscular torticollis and a tremor.')).toEqual([['congenital muscular torticollis', 'torticollis']]);
  });

  it('A13: triggers often come before rapid-onset dystonia-parkinsonism', () => {
    const t = entryText('rapid-onset-dystonia-parkinsonism');
    expect(t).not.toMatch(/sometimes after a trigger/i);
    expect(t).toMatch(/trigger often comes just before/i);
  });

  it('A17: gene-based names lead; DYT numbers are described as older labels', () => {
    expect(entry('dyt1-dystonia').term).toBe('TOR1A dystonia');
    expect(formsOfEntry('dyt1-dystonia')).toEqual(expect.arrayContaining(['DYT-TOR1A', 'DYT1 dystonia']));
    expect(entry('dyt6-dystonia').term).toBe('THAP1 dystonia');
    expect(formsOfEntry('dyt6-dystonia')).toEqual(expect.arrayContaining(['DYT-THAP1', 'DYT6 dystonia']));
    expect(entryText('dyt1-dystonia')).toMatch(/DYT1 is an older label/);
    expect(entryText('dyt6-dystonia')).toMatch(/DYT6 is an older label/);
    const gene: Record<string, [string, string]> = {
      'dopa-responsive-dystonia': ['DYT-GCH1', 'DYT5'],
      'myoclonus-dystonia': ['DYT-SGCE', 'DYT11'],
      'rapid-onset-dystonia-parkinsonism': ['DYT-ATP1A3', 'DYT12'],
      'x-linked-dystonia-parkinsonism': ['DYT-TAF1', 'DYT3'],
    };
    for (const [id, [current, old]] of Object.entries(gene)) {
      expect(formsOfEntry(id), id).toEqual(expect.arrayContaining([current, old]));
      expect(entryText(id), id).toMatch(new RegExp(`gene-based name[^.]*${current}; ${old} is an older label`));
    }
    // Every locus number in the types entries is named as an older label where it appears.
    for (const e of types) {
      for (const sentence of `${e.short} ${e.long}`.split(/(?<=[.!?])\s+/)) {
        if (/\bDYT\d+\b/.test(sentence)) expect(sentence, e.id).toMatch(/older|once called/i);
      }
    }
  });

  it('A18: the paroxysmal dyskinesias carry the PxMD gene-based names; DYT10 and DYT8 are older labels', () => {
    expect(formsOfEntry('paroxysmal-kinesigenic-dyskinesia')).toEqual(expect.arrayContaining(['PxMD-PRRT2', 'DYT10']));
    expect(formsOfEntry('paroxysmal-non-kinesigenic-dyskinesia')).toEqual(expect.arrayContaining(['PxMD-PNKD', 'DYT8']));
    expect(entryText('paroxysmal-kinesigenic-dyskinesia')).toMatch(/PxMD-PRRT2; DYT10 is an older label/);
    expect(entryText('paroxysmal-non-kinesigenic-dyskinesia')).toMatch(/PxMD-PNKD, and DYT8 is an older label/);
  });

  it('A19: early-onset dystonia gives the 2013 age bands and the same cut-off (26) as TOR1A testing', () => {
    const t = entryText('early-onset-dystonia');
    expect(t).not.toMatch(/early twenties/i);
    for (const band of [
      /infancy \(birth to 2 years\)/,
      /childhood \(3 to 12\)/,
      /adolescence \(13 to 20\)/,
      /early adulthood \(21 to 40\)/,
      /late adulthood \(over 40\)/,
    ]) {
      expect(t).toMatch(band);
    }
    expect(t).toMatch(/\b26\b/);
  });

  it('A24: myoclonus-dystonia names the mood, anxiety and alcohol risks and GPi deep brain stimulation', () => {
    const t = entryText('myoclonus-dystonia');
    expect(t).toMatch(/anxiety/i);
    expect(t).toMatch(/low mood|depression/i);
    expect(t).toMatch(/obsessive-compulsive/i);
    expect(t).toMatch(/drinking too much/i);
    expect(t).toMatch(/deep brain stimulation of the globus pallidus \(GPi\)/);
    expect(safetyText('myoclonus-dystonia')).toMatch(/alcohol[^.]*drinking too much/i);
  });

  it('A27: laryngeal dystonia explains the temporary effects of injections and when to call', () => {
    const t = entryText('laryngeal-dystonia');
    expect(t).toMatch(/breathy voice[^.]*(coughing|swallowing drinks)/i);
    expect(t).toMatch(/week or two/i);
    expect(entry('laryngeal-dystonia').safety).toMatch(/Tell your injecting team/);
    // The urgent-help warning is the class warning of botulinum toxin, rendered from that entry.
    expect(entry('laryngeal-dystonia').safetyFrom).toBe('botulinum-toxin');
    for (const id of ['adductor-spasmodic-dysphonia', 'abductor-spasmodic-dysphonia']) {
      expect(safetyText(id), id).toMatch(/Tell your injecting team/);
    }
  });

  it('B1: blepharospasm is stressed on the first syllable', () => {
    expect(entry('blepharospasm').pronunciation).toBe('BLEF-uh-roh-spaz-um');
  });

  it('B4: functional dystonia no longer claims "functional movement disorder" and links the FND entry', () => {
    const f = lower(formsOfEntry('functional-dystonia'));
    expect(f).not.toContain('functional movement disorder');
    expect(f).not.toContain('functional movement disorders');
    expect(entry('functional-dystonia').related).toContain('functional-neurological-disorder');
  });

  it('B5: "primary torsion dystonia" belongs to primary dystonia', () => {
    expect(lower(formsOfEntry('primary-dystonia'))).toContain('primary torsion dystonia');
    expect(lower(formsOfEntry('isolated-dystonia'))).not.toContain('primary torsion dystonia');
  });

  it('B29 and B30: pronunciations cover the whole term; Meige notes the French sound', () => {
    expect(entry('rapid-onset-dystonia-parkinsonism').pronunciation).toMatch(/^RAP-id ON-set /);
    expect(entry('x-linked-dystonia-parkinsonism').pronunciation).toMatch(/^EKS-linkt /);
    expect(entryText('meige-syndrome')).toMatch(/mezh/);
  });

  it('B35 and B37: craniocervical and focal hand dystonia are entries of their own', () => {
    expect(lower(formsOfEntry('cranial-dystonia'))).not.toContain('craniocervical dystonia');
    expect(entry('craniocervical-dystonia').term).toBe('craniocervical dystonia');
    expect(entryText('craniocervical-dystonia')).toMatch(/neck/);
    expect(lower(formsOfEntry('focal-dystonia'))).not.toContain('focal hand dystonia');
    expect(entry('focal-hand-dystonia').term).toBe('focal hand dystonia');
    expect(entryText('focal-hand-dystonia')).toMatch(/writer's cramp/);
    expect(entryText('focal-hand-dystonia')).toMatch(/musician's dystonia/);
  });

  it('C11: no permission-giving stock phrases in the types entries', () => {
    for (const e of types) {
      expect(entryText(e.id), e.id).not.toMatch(/it is fine to ask|a fair question|it is reasonable to ask/i);
    }
  });

  it('C13: the long texts of the types entries have a median grade of 9 or below', () => {
    expect(median(types.map((e) => fleschKincaidGrade(e.long)))).toBeLessThanOrEqual(9);
  });
});

describe('types and classification: new entries, context and search words', () => {
  it('adds the planned entries and the ones real pages use', () => {
    const ids = new Set(types.map((e) => e.id));
    for (const id of [
      'acquired-dystonia',
      'drug-induced-dystonia',
      'torticollis',
      'heredodegenerative-dystonia',
      'paroxysmal-exercise-induced-dyskinesia',
      'paroxysmal-hypnogenic-dyskinesia',
      'focal-hand-dystonia',
      'craniocervical-dystonia',
      'dystonia-classification',
      'foot-dystonia',
      'embouchure-dystonia',
      'adductor-spasmodic-dysphonia',
      'abductor-spasmodic-dysphonia',
      'dystonia-parkinsonism',
    ]) {
      expect(ids, id).toContain(id);
    }
  });

  it('the classification entry gives both 2013 axes and their parts', () => {
    const t = entryText('dystonia-classification');
    for (const word of [
      /Axis I\b/,
      /Axis II\b/,
      /inherited, acquired or idiopathic/,
      /static/,
      /progressive/,
      /persistent/,
      /action-specific/,
      /diurnal/,
      /paroxysmal/,
      /isolated or combined/,
    ]) {
      expect(t).toMatch(word);
    }
    // Axis I and II also name psychiatric axes: only where the page spells out the classification.
    expect(gateOf('Axis I', 'dystonia-classification')).toBe('expansion');
  });

  it('paroxysmal hypnogenic dyskinesia is described as now mostly a form of sleep-related epilepsy', () => {
    expect(entryText('paroxysmal-hypnogenic-dyskinesia')).toMatch(/sleep-related hypermotor epilepsy/);
    expect(entry('paroxysmal-hypnogenic-dyskinesia').short).toMatch(/epilepsy/);
  });

  it('heredodegenerative dystonia is marked as an older term', () => {
    expect(entry('heredodegenerative-dystonia').short).toMatch(/^An older term/);
  });

  it('types entries whose forms are not dystonia-specific give no dystonia context', () => {
    for (const id of ['movement-disorder', 'yips', 'torticollis']) expect(entry(id).dystoniaContext, id).toBe(false);
  });

  it('every types entry has 1–6 lower-case search keywords that are not its own forms', () => {
    for (const e of types) {
      const own = new Set(lower(formsOfEntry(e.id)));
      expect(e.keywords?.length ?? 0, e.id).toBeGreaterThanOrEqual(1);
      expect(e.keywords!.length, e.id).toBeLessThanOrEqual(6);
      for (const k of e.keywords!) {
        expect(k, e.id).toBe(k.toLowerCase());
        expect(own.has(k), `${e.id}: ${k}`).toBe(false);
      }
    }
  });
});
