/**
 * Fixes for the medical review rows on the genetics, anatomy and brain chemistry entries
 * (shared/research/medical-review.md): the major row (A3) and the minor and style rows a
 * pattern can check are pinned to the shipped text. Each test reads the real entries:
 * short, long and the "Important" block (safetyText).
 */
import { describe, expect, it } from 'vitest';
import { english } from '../../../scripts/english-messages';
import { categoryMessageKey } from '../../../src/i18n/category-label';
import { GLOSSARY } from '../../../src/glossary';
import { anatomy } from '../../../src/glossary/entries/anatomy';
import { brainChemistry } from '../../../src/glossary/entries/brain-chemistry';
import { genetics } from '../../../src/glossary/entries/genetics';
import { fleschKincaidGrade, median } from '../../../src/glossary/readability';
import { formsOf } from '../../../src/matching';
import { entry, entryText, formsOfEntry, highlighted, lower, safetyText } from './entry-text';

const forms = formsOf(GLOSSARY);
const mine = [...genetics, ...anatomy, ...brainChemistry];

function formOf(text: string, entryId: string) {
  return forms.find((f) => f.entryId === entryId && f.text.toLowerCase() === text.toLowerCase());
}

/** The urgent-help wording rows A1, A27 and A28 ask for. */
const URGENT_SWALLOWING =
  /urgent medical help if you cannot swallow liquids or your own saliva, if you choke, or if you are short of breath/i;

