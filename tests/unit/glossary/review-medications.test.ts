/**
 * Fixes for the medical review rows on the medication entries
 * (shared/research/medical-review.md): the critical row (A1) and every major row (A2, A10,
 * A11) are pinned to the shipped text, and so are the minor and style rows a pattern can
 * check, plus the "do not stop suddenly" and urgent-help wording the glossary issue asks for.
 * Each test reads the real entries: short, long and the "Important" block (safetyText).
 */
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/glossary';
import { medications } from '../../../src/glossary/entries/medications';
import { formsOf } from '../../../src/matching';
import { entry, entryText, formsOfEntry, gateOf, highlighted, lower, safetyText } from './entry-text';

const forms = formsOf(GLOSSARY);

const TOXIN_BRANDS = ['onabotulinumtoxina', 'abobotulinumtoxina', 'incobotulinumtoxina', 'rimabotulinumtoxinb', 'daxibotulinumtoxina'];
const DO_NOT_STOP = /do not stop [^.]*suddenly|never stop/i;

describe('review rows: medications', () => {
  it('A1 (critical): botulinum toxin works mainly where it is injected, and the spread warning and urgent-help advice are in its safety block', () => {
    const t = entryText('botulinum-toxin');
    expect(t).not.toMatch(/only where it is injected/i);
    expect(entry('botulinum-toxin').long).toMatch(/mainly in and around the muscles where it is injected/i);

    const safety = safetyText('botulinum-toxin');
    expect(safety).toMatch(/spreads beyond the injected muscles/i);
    expect(safety).toMatch(/hours to weeks/i);
    expect(safety).toMatch(/urgent medical help[^.]*swallowing, speaking or breathing/i);
    expect(safety).toMatch(/weakness, double vision or drooping eyelids/i);
    // Mild swallowing trouble after neck injections is common; choking or breathlessness is an emergency.
    expect(safety).toMatch(/mild swallowing difficulty after neck injections is common/i);
    expect(safety).toMatch(/choking|breathlessness/i);
    expect(safety).toMatch(/emergency/i);
  });

  it('A2 (major): every botulinum toxin product shows the class warning, plus its own: units are not interchangeable', () => {
    for (const id of [...TOXIN_BRANDS, 'prabotulinumtoxina', 'letibotulinumtoxina']) {
      expect(entry(id).safetyFrom, id).toBe('botulinum-toxin');
      const safety = safetyText(id);
      expect(safety, id).toMatch(/spreads beyond the injected muscles/i);
      expect(safety, id).toMatch(/urgent medical help/i);
    }
    for (const id of TOXIN_BRANDS) {
      expect(entry(id).safety, id).toMatch(/units/i);
      expect(entry(id).safety, id).toMatch(/not the same|cannot be swapped|completely different/i);
      expect(entry(id).safety, id).toMatch(/tell any new clinic exactly which product and dose/i);
      // The quoted overstatement is gone from the brands too.
      expect(entryText(id), id).not.toMatch(/acetylcholine where it is injected/i);
    }
  });

  it('A10 (major): benztropine says not to stop it suddenly, and warns about glaucoma and overheating', () => {
    const safety = safetyText('benztropine');
    expect(safety).toMatch(DO_NOT_STOP);
    expect(safety).toMatch(/glaucoma/i);
    expect(safety).toMatch(/reduce sweating/i);
    expect(safety).toMatch(/overheat in hot weather/i);
    expect(entry('benztropine').long).toMatch(/raised slowly/i);
  });

  it('A11 (major): levodopa medicines and dopamine agonists say not to stop suddenly; agonists warn about sudden sleep and driving', () => {
    for (const id of ['levodopa', 'carbidopa-levodopa', 'co-beneldopa']) {
      const safety = safetyText(id);
      expect(safety, id).toMatch(/do not stop levodopa suddenly or cut the dose sharply without your doctor/i);
      expect(safety, id).toMatch(/high fever, rigid muscles and confusion/i);
      expect(safety, id).toMatch(/emergency/i);
    }
    for (const id of ['dopamine-agonist', 'ropinirole', 'pramipexole', 'rotigotine', 'bromocriptine']) {
      const safety = safetyText(id);
      expect(safety, id).toMatch(/do not stop a dopamine agonist suddenly/i);
      expect(safety, id).toMatch(/fall asleep suddenly/i);
      expect(safety, id).toMatch(/do not drive/i);
      expect(safety, id).toMatch(/gamble/i);
    }
    expect(safetyText('amantadine')).toMatch(/do not stop amantadine suddenly/i);
  });

  it('A14 (minor): valbenazine and deutetrabenazine have entries, and the VMAT2 class names all three and says availability varies', () => {
    expect(lower(formsOfEntry('valbenazine'))).toContain('ingrezza');
    expect(lower(formsOfEntry('deutetrabenazine'))).toContain('austedo');
    expect(entryText('valbenazine')).toMatch(/2017[^.]*tardive dyskinesia/i);
    const vmat2 = entry('vmat2-inhibitor');
    for (const id of ['tetrabenazine', 'deutetrabenazine', 'valbenazine']) expect(vmat2.related, id).toContain(id);
    expect(vmat2.long).toMatch(/differs from country to country/i);
  });

  it('A15 (minor): tetrabenazine asks about depression history and other medicines before starting', () => {
    const safety = safetyText('tetrabenazine');
    expect(safety).toMatch(/history of depression or suicidal thoughts/i);
    expect(safety).toMatch(/all your other medicines/i);
    expect(safety).toMatch(/MAOI antidepressants or reserpine/i);
    expect(safety).toMatch(/not given to people with untreated depression/i);
  });

  it('B9 (minor): "VMAT2 inhibitor" is a class entry, not an alias of tetrabenazine', () => {
    expect(lower(formsOfEntry('tetrabenazine'))).not.toContain('vmat2 inhibitor');
    expect(lower(formsOfEntry('vmat2-inhibitor'))).toEqual(
      expect.arrayContaining(['vmat2 inhibitor', 'vmat2 inhibitors', 'dopamine-depleting drugs']),
    );
    expect(highlighted('Tetrabenazine is a VMAT2 inhibitor.')).toEqual([
      ['tetrabenazine', 'tetrabenazine'],
      ['vmat2 inhibitor', 'vmat2-inhibitor'],
    ]);
  });

  it('B10 (minor): bromocriptine has its own entry; the agonists patients take are entries too', () => {
    expect(lower(formsOfEntry('dopamine-agonist'))).not.toEqual(expect.arrayContaining(['bromocriptine']));
    expect(lower(formsOfEntry('dopamine-agonist'))).not.toContain('parlodel');
    expect(lower(formsOfEntry('bromocriptine'))).toContain('parlodel');
    expect(entryText('bromocriptine')).toMatch(/prolactin/i);
    for (const id of ['ropinirole', 'pramipexole', 'rotigotine']) expect(entry('dopamine-agonist').related, id).toContain(id);
  });

  it('B17 (minor): cosmetic-market toxin brands are gated, and no medicine gives dystonia context', () => {
    for (const [form, id] of [
      ['Botox', 'botulinum-toxin'],
      ['Dysport', 'abobotulinumtoxina'],
      ['Xeomin', 'incobotulinumtoxina'],
      ['Daxxify', 'daxibotulinumtoxina'],
      ['Jeuveau', 'prabotulinumtoxina'],
      ['Letybo', 'letibotulinumtoxina'],
      ['prabotulinumtoxinA', 'prabotulinumtoxina'],
      ['letibotulinumtoxinA', 'letibotulinumtoxina'],
    ] as const) {
      expect(gateOf(form, id), form).toBe('context');
    }
    // "Botox vs Dysport vs Xeomin" on a cosmetic page: nothing there unlocks the brands.
    expect(highlighted('Botox vs Dysport vs Xeomin vs Jeuveau: which is best for frown lines?')).toEqual([]);
    // "botulinum toxin" itself is highlighted but unlocks nothing; nor does any other medicine name.
    expect(highlighted('Botulinum toxin (Botox) smooths frown lines.')).toEqual([
      ['botulinum toxin', 'botulinum-toxin'],
      ['botox', 'botulinum-toxin'],
    ]);
    expect(highlighted('Botulinum toxin and Dysport for crow’s feet.')).toEqual([['botulinum toxin', 'botulinum-toxin']]);
    expect(forms.filter((f) => medications.some((e) => e.id === f.entryId) && f.givesContext)).toEqual([]);
    // On a dystonia page the brands are explained.
    expect(highlighted('Cervical dystonia is treated with Dysport or Xeomin.').map(([, id]) => id)).toEqual([
      'cervical-dystonia',
      'abobotulinumtoxina',
      'incobotulinumtoxina',
    ]);
  });

  it('B20 (minor): treatment facts cite Mayo Clinic’s diagnosis-and-treatment page, not its symptoms page', () => {
    for (const e of medications) {
      expect(e.sources, e.id).not.toContain('mayo-dystonia');
    }
    for (const id of ['trihexyphenidyl', 'benzodiazepine', 'tetrabenazine', 'botulinum-toxin', 'levodopa', 'carbidopa-levodopa']) {
      expect(entry(id).sources, id).toContain('mayo-dystonia-treatment');
    }
  });

  it('B21 (minor): the botulinum toxin brands cite labels or drug monographs, not only general pages', () => {
    const labelSources = /^med-(ashp|drugs|dailymed|revance|fda|label)/;
    for (const id of [...TOXIN_BRANDS, 'prabotulinumtoxina', 'letibotulinumtoxina']) {
      expect(
        entry(id).sources.some((s) => labelSources.test(s)),
        id,
      ).toBe(true);
    }
  });

  it('B34 (style): Madopar and co-beneldopa are levodopa with benserazide, in an entry of their own', () => {
    expect(lower(formsOfEntry('levodopa'))).not.toEqual(expect.arrayContaining(['madopar']));
    expect(lower(formsOfEntry('levodopa'))).not.toContain('co-beneldopa');
    expect(lower(formsOfEntry('co-beneldopa'))).toContain('madopar');
    expect(entry('co-beneldopa').short).toMatch(/benserazide/i);
    expect(entry('co-beneldopa').safetyFrom).toBe('levodopa');
  });

  it('C2 (style): the baclofen short has no receptor jargon; the long keeps the GABA-B detail', () => {
    expect(entry('baclofen').short).not.toMatch(/GABA|receptor/i);
    expect(entry('baclofen').long).toMatch(/GABA-B receptors/);
  });

  it('C3 (style): "type A" is explained wherever a short names it', () => {
    for (const id of ['onabotulinumtoxina', 'abobotulinumtoxina', 'incobotulinumtoxina']) {
      expect(entry(id).short, id).not.toMatch(/It is a type A toxin\./);
      expect(entry(id).short, id).toMatch(/two types[^.]*A and B/i);
    }
  });

  it('C8 (style): the dopamine receptor blocker short explains receptors', () => {
    expect(entry('dopamine-receptor-blocker').short).toMatch(/docking sites \(receptors\)/i);
  });
});

