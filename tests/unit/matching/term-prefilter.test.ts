import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/glossary';
import { glossaryPrefilter } from '../../../src/glossary/glossary-matcher-data';
import { compileMatcher, findMatches, formsOf } from '../../../src/matching';
import { decodePrefilter, encodePrefilter, mayHoldTerm, prefilterHash, prefilterKeys } from '../../../src/matching/term-prefilter';

const FORMS = formsOf(GLOSSARY);
const TABLE = decodePrefilter(glossaryPrefilter());
const holds = (text: string) => mayHoldTerm(text, [TABLE]);
const FIXTURES = join(import.meta.dirname, '../../e2e/fixtures');

/** Ordinary prose, on nothing medical: the first stage must let such pages be. */
const ORDINARY = [
  'The committee met on Tuesday to discuss the budget for next year. Smith et al. found that the new parking rules reduced traffic, and the council agreed to extend them to the market square.',
  'Preheat the oven to 200 degrees. Mix the flour, butter and sugar until the dough comes together, then chill it for thirty minutes before rolling it out on a floured board.',
  'To install the package, run the install command, then create a configuration file in the project root. Contributions are welcome: open an issue first to discuss what you would like to change.',
  'The match ended in a draw after extra time; the visiting side had two goals disallowed for offside, and their captain was sent off in the second half for a late tackle.',
];

/** The text of every HTML fixture the end-to-end suite serves, tags stripped. */
function fixtureTexts(): string[] {
  const texts: string[] = [];
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.name.endsWith('.html')) texts.push(readFileSync(path, 'utf8').replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' '));
    }
  };
  visit(FIXTURES);
  return texts;
}

describe('term prefilter (the first stage: could this text hold a term?)', () => {
  it('says yes for every form a page shows unprompted, in every spelling the matcher accepts', () => {
    const missed: string[] = [];
    for (const form of FORMS.filter((f) => f.gate === 'none')) {
      const spellings = [form.text];
      if (!form.caseSensitive) spellings.push(form.text.toUpperCase(), form.text[0]!.toUpperCase() + form.text.slice(1));
      if (/'/.test(form.text)) spellings.push(form.text.replace(/'/g, '\u2019'));
      if (/-/.test(form.text)) spellings.push(form.text.replace(/-/g, ' '), form.text.replace(/-/g, ''));
      for (const s of spellings) if (!holds(`We read that ${s}, they said.`)) missed.push(s);
    }
    expect(missed).toEqual([]);
  });

  it('never says no where the matcher finds an ungated term (every end-to-end fixture, and each of its sentences)', () => {
    const matcher = compileMatcher(FORMS);
    let checked = 0;
    for (const text of fixtureTexts()) {
      for (const sentence of [text, ...text.split(/(?<=[.!?])\s+/)]) {
        if (findMatches(matcher, sentence).some((m) => m.gate === 'none')) {
          checked++;
          expect(holds(sentence), sentence.slice(0, 200)).toBe(true);
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('says no for ordinary prose, abbreviations that are only words there ("et al.") included', () => {
    for (const text of ORDINARY) expect(holds(text), text).toBe(false);
    expect(holds('')).toBe(false);
  });

  it('reads through soft hyphens and zero-width characters, as the highlighter does', () => {
    expect(holds('a form of dysto\u00adnia')).toBe(true);
    expect(holds('botulinum\u200b toxin')).toBe(true);
  });

  it('keys longer forms by up to three words, so none of them alone opens the engine', () => {
    const keys = prefilterKeys(formsOf([{ ...GLOSSARY[0]!, term: 'deep brain stimulation', aliases: [], abbreviations: [], contextGated: undefined }]));
    expect(keys).toEqual(['deep brain stimulation']);
    const table = decodePrefilter(encodePrefilter(keys));
    expect(mayHoldTerm('a deep sleep and a brain scan; deep brain tissue', [table])).toBe(false);
    expect(mayHoldTerm('Deep  brain stimulation', [table])).toBe(true);
  });

  it('joins words at hyphens and apostrophes as the page may ("dopa-responsive", "doparesponsive")', () => {
    const keys = prefilterKeys(formsOf([{ ...GLOSSARY[0]!, term: 'dopa-responsive dystonia', aliases: [], abbreviations: [], contextGated: undefined }]));
    expect(keys.sort()).toEqual(['dopa responsive dystonia', 'doparesponsive dystonia']);
  });

  it('keys abbreviations as written, and leaves gated forms to the terms that unlock them', () => {
    const entry = { ...GLOSSARY[0]!, term: 'essential tremor', aliases: [], abbreviations: ['ET'], contextGated: ['ET'] };
    const keys = prefilterKeys(formsOf([entry]));
    expect(keys).toEqual(['essential tremor']);
    const ungated = prefilterKeys(formsOf([{ ...entry, contextGated: undefined }]));
    const table = decodePrefilter(encodePrefilter(ungated));
    expect(mayHoldTerm('Smith et al.', [table])).toBe(false);
    expect(mayHoldTerm('patients with ET', [table])).toBe(true);
  });

  it('ships as sorted distinct 32-bit hashes that decode to what was encoded', () => {
    const keys = ['dystonia', 'basal ganglia', 'dystonia'];
    const table = decodePrefilter(encodePrefilter(keys));
    expect([...table]).toEqual([...new Set(keys.map(prefilterHash))].sort((a, b) => a - b));
    expect(TABLE.length).toBeGreaterThan(1000);
    expect([...TABLE].every((h, i) => i === 0 || h > TABLE[i - 1]!)).toBe(true);
  });
});
