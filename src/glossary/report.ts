/** Numbers an editor wants about the glossary: size per category, reading level, gaps. */
import { fleschKincaidGrade, median } from './readability';
import { CATEGORIES, type Category, type GlossaryEntry } from './types';

export interface GlossaryReport {
  total: number;
  perCategory: Record<Category, number>;
  grade: { median: number; max: number; maxEntry: string };
  missingPronunciation: string[];
}

// Abbreviations and gene names are read out letter by letter: no respelling needed.
const readAsLetters = (e: GlossaryEntry) => /^[A-Z0-9-]+$/.test(e.term) || (e.abbreviations ?? []).includes(e.term);

export function glossaryReport(entries: readonly GlossaryEntry[]): GlossaryReport {
  const perCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const e of entries) perCategory[e.category]++;
  const grades = entries.map((e) => ({ id: e.id, grade: fleschKincaidGrade(e.short) }));
  const worst = grades.reduce((a, b) => (b.grade > a.grade ? b : a), { id: '', grade: -Infinity });
  return {
    total: entries.length,
    perCategory,
    grade: { median: median(grades.map((g) => g.grade)), max: worst.grade, maxEntry: worst.id },
    missingPronunciation: entries.filter((e) => !e.pronunciation && !readAsLetters(e)).map((e) => e.id),
  };
}
