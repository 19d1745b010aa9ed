import { describe, expect, it } from 'vitest';
import { entriesById, GLOSSARY, safetyNotes, SOURCES } from '../../../src/glossary';
import { entryBundle, MAX_BUNDLE_IDS } from '../../../src/glossary/entry-bundle';

const BY_ID = entriesById(GLOSSARY);

describe('the entries the background sends a page', () => {
  it('sends every asked entry with what its explanation shows: safety chain, related names, cited sources', () => {
    const brands = GLOSSARY.filter((e) => e.safetyFrom);
    expect(brands.length).toBeGreaterThan(0);
    for (const asked of [...brands, ...GLOSSARY.slice(0, 40)]) {
      const bundle = entryBundle([asked.id], BY_ID, SOURCES);
      const here = entriesById(bundle.entries);
      expect(bundle.complete).toEqual([asked.id]);
      // The "Important" block reads the same from the bundle as from the whole glossary.
      expect(safetyNotes(asked, (id) => here.get(id))).toEqual(safetyNotes(asked, (id) => BY_ID.get(id)));
      for (const related of asked.related) if (BY_ID.has(related)) expect(here.has(related)).toBe(true);
      for (const source of asked.sources) expect(bundle.sources[source]).toEqual(SOURCES[source]);
    }
  });

  it('sends nothing for unknown or malformed ids, and at most MAX_BUNDLE_IDS ids per request', () => {
    expect(entryBundle(['no-such-entry', 42, null], BY_ID, SOURCES)).toEqual({ entries: [], sources: {}, complete: [] });
    expect(entryBundle('dystonia', BY_ID, SOURCES).complete).toEqual([]);
    const many = Array.from({ length: MAX_BUNDLE_IDS + 50 }, (_, i) => GLOSSARY[i % GLOSSARY.length]!.id);
    expect(entryBundle(many, BY_ID, SOURCES).complete.length).toBe(MAX_BUNDLE_IDS);
  });
});
