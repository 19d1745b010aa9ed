/**
 * "Your own terms": a form to add a term (name, other names, kind, explanation), the list of
 * added terms with Remove buttons, and the terms set aside because they cannot be used
 * (refused-terms-list.ts). New terms go through the same checks as imports
 * (`readCustomTerms`), so a term that clashes with the glossary is refused in words.
 */
import { CATEGORIES, type Category, type GlossaryEntry } from '../glossary';
import { categoryLabel } from '../i18n/category-label';
import { describeProblem, t } from '../i18n/message';
import { CUSTOM_TERM_LIMITS } from '../settings/custom-term-rules';
import { makeCustomTerm, readCustomTerms, type CustomTerm } from '../settings/custom-terms';
import type { RefusedTerm } from '../settings/refused-terms';
import { h } from '../ui/dom';
import { privateTextAttrs } from './private-text';
import { createRefusedTermsList, type RefusedTermsActions } from './refused-terms-list';

export interface CustomTermsEditor {
  element: HTMLElement;
  update(terms: readonly CustomTerm[]): void;
  updateRefused(refused: readonly RefusedTerm[]): void;
}

export function createCustomTermsEditor(
  doc: Document,
  builtIn: readonly GlossaryEntry[],
  initial: readonly CustomTerm[],
  onChange: (terms: CustomTerm[]) => Promise<void>,
  refusedActions: RefusedTermsActions,
): CustomTermsEditor {
  let terms = [...initial];
  let refused: readonly RefusedTerm[] = [];
  const field = (id: string, label: string, control: HTMLElement) =>
    h(doc, 'div', { className: 'field' }, h(doc, 'label', { text: label, attrs: { for: id } }), control);
  const limit = (n: number) => ({ maxlength: String(n), ...privateTextAttrs });
  const name = h(doc, 'input', { attrs: { id: 'custom-term', name: 'term', required: '', ...limit(CUSTOM_TERM_LIMITS.formChars) } });
  const aliases = h(doc, 'input', { attrs: { id: 'custom-aliases', name: 'aliases', ...limit(CUSTOM_TERM_LIMITS.aliasesFieldChars) } });
  const category = h(
    doc,
    'select',
    { attrs: { id: 'custom-category', name: 'category' } },
    ...CATEGORIES.map((c) => h(doc, 'option', { text: categoryLabel(c), attrs: { value: c } })),
  );
  category.value = 'medications';
  const short = h(doc, 'textarea', {
    attrs: { id: 'custom-short', name: 'short', required: '', rows: '2', ...limit(CUSTOM_TERM_LIMITS.shortChars) },
  });
  const long = h(doc, 'textarea', { attrs: { id: 'custom-long', name: 'long', rows: '3', ...limit(CUSTOM_TERM_LIMITS.longChars) } });
  const status = h(doc, 'div', { className: 'form-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const form = h(
    doc,
    'form',
    { className: 'custom-term-form' },
    field('custom-term', t('customTermName'), name),
    field('custom-aliases', t('customTermAliases'), aliases),
    field('custom-category', t('customTermCategory'), category),
    field('custom-short', t('customTermShort'), short),
    field('custom-long', t('customTermLong'), long),
    h(doc, 'button', { className: 'primary', text: t('customTermAdd'), attrs: { type: 'submit' } }),
    status,
  );
  const list = h(doc, 'ul', { className: 'custom-terms', attrs: { 'aria-label': t('customTermsListLabel') } });
  const empty = h(doc, 'p', { className: 'hint', text: t('customTermsEmpty') });
  const refusedList = createRefusedTermsList(doc, builtIn, refusedActions);

  const say = (lines: string[], isError: boolean) => {
    status.replaceChildren(...lines.map((text) => h(doc, 'p', { text })));
    status.classList.toggle('error', isError);
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const term = makeCustomTerm(
      { term: name.value, aliases: aliases.value.split(','), category: category.value as Category, short: short.value, long: long.value },
      new Set([...builtIn, ...terms].map((x) => x.id)),
    );
    const checked = readCustomTerms([...terms, term], builtIn);
    if (checked.problems.length > 0) {
      say(checked.problems.map(describeProblem), true);
      return;
    }
    // A failed save is reported by the page (onChange rejects after saying so); the form keeps its text.
    void onChange(checked.terms).then(
      () => {
        form.reset();
        category.value = term.category;
        say([t('customTermAdded', term.term)], false);
        name.focus();
      },
      () => undefined,
    );
  });

  const render = () => {
    empty.hidden = terms.length > 0;
    list.replaceChildren(
      ...terms.map((term) =>
        h(
          doc,
          'li',
          { attrs: { 'data-entry-id': term.id } },
          h(
            doc,
            'div',
            {},
            h(doc, 'strong', { text: term.term }),
            h(doc, 'span', { className: 'hint', text: ` · ${categoryLabel(term.category)}` }),
            h(doc, 'p', { text: term.short }),
          ),
          h(doc, 'button', {
            className: 'remove',
            text: t('customTermRemove', term.term),
            attrs: { type: 'button' },
            on: {
              click: () =>
                void onChange(terms.filter((x) => x.id !== term.id)).then(
                  () => {
                    say([t('customTermRemoved', term.term)], false);
                    name.focus();
                  },
                  () => undefined,
                ),
            },
          }),
        ),
      ),
    );
    refusedList.update(refused, terms);
  };
  render();

  return {
    element: h(
      doc,
      'section',
      { className: 'card' },
      h(doc, 'h2', { text: t('sectionCustomTerms') }),
      h(doc, 'p', { text: t('customTermsIntro') }),
      form,
      empty,
      list,
      refusedList.element,
    ),
    update(next) {
      terms = [...next];
      render();
    },
    updateRefused(next) {
      refused = next;
      refusedList.update(refused, terms);
    },
  };
}
