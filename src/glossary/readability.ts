/**
 * Flesch–Kincaid grade level, used as a budget for the short definitions
 * (glossary issue: median ≤ grade 8, none above grade 12).
 * Syllables are estimated with the usual vowel-group heuristic; it is within a
 * syllable for most English words, which is all a budget needs.
 */

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

function countSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length === 0) return /\d/.test(word) ? 1 : 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 0);
}

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

function countSentences(text: string): number {
  const n = text.split(/[.!?]+(?:\s|$)/).filter((s) => s.trim().length > 0).length;
  return Math.max(1, n);
}

export function fleschKincaidGrade(text: string): number {
  const ws = words(text);
  if (ws.length === 0) return 0;
  const syllables = ws.reduce((sum, w) => sum + countSyllables(w), 0);
  return 0.39 * (ws.length / countSentences(text)) + 11.8 * (syllables / ws.length) - 15.59;
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
