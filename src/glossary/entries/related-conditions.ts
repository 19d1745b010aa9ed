import type { GlossaryEntry } from '../types';

export const relatedConditions: GlossaryEntry[] = [];
