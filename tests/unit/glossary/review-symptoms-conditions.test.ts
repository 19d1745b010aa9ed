/**
 * Fixes for the medical review rows on the symptoms and related-conditions entries
 * (shared/research/medical-review.md): every major row (A4, A5, A7 for stroke) is pinned to
 * the shipped text, and so are the minor and style rows a pattern can check. Each test reads
 * the real entries: short, long and the "Important" block (safetyText).
 */
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/glossary';
import { relatedConditions } from '../../../src/glossary/entries/related-conditions';
import { symptoms } from '../../../src/glossary/entries/symptoms';
import { entryGivesContext } from '../../../src/matching/gating';
import { allowedMatches, compileMatcher, findMatches, formsOf } from '../../../src/matching';
import { entry, entryText, formsOfEntry, gateOf, lower, safetyText } from './entry-text';

const forms = formsOf(GLOSSARY);
const matcher = compileMatcher(forms);
const MINE = [...symptoms, ...relatedConditions];

/** What a page would show highlighted, after gating: [matched text, entry id]. */
function highlighted(page: string): [string, string][] {
  return allowedMatches(findMatches(matcher, page)).map((m) => [m.text.toLowerCase(), m.entryId]);
}
const ids = (page: string) => highlighted(page).map(([, id]) => id);

