/** The user's own entries share the glossary's shape; their ids carry a prefix so they can never take a built-in id. */
import type { GlossaryEntry } from './types';

export const CUSTOM_ID_PREFIX = 'custom-';

export const isCustomEntry = (entry: Pick<GlossaryEntry, 'id'>): boolean => entry.id.startsWith(CUSTOM_ID_PREFIX);
