import type { GlossaryEntry } from '../types';

export const genetics: GlossaryEntry[] = [];
