import { describe, expect, it } from 'vitest';
import { HighlightPolicy } from '../../../src/highlight/highlight-policy';
import type { GateTarget } from '../../../src/matching';

/** An ungated form of a dystonia type: shows the page is about dystonia. */
const dystoniaTerm = (entryId: string): GateTarget => ({ entryId, gate: 'none', givesContext: true });
/** An ungated generic medical word (MRI, physiotherapy): highlighted, but no context. */
const generic = (entryId: string): GateTarget => ({ entryId, gate: 'none', givesContext: false });
const word = (entryId: string): GateTarget => ({ entryId, gate: 'context', givesContext: false });
const abbreviation = (entryId: string): GateTarget => ({ entryId, gate: 'expansion', givesContext: false });

describe('HighlightPolicy', () => {
  it('holds gated words back until the page shows dystonia context, remembering where they were', () => {
    const policy = new HighlightPolicy<string>({ density: 'every' });
    expect(policy.allows(word('stroke'), 'node-1')).toBe(false);
    expect(policy.takeDeferredGated()).toEqual([]); // no context yet: nothing to revisit
    expect(policy.allows(dystoniaTerm('dystonia'), 'node-2')).toBe(true);
    expect(policy.hasContext).toBe(true);
    expect(policy.allows(word('stroke'), 'node-3')).toBe(true);
    expect(policy.takeDeferredGated()).toEqual(['node-1']);
    expect(policy.takeDeferredGated()).toEqual([]);
  });

  it('never lets a generic medical word unlock anything (review row D1)', () => {
    const policy = new HighlightPolicy<string>({ density: 'every' });
    expect(policy.allows(generic('mri'), 'a')).toBe(true);
    expect(policy.allows(generic('physical-therapy'), 'a')).toBe(true);
    expect(policy.hasContext).toBe(false);
    expect(policy.allows(word('tremor'), 'b')).toBe(false);
    expect(policy.allows(abbreviation('cervical-dystonia'), 'c')).toBe(false);
    expect(policy.takeDeferredGated()).toEqual([]);
  });

  it('unlocks an abbreviation only with its own long form, not with dystonia context', () => {
    const policy = new HighlightPolicy<string>({ density: 'every' });
    expect(policy.allows(dystoniaTerm('dystonia'), 'a')).toBe(true);
    expect(policy.allows(abbreviation('parkinsons-disease'), 'pd')).toBe(false);
    expect(policy.allows(abbreviation('cervical-dystonia'), 'cd')).toBe(false);
    expect(policy.takeDeferredGated()).toEqual([]);
    expect(policy.allows(dystoniaTerm('cervical-dystonia'), 'long')).toBe(true);
    expect(policy.allows(abbreviation('cervical-dystonia'), 'cd-2')).toBe(true);
    expect(policy.allows(abbreviation('parkinsons-disease'), 'pd-2')).toBe(false);
    expect(policy.takeDeferredGated()).toEqual(['cd']);
  });

  it('lets a gated word of an entry through when the page spells that entry out, without other context', () => {
    const policy = new HighlightPolicy<string>({ density: 'every' });
    expect(policy.allows(word('parkinsons-disease'), 'possessive')).toBe(false);
    expect(policy.allows(generic('parkinsons-disease'), 'long')).toBe(true);
    expect(policy.hasContext).toBe(false);
    expect(policy.takeDeferredGated()).toEqual(['possessive']);
    expect(policy.allows(word('tremor'), 'other')).toBe(false);
  });

  it('allows one highlight per entry on the page in page density, following what is still on the page', () => {
    const policy = new HighlightPolicy<string>({ density: 'page' });
    expect(policy.allows(dystoniaTerm('dystonia'), 'a')).toBe(true);
    expect(policy.allows(dystoniaTerm('dystonia'), 'b')).toBe(false);
    expect(policy.allows(generic('putamen'), 'b')).toBe(true);
    policy.setHighlighted([{ entryId: 'putamen', scope: null }]); // the page removed the dystonia highlight
    expect(policy.allows(dystoniaTerm('dystonia'), 'c')).toBe(true);
    expect(policy.allows(generic('putamen'), 'c')).toBe(false);
  });

  it('allows one highlight per entry in each section in section density, following what is still drawn', () => {
    const policy = new HighlightPolicy<string>({ density: 'section' });
    const first = {};
    const second = {};
    expect(policy.allows(dystoniaTerm('dystonia'), 'a', first)).toBe(true);
    expect(policy.allows(dystoniaTerm('dystonia'), 'b', first)).toBe(false);
    expect(policy.allows(dystoniaTerm('dystonia'), 'c', second)).toBe(true);
    expect(policy.allows(dystoniaTerm('dystonia'), 'd', null)).toBe(true);
    expect(policy.allows(dystoniaTerm('dystonia'), 'e', second)).toBe(false);
    // The page removed the first section's highlight: it may be made again there, not in the second.
    policy.setHighlighted([{ entryId: 'dystonia', scope: second }]);
    expect(policy.allows(dystoniaTerm('dystonia'), 'f', first)).toBe(true);
    expect(policy.allows(dystoniaTerm('dystonia'), 'g', second)).toBe(false);
  });

  it('highlights every occurrence in every density', () => {
    const policy = new HighlightPolicy<string>({ density: 'every' });
    expect([1, 2, 3].map(() => policy.allows(dystoniaTerm('dystonia'), 'n'))).toEqual([true, true, true]);
  });

  it('starts over on a new page', () => {
    const policy = new HighlightPolicy<string>({ density: 'page' });
    policy.allows(dystoniaTerm('dystonia'), 'a');
    policy.allows(word('stroke'), 'b');
    policy.reset();
    expect(policy.hasContext).toBe(false);
    expect(policy.allows(word('stroke'), 'c')).toBe(false);
    expect(policy.allows(dystoniaTerm('dystonia'), 'd')).toBe(true);
  });
});
