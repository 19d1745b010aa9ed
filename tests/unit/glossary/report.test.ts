import { describe, expect, it } from 'vitest';
import { CATEGORIES, GLOSSARY, SOURCES } from '../../../src/glossary';
import { glossaryReport } from '../../../src/glossary/report';

describe('glossary coverage', () => {
  const report = glossaryReport(GLOSSARY);

  it('has at least 330 entries (glossary v2), and entries in every category, the general medical words among them', () => {
    expect(report.total).toBeGreaterThanOrEqual(330);
    expect(report.perCategory.general).toBeGreaterThanOrEqual(55);
    for (const c of CATEGORIES) expect(report.perCategory[c], c).toBeGreaterThan(0);
  });

  it('keeps short definitions within the reading budget (median ≤ 8, none above 12)', () => {
    expect(report.grade.median).toBeLessThanOrEqual(8);
    expect(report.grade.max).toBeLessThanOrEqual(12);
  });

  it('cites only well-formed https sources from the allowed list', () => {
    for (const s of Object.values(SOURCES)) expect(new URL(s.url).protocol, s.url).toBe('https:');
    for (const e of GLOSSARY) for (const s of e.sources) expect(Object.keys(SOURCES), e.id).toContain(s);
  });

  it('lists each source once, by one id, and only sources some entry cites', () => {
    const address = (url: string) =>
      url
        .replace(/^https:\/\/(www\.)?/, '')
        .replace(/\/$/, '')
        .toLowerCase();
    const urls = Object.values(SOURCES).map((s) => address(s.url));
    expect(urls.filter((u, i) => urls.indexOf(u) !== i)).toEqual([]);
    const cited = new Set(GLOSSARY.flatMap((e) => e.sources));
    expect(Object.keys(SOURCES).filter((id) => !cited.has(id as never))).toEqual([]);
  });

  it('gives a pronunciation for hard words such as the anatomy and drug names', () => {
    for (const id of ['putamen', 'blepharospasm', 'trihexyphenidyl', 'globus-pallidus', 'sternocleidomastoid']) {
      expect(GLOSSARY.find((e) => e.id === id)?.pronunciation, id).toMatch(/[A-Z]{2,}/);
    }
  });
});

describe('glossaryReport', () => {
  it('counts per category and lists entries missing a pronunciation, skipping letter abbreviations', () => {
    const base = GLOSSARY[0]!;
    const r = glossaryReport([
      { ...base, id: 'a', term: 'putamen', category: 'anatomy', pronunciation: undefined },
      { ...base, id: 'b', term: 'DBS', category: 'procedures', pronunciation: undefined },
      { ...base, id: 'c', term: 'thalamus', category: 'anatomy', pronunciation: 'THAL-uh-mus' },
    ]);
    expect(r.total).toBe(3);
    expect(r.perCategory.anatomy).toBe(2);
    expect(r.perCategory.procedures).toBe(1);
    expect(r.missingPronunciation).toEqual(['a']);
  });
});
