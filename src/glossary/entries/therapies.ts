import type { GlossaryEntry } from '../types';

export const therapies: GlossaryEntry[] = [];
