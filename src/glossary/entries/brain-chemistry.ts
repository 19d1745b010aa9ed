import type { GlossaryEntry } from '../types';

export const brainChemistry: GlossaryEntry[] = [];
