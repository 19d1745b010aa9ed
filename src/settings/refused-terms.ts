/**
 * Custom terms that could not be used, set aside in their own storage item instead of being
 * deleted (security review H6): a newer glossary took their word, the list was over its
 * limit, or a stricter rule refused them. Each is kept exactly as it was stored, under a
 * random key the options page uses to rename, save or delete it. The reason is worked out
 * again whenever it is shown, against the glossary and terms of that moment, so it is never
 * stale: a term whose clash a glossary update removed simply says it can be added back. Pure.
 */
import type { GlossaryEntry } from '../glossary';
import type { Problem } from '../i18n/message';
import { customTermChecker, type CustomTerm } from './custom-terms';
import { randomToken } from './random-token';

export interface RefusedTerm {
  key: string;
  /** The item as it was stored: any shape at all. */
  value: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads the stored list without trusting it. Anything unexpected is kept as an item of its own, never dropped. */
export function readRefusedTerms(raw: unknown): RefusedTerm[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) return [{ key: 'refused-stored', value: raw }];
  const keys = new Set<string>();
  return raw.map((item, i) => {
    const wellFormed = isRecord(item) && typeof item.key === 'string' && Object.hasOwn(item, 'value') && !keys.has(item.key);
    const key = wellFormed ? (item.key as string) : `refused-item-${i}`;
    keys.add(key);
    return { key, value: wellFormed ? item.value : item };
  });
}

/** JSON as a comparison key; a value JSON cannot write (a cycle, a deep nest) never equals another. */
function sameValueKey(value: unknown): string | null {
  try {
    return JSON.stringify(value) ?? null;
  } catch {
    return null;
  }
}

/** `current` with `values` added at the end, skipping any already there (setting aside twice adds nothing). */
export function withRefused(current: readonly RefusedTerm[], values: readonly unknown[]): RefusedTerm[] {
  const seen = new Set(current.map((r) => sameValueKey(r.value)));
  const next = [...current];
  for (const value of values) {
    const key = sameValueKey(value);
    if (key !== null && seen.has(key)) continue;
    seen.add(key);
    next.push({ key: `refused-${randomToken(10)}`, value });
  }
  return next;
}

/** Why each set-aside item cannot join `accepted` now (empty when it can); prepared once for a whole list. */
export function refusedReasons(
  accepted: readonly CustomTerm[],
  builtIn: readonly GlossaryEntry[],
): (value: unknown, index: number) => Problem[] {
  return customTermChecker(accepted, builtIn);
}

/** The fields the options page lets a user change before trying again, as they are now. */
export function editableFields(value: unknown): { term: string; aliases: string[]; short: string } {
  const record = isRecord(value) ? value : {};
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  return {
    term: text(record.term),
    aliases: Array.isArray(record.aliases) ? record.aliases.filter((a): a is string => typeof a === 'string') : [],
    short: text(record.short),
  };
}
