import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/glossary';
import { fleschKincaidGrade, median } from '../../../src/glossary/readability';
import { validateGlossary } from '../../../src/glossary/validate';

describe('bundled glossary', () => {
  it('passes schema and editorial validation (each problem names its entry)', () => {
    expect(validateGlossary(GLOSSARY)).toEqual([]);
  });

  it('keeps the median short definition at or below US grade 8', () => {
    const grades = GLOSSARY.map((e) => fleschKincaidGrade(e.short));
    expect(median(grades)).toBeLessThanOrEqual(8);
  });
});

describe('validateGlossary', () => {
  const good = GLOSSARY[0]!;
  it('reports a missing related id by entry name', () => {
    expect(validateGlossary([{ ...good, related: ['no-such-entry'] }])).toContain(`${good.id}: related id "no-such-entry" does not exist`);
  });
  it('reports an over-long short definition', () => {
    const long = Array.from({ length: 40 }, () => 'word').join(' ') + '.';
    expect(validateGlossary([{ ...good, related: [], short: long }]).join('\n')).toMatch(/40 words/);
  });
  it('reports an unknown source and an empty source list', () => {
    const bad = { ...good, related: [], sources: ['made-up'] as never };
    expect(validateGlossary([bad])).toContain(`${good.id}: unknown source "made-up"`);
    expect(validateGlossary([{ ...good, related: [], sources: [] }])).toContain(`${good.id}: needs at least one source`);
  });
  it('reports duplicate ids and a phrase-only entry with a single-word alias', () => {
    const problems = validateGlossary([
      { ...good, related: [] },
      { ...good, related: [], phraseOnly: true, term: 'focal dystonia', aliases: ['focal'] },
    ]);
    expect(problems).toContain(`${good.id}: duplicate id`);
    expect(problems).toContain(`${good.id}: phrase-only entry has the single word "focal"`);
  });
});
