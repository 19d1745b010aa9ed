import { describe, expect, it, vi } from 'vitest';
import { EntryCache } from '../../../src/content/entry-cache';
import { entriesById, GLOSSARY, SOURCES } from '../../../src/glossary';
import { entryBundle } from '../../../src/glossary/entry-bundle';

const BY_ID = entriesById(GLOSSARY);
const withRelated = GLOSSARY.find((e) => e.related.length > 0 && e.sources.length > 0)!;

function cache() {
  const fetch = vi.fn(async (ids: string[]) => entryBundle(ids, BY_ID, SOURCES));
  return { cache: new EntryCache(fetch), fetch };
}

describe("a page's entries, fetched from the background", () => {
  it('asks once per batch, never twice for the same entry, and answers from memory after', async () => {
    const { cache: c, fetch } = cache();
    expect(c.ready(withRelated.id)).toBe(false);
    await Promise.all([c.prefetch([withRelated.id, 'dystonia']), c.prefetch(['dystonia'])]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(c.ready(withRelated.id)).toBe(true);
    expect(c.lookup(withRelated.related[0]!)).toBeDefined();
    expect(c.source(withRelated.sources[0]!)).toEqual(SOURCES[withRelated.sources[0]!]);
    expect(await c.prepare(withRelated.id)).toBe(true);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('knows a related entry by name before it is complete, and completes it when asked', async () => {
    const { cache: c, fetch } = cache();
    await c.prefetch([withRelated.id]);
    const related = withRelated.related.find((id) => id !== withRelated.id && BY_ID.has(id))!;
    expect(c.lookup(related)).toBeDefined();
    expect(c.ready(related)).toBe(false);
    expect(await c.prepare(related)).toBe(true);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('gives up on ids the background does not know, and on a background that fails, without throwing', async () => {
    const { cache: c, fetch } = cache();
    expect(await c.prepare('no-such-entry')).toBe(false);
    expect(await c.prepare('no-such-entry')).toBe(false);
    expect(fetch).toHaveBeenCalledTimes(1);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = new EntryCache(() => Promise.reject(new Error('no background')));
    expect(await broken.prepare('dystonia')).toBe(false);
    // No answer at all (another listener replied first, or nobody did): asked again later.
    let replies = 0;
    const silent = new EntryCache(async (ids) => (++replies === 1 ? undefined : entryBundle(ids, BY_ID, SOURCES)));
    expect(await silent.prepare('dystonia')).toBe(false);
    expect(await silent.prepare('dystonia')).toBe(true);
  });
});