describe('review rows: symptoms and related conditions (major)', () => {
  it("A4 (major): Wilson's disease is a treatable inherited cause of dystonia; older texts call it secondary", () => {
    const t = entryText('wilsons-disease');
    expect(t).not.toMatch(/important treatable cause of acquired \(secondary\) dystonia/i);
    expect(t).not.toMatch(/acquired[^.]*Wilson|Wilson[^.]*\bacquired\b/i);
    expect(t).toMatch(/important treatable inherited cause of dystonia/i);
    expect(t).toMatch(/older texts call this secondary dystonia/i);
    expect(t).toMatch(/autosomal recessive/i);
    expect(entry('wilsons-disease').sources).toContain('albanese-2013');
  });

  it("A5 (major): never stop or pause Wilson's treatment without the specialist (liver damage); report worsening after starting", () => {
    const safety = safetyText('wilsons-disease');
    expect(safety).toMatch(/Never stop or pause Wilson's disease treatment without your specialist/i);
    expect(safety).toMatch(/serious liver damage/i);
    expect(safety).toMatch(/Tell your team[^.]*symptoms get worse after starting treatment/i);
    // The long text still explains that worsening can happen, so it is not read as failure.
    expect(entry('wilsons-disease').long).toMatch(/get worse for a while after treatment starts/i);
    expect(entry('wilsons-disease').long).toMatch(/lifelong/i);
  });

  it('A7 (major, stroke): the stroke entry no longer says brain scans are normal in isolated dystonia', () => {
    const t = entryText('stroke');
    expect(t).not.toMatch(/unlike isolated dystonia, where brain scans are normal/i);
    expect(t).not.toMatch(/isolated dystonia/i);
    expect(t).toMatch(/MRI scan usually shows the damaged area/i);
    // The emergency advice is in the Important block, not buried in the long text.
    expect(safetyText('stroke')).toMatch(/emergency/i);
    expect(safetyText('stroke')).toMatch(/call an emergency number at once/i);
  });
});

describe('review rows: symptoms and related conditions (minor and style)', () => {
  it('A16: status dystonicus names the preventable triggers and the emergency signs are in the Important block', () => {
    const long = entry('status-dystonicus').long;
    expect(long).not.toMatch(/sometimes after an infection or a change in medicines/i);
    expect(long).toMatch(/baclofen pump that fails or is not refilled/i);
    expect(long).toMatch(/benzodiazepine or anticholinergic stopped abruptly/i);
    expect(long).toMatch(/battery running out, or a fault in the device/i);
    for (const trigger of [/infection/i, /pain/i, /surgery/i]) expect(long).toMatch(trigger);
    const safety = safetyText('status-dystonicus');
    expect(safety).toMatch(/medical emergency/i);
    expect(safety).toMatch(/call an ambulance or go to the emergency department/i);
    expect(safety).toMatch(/fever, trouble breathing or swallowing, or dark urine/i);
    expect(safety).toMatch(/baclofen pump or DBS, tell the staff/i);
    expect(safety).toMatch(/Never stop dystonia medicines suddenly/i);
  });

  it('A23: apraxia of eyelid opening is not a true apraxia, and injections near the lid margin help', () => {
    const t = entryText('apraxia-of-eyelid-opening');
    expect(t).not.toMatch(/Apraxia means trouble starting a movement on purpose/i);
    expect(t).toMatch(/not a true apraxia/i);
    expect(t).toMatch(/injected close to the edge of the eyelid/i);
    expect(t).toMatch(/eyes and vision are normal/i);
    expect(entry('apraxia-of-eyelid-opening').sources).toContain('cond-krack-alo-1994');
  });

  it("A25: Wilson's screening covers children and adults up to middle age", () => {
    const t = entryText('wilsons-disease');
    expect(t).not.toMatch(/when dystonia starts in a child or young adult/i);
    expect(t).toMatch(/children and in adults up to middle age/i);
  });

  it('A26: cerebral palsy says the baclofen pump delivers into the fluid around the spinal cord', () => {
    const t = entryText('cerebral-palsy');
    expect(t).not.toMatch(/pump into the spine\b/i);
    expect(t).toMatch(/pump into the fluid around the spinal cord \(intrathecal baclofen\)/i);
  });

  it('A28 (dysphagia): urgent help if you cannot swallow liquids or saliva, choke, or are short of breath', () => {
    const safety = safetyText('dysphagia');
    expect(safety).toMatch(/urgent medical help/i);
    expect(safety).toMatch(/cannot swallow liquids or your own saliva/i);
    expect(safety).toMatch(/choke/i);
    expect(safety).toMatch(/short of breath/i);
    expect(safety).toMatch(/botulinum toxin/i);
  });

  it('B7: mirror dystonia no longer claims "mirror movements"', () => {
    expect(lower(formsOfEntry('mirror-dystonia'))).not.toEqual(expect.arrayContaining(['mirror movements']));
    expect(lower(formsOfEntry('mirror-dystonia'))).not.toContain('mirror movement');
    expect(entry('mirror-dystonia').long).toMatch(/normal in young children/i);
  });

  it('B8: "brain injury" moves from traumatic brain injury to a new acquired-brain-injury entry', () => {
    expect(lower(formsOfEntry('traumatic-brain-injury'))).not.toContain('brain injury');
    expect(lower(formsOfEntry('traumatic-brain-injury'))).not.toContain('brain injuries');
    expect(lower(formsOfEntry('acquired-brain-injury'))).toEqual(expect.arrayContaining(['acquired brain injury', 'brain injury']));
    const t = entryText('acquired-brain-injury');
    expect(t).toMatch(/after birth/i);
    for (const cause of [/head injury/i, /stroke/i, /lack of oxygen/i, /infection|encephalitis/i]) expect(t).toMatch(cause);
    expect(entry('traumatic-brain-injury').related).toContain('acquired-brain-injury');
    expect(ids('A brain injury after a fall.')).toEqual(['acquired-brain-injury']);
  });

  it('B13: "light sensitivity" is gated, so a camera page is not told about blepharospasm', () => {
    expect(gateOf('light sensitivity', 'photophobia')).toBe('context');
    expect(gateOf('sensitivity to light', 'photophobia')).toBe('context');
    expect(gateOf('photophobia', 'photophobia')).toBe('none');
    expect(ids('Raise the ISO for more light sensitivity at night.')).toEqual([]);
    expect(ids('In blepharospasm, light sensitivity is common.')).toEqual(['blepharospasm', 'photophobia']);
  });

  it('B14: "diurnal variation" is gated and the short starts with a generic daily pattern', () => {
    expect(gateOf('diurnal variation', 'diurnal-fluctuation')).toBe('context');
    expect(gateOf('diurnal variations', 'diurnal-fluctuation')).toBe('context');
    expect(ids('Cortisol shows a diurnal variation.')).toEqual([]);
    const short = entry('diurnal-fluctuation').short;
    const first = short.split(/(?<=\.)\s/)[0]!;
    expect(first).not.toMatch(/dopa-responsive/i);
    expect(first).toMatch(/daily pattern/i);
    expect(short).toMatch(/dopa-responsive dystonia/i);
  });

  it('B15: "contracture" is gated (breast implants, Dupuytren), "joint contracture" is not', () => {
    expect(gateOf('contracture', 'contracture')).toBe('context');
    expect(gateOf('contractures', 'contracture')).toBe('context');
    expect(gateOf('joint contracture', 'contracture')).toBe('none');
    expect(ids('Capsular contracture after breast implants.')).toEqual([]);
  });

  it('B18: Tourette syndrome is its own entry, not an alias of tic', () => {
    expect(lower(formsOfEntry('tic'))).not.toEqual(expect.arrayContaining(['tourette syndrome']));
    expect(lower(formsOfEntry('tic'))).not.toContain("tourette's");
    expect(entry('tourette-syndrome').category).toBe('related-conditions');
    expect(entry('tourette-syndrome').short).toMatch(/at least one vocal tic/i);
    expect(entry('tic').related).toContain('tourette-syndrome');
    expect(ids("Living with Tourette's syndrome.")).toEqual(['tourette-syndrome']);
    expect(gateOf('TS', 'tourette-syndrome')).toBe('expansion');
  });

  it('B31/B32: status dystonicus and dyskinesia are symptoms', () => {
    expect(entry('status-dystonicus').category).toBe('symptoms');
    expect(entry('dyskinesia').category).toBe('symptoms');
    expect(entry('status-dystonicus').short).toMatch(/medical emergency/i);
    expect(entry('dyskinesia').short).toMatch(/general word/i);
  });

  it('C11/C12: no permission-giving stock phrases and no absolute "women" in these entries', () => {
    for (const e of MINE) {
      const t = entryText(e.id);
      expect(t, e.id).not.toMatch(/it is (fine|reasonable) to ask|a fair question/i);
      expect(t, e.id).not.toMatch(/(^|[.;:]\s*)women\b/i);
    }
    expect(entry('anterocollis').long).toMatch(/You can ask your doctor/);
  });
});

describe('review row D1: which of these entries give dystonia context', () => {
  it('sets dystoniaContext on every entry that has an ungated form', () => {
    for (const e of MINE) {
      if (e.contextGated === true) continue;
      expect(typeof e.dystoniaContext, e.id).toBe('boolean');
    }
  });

  it('movement-disorder conditions give context; generic conditions never do', () => {
    for (const id of ['parkinsons-disease', 'essential-tremor', 'huntingtons-disease', 'tardive-dyskinesia', 'hemifacial-spasm']) {
      expect(entryGivesContext(entry(id)), id).toBe(true);
    }
    for (const id of [
      'stroke',
      'multiple-sclerosis',
      'encephalitis',
      'cerebral-palsy',
      'traumatic-brain-injury',
      'acquired-brain-injury',
      'extrapyramidal-symptoms',
      'spasticity',
      'dysphagia',
      'ptosis',
      'diplopia',
      'photophobia',
      'neuroleptic-malignant-syndrome',
      'functional-neurological-disorder',
    ]) {
      expect(entryGivesContext(entry(id)), id).toBe(false);
    }
  });

  it('a stroke page with "multiple sclerosis" or "cerebral palsy" does not unlock tremor, spasm or cramp', () => {
    expect(ids('After a stroke or with multiple sclerosis, a cramp or tremor is common.')).toEqual(['multiple-sclerosis']);
    expect(ids('In cerebral palsy, spasms and cramps happen.')).toEqual(['cerebral-palsy']);
    // A movement-disorder page does unlock them.
    expect(ids("Essential tremor and Parkinson's disease; a tremor.")).toEqual(['essential-tremor', 'parkinsons-disease', 'tremor']);
  });

  it('gates the ordinary words: tremor, spasm, cramp, rigidity, stroke, tic(s), spastic, "Parkinson\'s"', () => {
    for (const [text, id] of [
      ['tremor', 'tremor'],
      ['spasm', 'spasm'],
      ['muscle spasms', 'spasm'],
      ['cramp', 'cramp'],
      ['rigidity', 'rigidity'],
      ['stroke', 'stroke'],
      ['strokes', 'stroke'],
      ['tic', 'tic'],
      ['tics', 'tic'],
      ['spastic', 'spasticity'],
      ["Parkinson's", 'parkinsons-disease'],
      ['drooling', 'sialorrhoea'],
      ['restless legs', 'restless-legs-syndrome'],
      ['hypotonic', 'hypotonia'],
    ] as const) {
      expect(gateOf(text, id), `${text} (${id})`).toBe('context');
    }
    for (const [abbr, id] of [
      ['PSP', 'progressive-supranuclear-palsy'],
      ['MSA', 'multiple-system-atrophy'],
      ['CBD', 'corticobasal-syndrome'],
      ['FND', 'functional-neurological-disorder'],
      ['NMS', 'neuroleptic-malignant-syndrome'],
      ['TMJ', 'temporomandibular-disorder'],
      ['ABI', 'acquired-brain-injury'],
      ['RLS', 'restless-legs-syndrome'],
    ] as const) {
      expect(gateOf(abbr, id), abbr).toBe('expansion');
    }
    // "CBD" on a cannabidiol page is not corticobasal degeneration.
    expect(ids('CBD oil and a stroke of luck.')).toEqual([]);
  });
});

describe('new entries: safety and facts', () => {
  it('neuroleptic malignant syndrome says the signs and to get emergency help', () => {
    const safety = safetyText('neuroleptic-malignant-syndrome');
    expect(safety).toMatch(/medical emergency/i);
    expect(safety).toMatch(/high temperature/i);
    expect(safety).toMatch(/very stiff muscles/i);
    expect(safety).toMatch(/confusion/i);
    expect(safety).toMatch(/emergency help straight away/i);
  });

  it('ptosis: a botulinum side effect that usually wears off; urgent help if spread signs come with it', () => {
    expect(lower(formsOfEntry('ptosis'))).toEqual(expect.arrayContaining(['drooping eyelid', 'droopy eyelid']));
    expect(entry('ptosis').short).toMatch(/botulinum toxin/i);
    expect(entry('ptosis').short).toMatch(/wears off/i);
    expect(safetyText('ptosis')).toMatch(/urgent medical help[^.]*swallowing, speaking or breathing/i);
  });

  it('diplopia and muscle weakness carry the botulinum spread warning', () => {
    expect(safetyText('diplopia')).toMatch(/urgent medical help/i);
    expect(safetyText('diplopia')).toMatch(/swallowing, speaking or breathing after botulinum toxin/i);
    expect(safetyText('muscle-weakness')).toMatch(/hours to weeks after botulinum toxin/i);
  });

  it('AADC deficiency: the gene therapy is approved in some places, and approval differs by country', () => {
    const t = entryText('aadc-deficiency');
    expect(t).toMatch(/eladocagene exuparvovec/i);
    expect(t).toMatch(/Upstaza/);
    expect(t).toMatch(/Kebilidi/);
    expect(t).toMatch(/differ by country/i);
    expect(entry('aadc-deficiency').sources).toContain('cond-asgct-kebilidi-2024');
  });

  it('functional neurological disorder owns "functional movement disorder" and says the symptoms are real', () => {
    expect(lower(formsOfEntry('functional-neurological-disorder'))).toContain('functional movement disorder');
    expect(lower(formsOfEntry('functional-dystonia'))).not.toContain('functional movement disorder');
    const t = entryText('functional-neurological-disorder');
    expect(t).toMatch(/not imagined or put on/i);
    expect(t).toMatch(/can be treated/i);
  });

  it('the col-cap terms separate the head from the neck', () => {
    for (const id of ['torticaput', 'laterocaput', 'anterocaput', 'retrocaput']) {
      expect(entry(id).short, id).toMatch(/top of the neck/i);
      expect(entry(id).related, id).toContain('cervical-dystonia');
      expect(lower(formsOfEntry(id)), id).not.toContain('torticollis');
    }
  });

  it('temporomandibular disorder warns that oromandibular dystonia is often mistaken for it', () => {
    expect(entryText('temporomandibular-disorder')).toMatch(/oromandibular dystonia[^.]*often mistaken for TMD/i);
  });

  it('every entry in these files has 1 to 6 lower-case keywords that are not its own forms', () => {
    for (const e of MINE) {
      const kw = e.keywords ?? [];
      expect(kw.length, e.id).toBeGreaterThanOrEqual(1);
      expect(kw.length, e.id).toBeLessThanOrEqual(6);
      const own = new Set(lower(formsOfEntry(e.id)));
      for (const k of kw) {
        expect(k, e.id).toBe(k.toLowerCase());
        expect(own.has(k), `${e.id}: ${k}`).toBe(false);
      }
    }
  });
});
