import { describe, expect, it } from 'vitest';
import { GLOSSARY_CHECKED, SOURCES, type GlossaryEntry, type SourceId } from '../../../src/glossary';
import { renderDisclaimer, renderEntryNote } from '../../../src/ui/disclaimer';
import { renderEntryDetails } from '../../../src/ui/entry-details';
import { readableDate } from '../../../src/ui/readable-date';

const base: GlossaryEntry = {
  id: 'toxin',
  term: 'toxin',
  aliases: [],
  category: 'medications',
  short: 'A medicine injected into muscles.',
  long: 'It is injected into the muscles that pull too hard, and its effect wears off.',
  related: [],
  sources: ['dmrf-what-is'],
  safety: 'Get urgent help if you cannot swallow or breathe.',
};
const brand: GlossaryEntry = {
  ...base,
  id: 'brand',
  term: 'Brandex',
  safety: 'Doses of one brand are not the same as another.',
  safetyFrom: 'toxin',
};
const own: GlossaryEntry = { ...base, id: 'custom-my-tablet', term: 'my tablet', safety: undefined, sources: [], long: '' };
const lookup = (id: string) => [base, brand, own].find((e) => e.id === id);

function render(entry: GlossaryEntry): HTMLElement {
  const root = document.createElement('div');
  root.append(renderEntryDetails(document, entry, { lookup, source: (id) => SOURCES[id as SourceId], onRelated: () => {} }));
  return root;
}

describe('entry details', () => {
  it('shows the safety notes in an Important block above More, never hidden behind it', () => {
    const root = render(base);
    const important = root.querySelector<HTMLElement>('.dg-important')!;
    expect(important.hidden).toBe(false);
    expect(important.closest('[hidden]')).toBeNull();
    expect(important.textContent).toContain('Important');
    expect(important.textContent).toContain(base.safety);
    const more = root.querySelector('.dg-more')!;
    expect(important.compareDocumentPosition(more) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Named by its heading for screen readers.
    const heading = important.querySelector('h3')!;
    expect(important.getAttribute('aria-labelledby')).toBe(heading.id);
  });

  it('shows a product the safety text of the entry it names, written once there', () => {
    const notes = Array.from(render(brand).querySelectorAll('.dg-important p')).map((p) => p.textContent);
    expect(notes).toEqual([brand.safety, base.safety]);
  });

  it("has no Important block without safety text, and no empty Sources heading for a user's own term", () => {
    const root = render(own);
    expect(root.querySelector('.dg-important')).toBeNull();
    expect(root.textContent).not.toMatch(/Sources/);
    expect(root.querySelector('.dg-sources')).toBeNull();
  });
});

describe('the note under every explanation', () => {
  it('says it is not medical advice, not to change medicines, when to call for help, and how far it was checked, with a readable date', () => {
    const text = renderDisclaimer(document).textContent;
    expect(text).toMatch(/not medical advice/i);
    expect(text).toMatch(/Do not start, stop or change a medicine because of anything here/);
    expect(text).toMatch(
      /emergency[^.]*(breathing or swallowing)[^.]*spasms that will not stop[^.]*high fever[^.]*call your local emergency number/i,
    );
    expect(text).toMatch(/Brand names and approvals differ between countries/);
    expect(text).toContain(`Last checked against its cited sources on ${readableDate(GLOSSARY_CHECKED)}`);
    expect(text).toMatch(/not reviewed by a clinician/);
    expect(text).not.toMatch(/\bReviewed\b/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("labels a user's own term as theirs instead of carrying the glossary's note", () => {
    const note = renderEntryNote(document, own).textContent;
    expect(note).toMatch(/Your own words/);
    expect(note).not.toMatch(/checked against/);
    expect(renderEntryNote(document, base).textContent).toMatch(/checked against/);
  });
});

describe('readableDate', () => {
  it('writes the date out in words, whatever the time zone', () => {
    expect(readableDate('2026-12-01')).toBe('1 December 2026');
    expect(readableDate('2027-06-30')).toBe('30 June 2027');
    expect(readableDate('not a date')).toBe('not a date');
  });

  it('writes it in the locale of the messages, not the machine’s', () => {
    expect(readableDate('2026-12-01', 'en-US')).toBe('December 1, 2026');
  });
});
