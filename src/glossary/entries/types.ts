import type { GlossaryEntry } from '../types';

export const types: GlossaryEntry[] = [];
