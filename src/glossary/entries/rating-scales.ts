import type { GlossaryEntry } from '../types';

export const ratingScales: GlossaryEntry[] = [];
