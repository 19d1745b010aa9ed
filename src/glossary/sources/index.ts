/**
 * The only sources an entry may cite. Entries refer to them by id, so a URL cannot be
 * mistyped or invented in an entry; every URL here was checked to be a real page when it
 * was added (src/glossary/validate.ts rejects an id that is not here).
 */
import { coreSources } from './core';
import { dystoniaTypeSources } from './dystonia-types';
import { generalSources } from './general';
import { geneticsAnatomySources } from './genetics-anatomy';
import { medicineSources } from './medicines';
import { procedureCareSources } from './procedures-care';
import type { Source } from './source';
import { symptomConditionSources } from './symptoms-conditions';

export const SOURCES = {
  ...coreSources,
  ...medicineSources,
  ...dystoniaTypeSources,
  ...geneticsAnatomySources,
  ...symptomConditionSources,
  ...procedureCareSources,
  ...generalSources,
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
export type { Source } from './source';
