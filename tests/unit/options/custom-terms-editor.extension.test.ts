import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GLOSSARY } from '../../../src/glossary';
import { createCustomTermsEditor } from '../../../src/options/custom-terms-editor';
import { makeCustomTerm, type CustomTerm } from '../../../src/settings/custom-terms';
import { withRefused, type RefusedTerm } from '../../../src/settings/refused-terms';
import { stubI18n } from '../popup/stub-i18n';

const zorvatrel = makeCustomTerm(
  { term: 'Zorvatrel', aliases: [], category: 'medications', short: 'A pill I take at night.', long: '' },
  new Set(),
);
const artane = {
  id: 'custom-artane',
  term: 'Artane',
  aliases: [],
  category: 'medications',
  short: 'My evening tablet.',
  long: 'My own note: 2 mg at breakfast.',
  related: [],
  sources: [],
};

function setField(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  el.value = value;
}

describe('the custom-term editor', () => {
  let onChange: ReturnType<typeof vi.fn<(terms: CustomTerm[]) => Promise<void>>>;
  let addBack: ReturnType<typeof vi.fn<(key: string, terms: CustomTerm[]) => Promise<void>>>;
  let remove: ReturnType<typeof vi.fn<(key: string) => Promise<void>>>;
  let editor: ReturnType<typeof createCustomTermsEditor>;
  beforeEach(() => {
    stubI18n();
    onChange = vi.fn(async () => undefined);
    addBack = vi.fn(async () => undefined);
    remove = vi.fn(async () => undefined);
    editor = createCustomTermsEditor(document, GLOSSARY, [zorvatrel], onChange, { addBack, remove });
    document.body.replaceChildren(editor.element);
  });
  afterEach(() => vi.restoreAllMocks());

  it('keeps private text away from spell-check services and autofill (security review L12)', () => {
    editor.updateRefused(withRefused([], [artane]));
    const fields = [...document.querySelectorAll<HTMLElement>('input:not([type]), textarea')];
    expect(fields.length).toBeGreaterThanOrEqual(7);
    for (const field of fields) {
      expect(field.getAttribute('spellcheck'), field.id).toBe('false');
      expect(field.getAttribute('autocomplete'), field.id).toBe('off');
    }
    expect(document.getElementById('custom-aliases')!.getAttribute('maxlength')).toBe('800');
  });

  it('refuses a degenerate name in words (security review L3)', () => {
    setField(document.querySelector('#custom-term')!, '-');
    setField(document.querySelector('#custom-short')!, 'A dash.');
    document.querySelector('form')!.requestSubmit();
    expect(onChange).not.toHaveBeenCalled();
    expect(document.querySelector('.form-status')!.textContent).toBe(
      '“-” has fewer than 2 letters, so it would be marked almost everywhere. Use a longer word.',
    );
  });

  it('adds a term with an opaque id', async () => {
    setField(document.querySelector('#custom-term')!, 'Quinbrolex');
    setField(document.querySelector('#custom-short')!, 'Anticholinergic tablet.');
    document.querySelector('form')!.requestSubmit();
    await vi.waitFor(() => expect(onChange).toHaveBeenCalled());
    const [terms] = onChange.mock.calls[0]!;
    expect(terms.map((t) => t.term)).toEqual(['Zorvatrel', 'Quinbrolex']);
    expect(terms[1]!.id).toMatch(/^custom-[a-z0-9]{12}$/);
  });

  describe('terms set aside (security review H6)', () => {
    let refused: RefusedTerm[];
    beforeEach(() => {
      refused = withRefused([], [artane, 'junk']);
      editor.updateRefused(refused);
    });
    const items = () => [...document.querySelectorAll<HTMLElement>('.refused-terms > li')];

    it('are listed with the reason in words, no internal ids', () => {
      expect(document.querySelector<HTMLElement>('.refused')!.hidden).toBe(false);
      expect(items().map((li) => li.querySelector('strong')!.textContent)).toEqual(['Artane', 'A term without a name']);
      const reasons = items().map((li) => li.querySelector('.reasons')!.textContent);
      expect(reasons).toEqual([
        '“Artane” is already a glossary word: it is a name for “trihexyphenidyl”. Give your term a different name.',
        'Item number 2 in the list is not a term.',
      ]);
      expect(document.querySelector('.refused')!.textContent).not.toMatch(/custom-artane|trihexyphenidyl-|refused-/);
    });

    it('a renamed term is checked again and added back, keeping its notes', async () => {
      const li = items()[0]!;
      setField(li.querySelector<HTMLInputElement>('input[id$="-term"]')!, 'Artane');
      li.querySelector('form')!.requestSubmit();
      expect(addBack).not.toHaveBeenCalled();
      expect(document.querySelector('.refused .form-status')!.textContent).toMatch(/^“Artane” is already a glossary word/);

      setField(li.querySelector<HTMLInputElement>('input[id$="-term"]')!, 'My Artane');
      li.querySelector('form')!.requestSubmit();
      await vi.waitFor(() => expect(addBack).toHaveBeenCalled());
      const [key, terms] = addBack.mock.calls[0]!;
      expect(key).toBe(refused[0]!.key);
      expect(terms.map((t) => [t.term, t.long])).toEqual([
        ['Zorvatrel', ''],
        ['My Artane', artane.long],
      ]);
      await vi.waitFor(() =>
        expect(document.querySelector('.refused .form-status')!.textContent).toBe('“My Artane” is back in your own terms.'),
      );
    });

    it('can be deleted one by one', async () => {
      items()[1]!.querySelector<HTMLButtonElement>('.remove')!.click();
      await vi.waitFor(() => expect(remove).toHaveBeenCalledWith(refused[1]!.key));
    });

    it('can be saved to a file, exactly as stored', async () => {
      const blobs: Blob[] = [];
      vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
        blobs.push(blob as Blob);
        return 'blob:test';
      });
      vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
      document.querySelector<HTMLButtonElement>('.save-refused')!.click();
      expect(JSON.parse(await blobs[0]!.text())).toEqual([artane, 'junk']);
    });

    it('say when a term can be used again (the list has room, the clash is gone)', () => {
      const full = Array.from({ length: 500 }, (_, i) => ({ ...zorvatrel, id: `custom-t${i}`, term: `Medicine ${i}x` }));
      const spare = { ...zorvatrel, id: 'custom-spare', term: 'Spare pill' };
      editor.update(full);
      editor.updateRefused(withRefused([], [spare]));
      expect(items()[0]!.querySelector('.reasons')!.textContent).toBe(
        'You can have at most 500 own terms: remove one to make room for this one.',
      );
      editor.update(full.slice(1));
      expect(items()[0]!.querySelector('.reasons')!.textContent).toBe('This term can be used again.');
    });

    it('are hidden when there are none', () => {
      editor.updateRefused([]);
      expect(document.querySelector<HTMLElement>('.refused')!.hidden).toBe(true);
    });
  });
});
