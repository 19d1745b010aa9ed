import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { createPageGlossaries } from '../../../src/background/page-glossaries';
import { makeCustomTerm } from '../../../src/settings/custom-terms';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { saveCustomTerms } from '../../../src/storage/custom-terms-storage';
import { saveSettings } from '../../../src/storage/settings-storage';

const zorvatrel = makeCustomTerm(
  { term: 'Zorvatrel', aliases: [], category: 'medications', short: 'A pill I take at night.', long: '' },
  new Set(),
);
const batch = (text: string) => ({ carry: '', texts: [text], joinedCarry: '', joined: [] });
/** A frame of tab 7, as much of a sender as the background reads. */
const inTab7 = (frameId: number) => ({ frameId, tab: { id: 7 } }) as Browser.runtime.MessageSender;
const top = inTab7(0);
const frame = inTab7(3);

describe("the background's page glossaries (code review F2: one owner)", () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await saveCustomTerms([zorvatrel]);
  });

  it("hands the user's own terms to the top frame only, unless frames are allowed (security review H1)", async () => {
    const glossaries = createPageGlossaries(() => undefined);
    expect(await glossaries.candidateReply('example.org', batch('I take Zorvatrel.'), top)).toEqual({ off: false, holds: true });
    expect(await glossaries.candidateReply('example.org', batch('I take Zorvatrel.'), frame)).toEqual({ off: false, holds: false });
    expect((await glossaries.glossaryReply(top)).owners.flat()).toContain(zorvatrel.id);
    expect((await glossaries.glossaryReply(frame)).fingerprint).toBe('built-in');
    const shown = async (sender: Browser.runtime.MessageSender) =>
      (await glossaries.entries([zorvatrel.id, 'putamen'], sender)).entries.map((e) => e.id);
    expect(await shown(top)).toEqual(expect.arrayContaining([zorvatrel.id, 'putamen']));
    expect(await shown(frame)).toContain('putamen');
    expect(await shown(frame)).not.toContain(zorvatrel.id);

    await saveSettings({ ...DEFAULT_SETTINGS, customTermsInFrames: true });
    expect(await glossaries.candidateReply('example.org', batch('I take Zorvatrel.'), frame)).toEqual({ off: false, holds: true });
  });

  it('answers "off" for a site switched off, and tells who asked first about the top frame', async () => {
    const onTopFrame = vi.fn();
    const glossaries = createPageGlossaries(onTopFrame);
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['example.org'] });
    expect(await glossaries.candidateReply('example.org', batch('The putamen.'), top)).toEqual({ off: true, holds: false });
    await glossaries.candidateReply('example.org', batch('The putamen.'), frame);
    expect(onTopFrame.mock.calls).toEqual([[7, expect.objectContaining({ disabledSites: ['example.org'] }), 'example.org']]);
  });

  it("reads the user's terms once per change of them, not once per frame", async () => {
    const glossaries = createPageGlossaries(() => undefined);
    const read = vi.spyOn(fakeBrowser.storage.local, 'get');
    for (let i = 0; i < 5; i++) await glossaries.glossaryReply(top);
    const termReads = () => read.mock.calls.filter(([keys]) => JSON.stringify(keys).includes('customTerms"')).length;
    expect(termReads()).toBeLessThanOrEqual(1);
    await saveCustomTerms([]);
    expect((await glossaries.glossaryReply(top)).owners.flat()).toContain(zorvatrel.id);
    glossaries.forgetOwnTerms();
    expect((await glossaries.glossaryReply(top)).fingerprint).toBe('built-in');
  });
});
