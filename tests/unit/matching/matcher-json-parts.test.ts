import { describe, expect, it } from 'vitest';
import { glossaryMatcherData } from '../../../src/matching/glossary-matcher-data';
import { compileMatcherData, matcherFromData } from '../../../src/matching/compile-matcher';
import { matcherJsonParts, parseMatcherJsonParts } from '../../../src/matching/matcher-json-parts';
import { findTerms } from '../../../src/matching/find-terms';

describe('the built-in matcher as short JSON texts', () => {
  const data = glossaryMatcherData();

  it('comes back exactly as it was, each part no longer than asked (bar one item longer alone)', async () => {
    const parts = matcherJsonParts(data, 40_000);
    expect(parts.children.length).toBeGreaterThan(2);
    expect(parts.owners.length).toBeGreaterThan(1);
    for (const text of [...parts.children, ...parts.owners]) {
      const items = JSON.parse(text) as unknown[];
      if (items.length > 1) expect(text.length).toBeLessThanOrEqual(40_000 + 2);
    }
    expect(parts.rest.length).toBeLessThan(10_000);
    let tasks = 0;
    const back = await parseMatcherJsonParts(parts, async () => void tasks++);
    expect(back).toEqual(data);
    // One task between every two parts.
    expect(tasks).toBe(parts.children.length + parts.owners.length);
  });

  it('finds the same terms as the whole data', async () => {
    const back = matcherFromData(await parseMatcherJsonParts(matcherJsonParts(data, 5_000), async () => undefined));
    const text = 'Cervical dystonia is treated with botulinum toxin; deep brain stimulation (DBS) targets the globus pallidus.';
    const options = { isSubstance: () => false };
    const found = findTerms(back, text, options).map((m) => m.entryId);
    expect(found).toEqual(findTerms(matcherFromData(data), text, options).map((m) => m.entryId));
    expect(found.length).toBeGreaterThan(3);
  });

  it('keeps a trie with no case-insensitive edges as it was', async () => {
    const small = compileMatcherData([]);
    expect(await parseMatcherJsonParts(matcherJsonParts(small, 100), async () => undefined)).toEqual(small);
  });
});
