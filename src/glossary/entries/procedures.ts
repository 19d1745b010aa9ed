import type { GlossaryEntry } from '../types';

export const procedures: GlossaryEntry[] = [];
