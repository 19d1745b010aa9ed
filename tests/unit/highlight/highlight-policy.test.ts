import { describe, expect, it } from 'vitest';
import { HighlightPolicy } from '../../../src/highlight/highlight-policy';

const ungated = (entryId: string) => ({ entryId, gated: false });
const gated = (entryId: string) => ({ entryId, gated: true });

describe('HighlightPolicy', () => {
  it('holds gated matches back until the page shows an ungated term, remembering where they were', () => {
    const policy = new HighlightPolicy<string>({ firstOccurrenceOnly: false });
    expect(policy.allows(gated('stroke'), 'node-1')).toBe(false);
    expect(policy.takeDeferredGated()).toEqual([]); // no context yet: nothing to revisit
    expect(policy.allows(ungated('dystonia'), 'node-2')).toBe(true);
    expect(policy.hasContext).toBe(true);
    expect(policy.allows(gated('stroke'), 'node-3')).toBe(true);
    expect(policy.takeDeferredGated()).toEqual(['node-1']);
    expect(policy.takeDeferredGated()).toEqual([]);
  });

  it('allows one highlight per entry in first-occurrence mode, following what is still on the page', () => {
    const policy = new HighlightPolicy<string>({ firstOccurrenceOnly: true });
    expect(policy.allows(ungated('dystonia'), 'a')).toBe(true);
    expect(policy.allows(ungated('dystonia'), 'b')).toBe(false);
    expect(policy.allows(ungated('putamen'), 'b')).toBe(true);
    policy.setHighlightedEntries(['putamen']); // the page removed the dystonia highlight
    expect(policy.allows(ungated('dystonia'), 'c')).toBe(true);
    expect(policy.allows(ungated('putamen'), 'c')).toBe(false);
  });

  it('highlights every occurrence by default', () => {
    const policy = new HighlightPolicy<string>({ firstOccurrenceOnly: false });
    expect([1, 2, 3].map(() => policy.allows(ungated('dystonia'), 'n'))).toEqual([true, true, true]);
  });

  it('starts over on a new page', () => {
    const policy = new HighlightPolicy<string>({ firstOccurrenceOnly: true });
    policy.allows(ungated('dystonia'), 'a');
    policy.allows(gated('stroke'), 'b');
    policy.reset();
    expect(policy.hasContext).toBe(false);
    expect(policy.allows(gated('stroke'), 'c')).toBe(false);
    expect(policy.allows(ungated('dystonia'), 'd')).toBe(true);
  });
});
