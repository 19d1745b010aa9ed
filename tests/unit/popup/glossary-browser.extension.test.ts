import { beforeEach, describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/glossary';
import { mountGlossaryBrowser } from '../../../src/popup/glossary-browser';
import { stubI18n } from './stub-i18n';

const press = (key: string) =>
  document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
const typeInto = (input: HTMLInputElement, text: string) => {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};
const ids = () => Array.from(document.querySelectorAll<HTMLElement>('.term')).map((b) => b.dataset.entryId);

describe('glossary browser', () => {
  let root: HTMLElement;
  beforeEach(() => {
    stubI18n();
    root = document.createElement('main');
    document.body.replaceChildren(root);
  });

  it('lists every entry A–Z, and search narrows it as you type', () => {
    mountGlossaryBrowser(root, GLOSSARY);
    expect(ids()).toHaveLength(GLOSSARY.length);
    expect(document.querySelector('.status')!.textContent).toBe(`${GLOSSARY.length} terms`);
    typeInto(document.querySelector('.search')!, 'distonia');
    expect(ids()[0]).toBe('dystonia');
    typeInto(document.querySelector('.search')!, 'qzxv');
    expect(ids()).toEqual([]);
    expect(document.querySelector('.status')!.textContent).toBe('No terms match “qzxv”.');
  });

  it('is keyboard operable: arrows move through the list, Enter opens, Esc goes back', () => {
    mountGlossaryBrowser(root, GLOSSARY);
    typeInto(document.querySelector('.search')!, 'dystonia');
    expect(ids().length).toBeGreaterThan(2);
    expect(document.activeElement).toBe(document.querySelector('.search'));
    press('ArrowDown');
    expect((document.activeElement as HTMLElement).dataset.entryId).toBe(ids()[0]);
    press('ArrowDown');
    expect((document.activeElement as HTMLElement).dataset.entryId).toBe(ids()[1]);
    press('ArrowUp');
    press('ArrowUp');
    expect(document.activeElement).toBe(document.querySelector('.search'));
    press('ArrowDown');
    (document.activeElement as HTMLButtonElement).click(); // Enter on a button is a click
    expect(document.querySelector<HTMLElement>('.detail-view')!.hidden).toBe(false);
    expect(document.querySelector('.entry-title')!.textContent).toBe('dystonia');
    expect(document.activeElement).toBe(document.querySelector('.entry-title'));
    press('Escape');
    expect(document.querySelector<HTMLElement>('.detail-view')!.hidden).toBe(true);
    // Back on the term that was opened, not at the top of the list.
    expect((document.activeElement as HTMLElement).dataset.entryId).toBe('dystonia');
  });

  it('browses by category, with a heading per category', () => {
    mountGlossaryBrowser(root, GLOSSARY);
    document.querySelector<HTMLButtonElement>('.browse-mode[data-mode="category"]')!.click();
    const headings = Array.from(document.querySelectorAll('.category-name')).map((h) => h.textContent);
    expect(headings[0]).toBe('Anatomy and brain');
    expect(headings).toContain('Medications');
    const medications = Array.from(document.querySelectorAll('.category')).find(
      (c) => c.querySelector('.category-name')!.textContent === 'Medications',
    )!;
    const inMedications = Array.from(medications.querySelectorAll<HTMLElement>('.term')).map((b) => b.dataset.entryId);
    expect(inMedications).toContain('botulinum-toxin');
    expect(inMedications.every((id) => GLOSSARY.find((e) => e.id === id)!.category === 'medications')).toBe(true);
    expect(ids()).toHaveLength(GLOSSARY.length);
  });

  it('opens an entry and follows related terms, with Back', () => {
    const view = mountGlossaryBrowser(root, GLOSSARY);
    view.showEntry('putamen');
    const related = document.querySelector<HTMLButtonElement>('.dg-related-term')!;
    const relatedName = related.textContent;
    related.click();
    expect(document.querySelector('.entry-title')!.textContent).toBe(relatedName);
    document.querySelector<HTMLButtonElement>('.back')!.click();
    expect(document.querySelector('.entry-title')!.textContent).toBe('putamen');
  });

  it('says when selected text is not in the glossary, and shows the closest matches', () => {
    const view = mountGlossaryBrowser(root, GLOSSARY);
    view.showNotFound('distonya');
    expect(document.querySelector('.not-found-title')!.textContent).toBe('“distonya” is not in the glossary');
    expect(document.querySelector('.not-found-hint')!.textContent).toBe(
      'Closest matches are below. You can add it as your own term in Settings.',
    );
    expect(document.querySelector<HTMLInputElement>('.search')!.value).toBe('distonya');
    expect(ids()[0]).toBe('dystonia');
    expect(document.querySelector('.status')!.textContent).toMatch(/^\d+ terms found$/);
  });

  it('says plainly when nothing in the glossary is close, and never points at matches below', () => {
    const view = mountGlossaryBrowser(root, GLOSSARY);
    view.showNotFound('xylophone');
    expect(ids()).toEqual([]);
    const hint = document.querySelector('.not-found-hint')!.textContent;
    expect(hint).toBe('Nothing in the glossary is close to it. You can add it as your own term in Settings.');
    expect(hint).not.toMatch(/below/);
    expect(document.querySelector('.status')!.textContent).toBe('No terms match “xylophone”.');
  });

  describe('with the page panel', () => {
    const mountWithPanel = () => {
      const panel = document.createElement('section');
      panel.className = 'page-panel';
      const view = mountGlossaryBrowser(root, GLOSSARY, { besideEmptySearch: panel });
      return { view, panel };
    };
    const search = () => document.querySelector<HTMLInputElement>('.search')!;

    it('sits between the search box and the list while the box is empty, and hides while searching', () => {
      const { panel } = mountWithPanel();
      const listView = document.querySelector('.list-view')!;
      expect(listView.firstElementChild).toBe(search());
      expect(search().nextElementSibling).toBe(panel);
      expect(panel.compareDocumentPosition(document.querySelector('.term-list')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(panel.hidden).toBe(false);
      typeInto(search(), 'botox');
      expect(panel.hidden).toBe(true);
      expect(ids()[0]).toBe('botulinum-toxin');
      typeInto(search(), '');
      expect(panel.hidden).toBe(false);
    });

    it('hides with the list in the detail view', () => {
      const { panel } = mountWithPanel();
      document.querySelector<HTMLButtonElement>('.term[data-entry-id="putamen"]')!.click();
      expect(document.querySelector<HTMLElement>('.list-view')!.hidden).toBe(true);
      expect(panel.closest('[hidden]')).not.toBeNull();
    });

    it('hides for a selection that is not in the glossary', () => {
      const { view, panel } = mountWithPanel();
      view.showNotFound('xylophone');
      expect(panel.hidden).toBe(true);
    });
  });

  describe('back to the list', () => {
    it('Esc returns focus to the opened term and the scroll to where it was, through related terms too', () => {
      mountGlossaryBrowser(root, GLOSSARY);
      window.scrollTo(0, 1200);
      const opened = document.querySelector<HTMLButtonElement>('.term[data-entry-id="putamen"]')!;
      opened.focus();
      opened.click();
      // The entry starts at the top of the popup.
      expect(window.scrollY).toBe(0);
      document.querySelector<HTMLButtonElement>('.dg-related-term')!.click();
      press('Escape');
      expect(document.querySelector('.entry-title')!.textContent).toBe('putamen');
      press('Escape');
      expect(document.querySelector<HTMLElement>('.list-view')!.hidden).toBe(false);
      expect(document.activeElement).toBe(opened);
      expect(window.scrollY).toBe(1200);
    });

    it('Back does the same as Esc', () => {
      mountGlossaryBrowser(root, GLOSSARY);
      window.scrollTo(0, 700);
      document.querySelector<HTMLButtonElement>('.term[data-entry-id="blepharospasm"]')!.click();
      document.querySelector<HTMLButtonElement>('.back')!.click();
      expect((document.activeElement as HTMLElement).dataset.entryId).toBe('blepharospasm');
      expect(window.scrollY).toBe(700);
    });

    it('from a search result, returns to the same result with the query kept', () => {
      mountGlossaryBrowser(root, GLOSSARY);
      typeInto(document.querySelector('.search')!, 'dystonia');
      const second = document.querySelectorAll<HTMLButtonElement>('.term')[1]!;
      const id = second.dataset.entryId;
      second.click();
      press('Escape');
      expect(document.querySelector<HTMLInputElement>('.search')!.value).toBe('dystonia');
      expect((document.activeElement as HTMLElement).dataset.entryId).toBe(id);
    });

    it('an entry opened from outside the list (#entry=) goes back to the search box', () => {
      const view = mountGlossaryBrowser(root, GLOSSARY);
      view.showEntry('putamen');
      press('Escape');
      expect(document.activeElement).toBe(document.querySelector('.search'));
    });
  });
});
