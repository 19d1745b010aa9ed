import type { GlossaryEntry } from '../types';

export const medications: GlossaryEntry[] = [];