describe('review rows: genetics, anatomy and brain chemistry', () => {
  it('A3 (major): DYT1 is a locus label, not the first gene; GCH1 was the first gene; loci were numbered in the order they were reported', () => {
    const dyt1 = entryText('dyt1');
    expect(dyt1).not.toMatch(/first gene found/i);
    expect(dyt1).not.toMatch(/genes were (first )?numbered/i);
    expect(dyt1).toMatch(/place on a chromosome \(a locus\)/i);
    expect(dyt1).toMatch(/loci\)[^.]*numbered in the order they were reported/i);
    expect(dyt1).toMatch(/DYT-TOR1A/);
    expect(dyt1).toMatch(/older name/i);
    expect(dyt1).toMatch(/first gene shown to cause an inherited dystonia[^.]*GCH1[^.]*1994/i);
    expect(entryText('gch1')).toMatch(/GCH1 was the first gene shown to cause an inherited dystonia, in 1994/);
    expect(entry('dyt1').sources).toEqual(expect.arrayContaining(['gen-ichinose-1994', 'types-marras-2016']));
    // The gene-locus entry explains the word, and "locus" alone is gated (locus of control).
    expect(entryText('gene-locus')).toMatch(/numbered in the order they were reported/i);
    expect(formOf('locus', 'gene-locus')?.gate).toBe('context');
  });

  it('A17: the genetics entries use gene-based names, with DYT numbers given as older names', () => {
    for (const id of ['tor1a', 'gag-deletion', 'reduced-penetrance', 'founder-effect', 'mutation-carrier', 'autosomal-dominant', 'dyt1']) {
      expect(entryText(id), id).toMatch(/DYT-TOR1A/);
    }
    expect(entryText('thap1')).toMatch(/DYT-THAP1/);
    expect(entryText('autosomal-dominant')).toMatch(/DYT-THAP1/);
    for (const e of genetics) {
      const t = entryText(e.id);
      expect(t, e.id).not.toMatch(/\bDYT1 dystonia\b|\bDYT6 dystonia\b/);
    }
    expect(entryText('tor1a')).toMatch(/once called DYT1/);
    expect(entryText('thap1')).toMatch(/older name is DYT6/);
  });

  it('A20: botulinum toxin wears off because the nerve endings repair themselves, not because they sprout new connections', () => {
    const t = entryText('neuromuscular-junction');
    expect(t).not.toMatch(/grow new connections/i);
    expect(t).toMatch(/nerve endings slowly repair themselves/i);
    expect(t).toMatch(/wears off/i);
  });

  it('A21: the lentiform nucleus was named from how the brain looks when cut, or on a scan', () => {
    const t = entryText('lentiform-nucleus');
    expect(t).toMatch(/when the brain is cut, or on a scan/i);
    expect(t).not.toMatch(/look together on a brain scan/i);
  });

  it('A27: after injections into the voice muscles, a breathy or weak voice is expected for a while, and the safety block says when to get urgent help', () => {
    const t = entryText('vocal-folds');
    expect(t).toMatch(/after an injection, a breathy or weak voice and some coughing on drinks are common/i);
    expect(safetyText('vocal-folds')).toMatch(URGENT_SWALLOWING);
  });

  it('A28: neck injections can make swallowing harder; the safety block says when to get urgent help, and the other front-of-neck muscles show it too', () => {
    const safety = safetyText('sternocleidomastoid');
    expect(safety).toMatch(/swallowing is often a little harder/i);
    expect(safety).toMatch(/tell the doctor who injects you/i);
    expect(safety).toMatch(URGENT_SWALLOWING);
    for (const id of ['scalene-muscles', 'platysma']) expect(safetyText(id), id).toBe(safety);
    expect(safetyText('genioglossus')).toMatch(URGENT_SWALLOWING);
  });

  it('B3: the vocal folds are not the larynx; "laryngeal" is never a form on its own; the larynx has its own entry and gives no context', () => {
    const vocal = lower(formsOfEntry('vocal-folds'));
    for (const f of ['larynx', 'voice box', 'laryngeal']) expect(vocal).not.toContain(f);
    expect(forms.filter((f) => f.text.toLowerCase() === 'laryngeal')).toEqual([]);
    expect(lower(formsOfEntry('larynx'))).toEqual(expect.arrayContaining(['larynx', 'voice box']));
    expect(formOf('larynx', 'larynx')?.givesContext).toBe(false);
    // A laryngeal cancer page is not labelled with the vocal folds.
    expect(highlighted('Laryngeal cancer affects the larynx.')).toEqual([['larynx', 'larynx']]);
  });

  it('B6: sensorimotor integration and maladaptive plasticity are their own entries, not aliases of surround inhibition', () => {
    const surround = lower(formsOfEntry('surround-inhibition'));
    expect(surround).not.toContain('sensorimotor integration');
    expect(surround).not.toContain('maladaptive plasticity');
    expect(entry('sensorimotor-integration').term).toBe('sensorimotor integration');
    expect(entry('maladaptive-plasticity').term).toBe('maladaptive plasticity');
    expect(entryText('maladaptive-plasticity')).toMatch(/research idea/i);
  });

  it('B11: genomic imprinting is its own entry and explains that either parent’s copy can be silenced', () => {
    expect(lower(formsOfEntry('maternal-imprinting'))).not.toContain('genomic imprinting');
    const t = entryText('genomic-imprinting');
    expect(t).toMatch(/either the mother's copy or the father's copy/i);
  });

  it('B12: "chemical messenger" is gated, so a page about hormones does not get the neurotransmitter popover', () => {
    for (const f of ['chemical messenger', 'chemical messengers']) expect(formOf(f, 'neurotransmitter')?.gate, f).toBe('context');
    expect(highlighted('Hormones are chemical messengers made by glands.')).toEqual([]);
  });

  it('B22–B26: gene, anatomy and physiology facts cite sources that carry them', () => {
    expect(entry('gnal').sources).toContain('gen-genereviews-gnal');
    expect(entry('kmt2b').sources).toContain('gen-kmt2b-update-2019');
    for (const id of ['gnal', 'kmt2b']) expect(entry(id).sources, id).not.toContain('dmrf-what-is');
    for (const id of ['sgce', 'maternal-imprinting']) {
      expect(entry(id).sources, id).toContain('gen-genereviews-sgce');
      expect(entry(id).sources, id).not.toContain('genereviews-dyt1');
    }
    expect(entry('taf1').sources).toContain('gen-genereviews-xdp');
    for (const id of ['taf1', 'prrt2', 'surround-inhibition']) expect(entry(id).sources, id).not.toContain('albanese-2013');
    for (const id of ['gch1', 'tetrahydrobiopterin', 'striatum', 'substantia-nigra'])
      expect(entry(id).sources, id).toContain('gen-genereviews-gch1');
    for (const id of ['gch1', 'tetrahydrobiopterin', 'substantia-nigra'])
      expect(entry(id).sources, id).not.toContain('dmrf-oral-medications');
    expect(entry('surround-inhibition').sources).toContain('gen-quartarone-hallett-2013');
    expect(entry('cerebellum').sources).toContain('gen-bologna-2017-cerebellum');
  });

  it('B33: the physiology entries stay under a category now labelled "Brain chemistry and physiology"', () => {
    expect(english(categoryMessageKey('brain-chemistry'))).toBe('Brain chemistry and physiology');
    for (const id of ['muscle-tone', 'co-contraction', 'surround-inhibition']) expect(entry(id).category, id).toBe('brain-chemistry');
  });

  it('B36: the entry is titled penetrance, so "complete penetrance" is not labelled "reduced penetrance"', () => {
    expect(entry('reduced-penetrance').term).toBe('penetrance');
    expect(lower(formsOfEntry('reduced-penetrance'))).toContain('reduced penetrance');
    expect(entry('reduced-penetrance').short).not.toMatch(/^When some people/);
  });

  it('C1, C4–C7, C9, C11, C12: plain-language fixes in the shorts and long texts', () => {
    expect(entry('gch1').short).toMatch(/a helper substance called BH4/);
    expect(entry('taf1').short).toMatch(/slowness and stiffness \(parkinsonism\)/);
    expect(entry('prrt2').short).toMatch(/paroxysmal kinesigenic dyskinesia \(PKD\)/);
    expect(entry('thap1').short).not.toMatch(/^The gene behind DYT6/);
    for (const id of ['globus-pallidus', 'thalamus']) {
      expect(entryText(id), id).not.toMatch(/lesion/i);
      expect(entryText(id), id).toMatch(/destroy(s|ed)? [^.]*on purpose/i);
    }
    expect(entry('cerebellum').short).toMatch(/below the back of the brain's two large halves/);
    expect(entry('cerebellum').short).not.toMatch(/under the main brain/);
    expect(entryText('subthalamic-nucleus')).not.toMatch(/fair question|it is fine to ask|reasonable to ask/i);
    const x = entryText('x-linked');
    expect(x).not.toMatch(/^Women have two X chromosomes|\bWomen have two X chromosomes/);
    expect(x).toMatch(/Most females have two X chromosomes, and most males have one X and one Y/);
  });

  it('C8: "receptor" is explained as a docking site wherever a long text uses it', () => {
    expect(entryText('neurotransmitter')).toMatch(/docking sites on its surface, called receptors/i);
    expect(entryText('gaba')).toMatch(/docking site, or receptor/i);
    expect(entry('dopamine-receptor').short).toMatch(/docking site/i);
  });

  it('C13: the long texts of these entries read at about grade 8–9', () => {
    const grades = mine.map((e) => fleschKincaidGrade(e.long));
    expect(median(grades)).toBeLessThanOrEqual(9);
    for (const e of mine) expect(fleschKincaidGrade(e.long), e.id).toBeLessThanOrEqual(11);
  });

  it('every entry in these files has 1–6 search keywords that are not already its own forms', () => {
    for (const e of mine) {
      const kw = e.keywords ?? [];
      expect(kw.length, e.id).toBeGreaterThanOrEqual(1);
      expect(kw.length, e.id).toBeLessThanOrEqual(6);
      const own = new Set(lower(formsOfEntry(e.id)));
      for (const k of kw) expect(own.has(k), `${e.id}: ${k}`).toBe(false);
    }
  });

  it('D1: only genes discussed almost only as dystonia genes give context; generic genetics, anatomy and chemistry words never do', () => {
    for (const [text, id] of [
      ['TOR1A', 'tor1a'],
      ['THAP1', 'thap1'],
      ['GNAL', 'gnal'],
      ['SGCE', 'sgce'],
      ['ANO3', 'ano3'],
      ['DYT1', 'dyt1'],
    ] as const) {
      expect(formOf(text, id)?.givesContext, text).toBe(true);
    }
    for (const [text, id] of [
      ['autosomal dominant', 'autosomal-dominant'],
      ['X-linked', 'x-linked'],
      ['de novo mutation', 'de-novo-mutation'],
      ['mutation carrier', 'mutation-carrier'],
      ['genetic testing', 'genetic-testing'],
      ['gene panel', 'gene-panel'],
      ['exome sequencing', 'exome-sequencing'],
      ['chromosome', 'chromosome'],
      ['heterozygous', 'heterozygous'],
      ['TUBB4A', 'tubb4a'],
      ['SLC2A1', 'slc2a1'],
      ['EIF2AK2', 'eif2ak2'],
      ['ATP7B', 'atp7b'],
      ['larynx', 'larynx'],
      ['trapezius', 'trapezius'],
      ['neuron', 'neuron'],
      ['dopamine', 'dopamine'],
      ['neurotransmitter', 'neurotransmitter'],
    ] as const) {
      expect(formOf(text, id)?.givesContext, text).toBe(false);
    }
    // A kidney page that says "autosomal dominant" does not switch on PKD or tremor.
    expect(highlighted('Polycystic kidney disease (PKD) is autosomal dominant. A tremor is not a sign of it.')).toEqual([
      ['autosomal dominant', 'autosomal-dominant'],
    ]);
    // A dystonia gene does.
    expect(highlighted('THAP1 can cause a tremor.')).toEqual([
      ['thap1', 'thap1'],
      ['tremor', 'tremor'],
    ]);
  });

  it('short abbreviations and ordinary words in these entries are gated', () => {
    for (const [text, id] of [
      ['VUS', 'variant-of-uncertain-significance'],
      ['WES', 'exome-sequencing'],
      ['WGS', 'exome-sequencing'],
      ['CNS', 'central-nervous-system'],
      ['PNS', 'peripheral-nerve'],
    ] as const) {
      expect(formOf(text, id)?.gate, text).toBe('expansion');
    }
    expect(formOf('scalene', 'scalene-muscles')?.gate).toBe('context');
    expect(highlighted('A scalene triangle has three unequal sides.')).toEqual([]);
  });

  it('new entries: genes, genetic tests and results, and the muscles clinic letters name for injections', () => {
    for (const id of [
      'larynx',
      'sensorimotor-integration',
      'maladaptive-plasticity',
      'genomic-imprinting',
      'ano3',
      'prkra',
      'vps16',
      'tubb4a',
      'slc2a1',
      'adcy5',
      'gnao1',
      'eif2ak2',
      'hpca',
      'pank2',
      'atp7b',
      'gene-panel',
      'exome-sequencing',
      'variant-of-uncertain-significance',
      'pathogenic-variant',
      'heterozygous',
      'homozygous',
      'chromosome',
      'gene-locus',
      'trapezius',
      'splenius-capitis',
      'levator-scapulae',
      'scalene-muscles',
      'levator-palpebrae',
      'masseter',
      'temporalis',
      'pterygoid-muscles',
      'platysma',
      'genioglossus',
      'neuron',
      'central-nervous-system',
      'spinal-cord',
      'peripheral-nerve',
    ]) {
      expect(entry(id).id).toBe(id);
    }
    expect(entryText('tubb4a')).toMatch(/whispering dysphonia/i);
    expect(entryText('slc2a1')).toMatch(/paroxysmal exercise-induced dyskinesia/i);
    expect(entryText('pank2')).toMatch(/PKAN/);
    expect(entryText('atp7b')).toMatch(/Wilson's disease/);
    expect(entryText('levator-palpebrae')).toMatch(/lifts the upper eyelid/i);
    expect(entryText('exome-sequencing')).toMatch(/genome sequencing/i);
  });

  it('safety: the entries where a reader’s decision could hurt them say so in the Important block', () => {
    expect(safetyText('gaba')).toMatch(/Do not stop a benzodiazepine or baclofen suddenly/);
    expect(safetyText('slc2a1')).toMatch(/Do not start a ketogenic diet[^.]*on your own/);
    expect(safetyText('gnao1')).toMatch(/emergency/i);
    expect(safetyText('variant-of-uncertain-significance')).toMatch(/not a diagnosis/i);
    // The Wilson's disease gene shows that entry's warning, rendered from it, not copied.
    expect(entry('atp7b').safety).toBeUndefined();
    expect(safetyText('atp7b')).toBe(safetyText('wilsons-disease'));
    expect(safetyText('atp7b')).toMatch(/stop/i);
    expect(entry('dopamine-receptor').safetyFrom).toBe('acute-dystonic-reaction');
  });
});