describe('safety wording the glossary issue asks for (medications)', () => {
  it('every anticholinergic and benzodiazepine, and oral baclofen, says not to stop suddenly', () => {
    for (const id of ['anticholinergic', 'trihexyphenidyl', 'benztropine', 'procyclidine', 'biperiden', 'ethopropazine']) {
      expect(safetyText(id), id).toMatch(/do not stop an anticholinergic suddenly/i);
    }
    for (const id of ['benzodiazepine', 'clonazepam', 'diazepam', 'lorazepam']) {
      expect(safetyText(id), id).toMatch(/do not stop a benzodiazepine suddenly/i);
      expect(safetyText(id), id).toMatch(/seizures/i);
    }
    expect(safetyText('baclofen')).toMatch(/do not stop baclofen suddenly/i);
    expect(safetyText('baclofen')).toMatch(/hallucinations, confusion, seizures/i);
    // The safety wording lives in the Important block, not only in the long text.
    expect(entry('trihexyphenidyl').long).not.toMatch(/should not be stopped suddenly/i);
  });

  it('intrathecal baclofen: refills, alarms, and the withdrawal signs as an emergency', () => {
    const safety = safetyText('intrathecal-baclofen');
    expect(safety).toMatch(/keep every refill appointment/i);
    expect(safety).toMatch(/alarm/i);
    expect(safety).toMatch(/emergency/i);
    for (const sign of [/itching/i, /fever/i, /returning stiffness or spasms/i, /confusion/i]) expect(safety).toMatch(sign);
    expect(safety).toMatch(/urgent medical help the same day/i);
    expect(safety).toMatch(/tell emergency staff that you have a baclofen pump/i);
  });

  it('VMAT2 inhibitors warn about depression; antipsychotics and antiemetics give the acute dystonic reaction signs', () => {
    for (const id of ['vmat2-inhibitor', 'tetrabenazine', 'deutetrabenazine', 'valbenazine']) {
      expect(safetyText(id), id).toMatch(/depression/i);
      expect(safetyText(id), id).toMatch(/thoughts of harming yourself/i);
    }
    for (const id of [
      'dopamine-receptor-blocker',
      'antipsychotic',
      'haloperidol',
      'risperidone',
      'aripiprazole',
      'chlorpromazine',
      'olanzapine',
      'clozapine',
      'antiemetic',
      'metoclopramide',
      'prochlorperazine',
    ]) {
      const safety = safetyText(id);
      expect(safety, id).toMatch(/acute dystonic reaction: get urgent medical help/i);
      expect(safety, id).toMatch(/eyes rolling up/i);
      expect(safety, id).toMatch(/breathing/i);
    }
    expect(safetyText('antipsychotic')).toMatch(/do not stop an antipsychotic suddenly/i);
    expect(safetyText('clozapine')).toMatch(/fever, sore throat/i);
  });

  it("Wilson's disease treatments: never stop without the specialist (liver failure), and symptoms can worsen at first", () => {
    for (const id of ['penicillamine', 'trientine', 'zinc-therapy']) {
      const safety = safetyText(id);
      expect(safety, id).toMatch(/never stop[^.]*without your Wilson's disease specialist/i);
      expect(safety, id).toMatch(/liver/i);
      expect(safety, id).toMatch(/worse(n)? at first/i);
    }
  });

  it('zinc for Wilson’s disease is never matched as plain "zinc", and its ordinary-sounding forms are gated', () => {
    const zinc = lower(formsOfEntry('zinc-therapy'));
    expect(zinc).not.toContain('zinc');
    for (const form of ['zinc acetate', 'zinc sulfate', 'zinc therapy']) expect(gateOf(form, 'zinc-therapy'), form).toBe('context');
    expect(gateOf('Wilzin', 'zinc-therapy')).toBe('none');
    expect(highlighted('Add a pinch of zinc-rich seeds; zinc acetate lozenges for colds.')).toEqual([]);
  });

  it('new entries: at least 28, every one sourced, with keywords, in category medications', () => {
    const planned = [
      'muscle-relaxant',
      'valbenazine',
      'deutetrabenazine',
      'vmat2-inhibitor',
      'gabapentin',
      'pregabalin',
      'carbamazepine',
      'oxcarbazepine',
      'zolpidem',
      'tizanidine',
      'cyclobenzaprine',
      'clozapine',
      'amantadine',
      'propranolol',
      'primidone',
      'ropinirole',
      'pramipexole',
      'rotigotine',
      'bromocriptine',
      'penicillamine',
      'trientine',
      'zinc-therapy',
      'sapropterin',
      'co-beneldopa',
      'prabotulinumtoxina',
      'letibotulinumtoxina',
      'botulinum-toxin-non-response',
    ];
    const extra = ['ethopropazine', 'anticonvulsant', 'risperidone', 'aripiprazole', 'chlorpromazine', 'olanzapine'];
    for (const id of [...planned, ...extra]) {
      const e = entry(id);
      expect(e.category, id).toBe('medications');
      expect(e.sources.length, id).toBeGreaterThan(0);
    }
    expect(planned.length + extra.length).toBeGreaterThanOrEqual(28);
    for (const e of medications) {
      expect(e.keywords?.length ?? 0, e.id).toBeGreaterThan(0);
      const own = lower([e.term, ...e.aliases, ...(e.abbreviations ?? [])]);
      for (const k of e.keywords ?? []) expect(own, `${e.id}: ${k}`).not.toContain(k);
    }
  });

  it('botulinum toxin non-response: antibodies and other causes; its everyday-sounding forms are gated', () => {
    const t = entryText('botulinum-toxin-non-response');
    expect(t).toMatch(/antibodies/i);
    expect(t).toMatch(/dose|muscles/i);
    for (const form of ['neutralizing antibodies', 'secondary non-response']) {
      expect(gateOf(form, 'botulinum-toxin-non-response'), form).toBe('context');
    }
    expect(highlighted('The vaccine produced neutralizing antibodies in most people.')).toEqual([]);
  });
});
