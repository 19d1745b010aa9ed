import { beforeEach, describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../src/glossary';
import { mountGlossaryBrowser } from '../../../src/popup/glossary-browser';
import { stubI18n } from './stub-i18n';

const press = (key: string) => document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
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
    expect(document.activeElement).toBe(document.querySelector('.search'));
  });

  it('browses by category, with a heading per category', () => {
    mountGlossaryBrowser(root, GLOSSARY);
    document.querySelector<HTMLButtonElement>('.browse-mode[data-mode="category"]')!.click();
    const headings = Array.from(document.querySelectorAll('.category-name')).map((h) => h.textContent);
    expect(headings[0]).toBe('Anatomy and brain');
    expect(headings).toContain('Medications');
    const medications = Array.from(document.querySelectorAll('.category')).find((c) => c.querySelector('.category-name')!.textContent === 'Medications')!;
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
    expect(document.querySelector<HTMLInputElement>('.search')!.value).toBe('distonya');
    expect(ids()[0]).toBe('dystonia');
  });
});
