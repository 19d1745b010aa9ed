/** The glossary a user sees: the bundled entries plus their own, read from storage. */
import { GLOSSARY, type GlossaryEntry } from '../glossary';
import { loadCustomTerms } from './settings-storage';

export async function loadAllEntries(): Promise<GlossaryEntry[]> {
  const { terms } = await loadCustomTerms(GLOSSARY);
  return [...GLOSSARY, ...terms];
}
