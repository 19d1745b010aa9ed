/**
 * "Terms set aside": the user's own terms that cannot be used as they are (a glossary update
 * took their word, the list was full, a rule refused them), each with the reason in words, a
 * way to change its name, other names and short explanation and add it back, and a Delete
 * button; plus one button to save them all to a file. Nothing here is ever removed except by
 * the user (security review H6).
 */
import type { GlossaryEntry } from '../glossary';
import { describeProblem, t, type Problem } from '../i18n/message';
import { readCustomTerms, reviseRefusedTerm, type CustomTerm } from '../settings/custom-terms';
import { CUSTOM_TERM_LIMITS } from '../settings/custom-term-rules';
import { editableFields, refusedReasons, type RefusedTerm } from '../settings/refused-terms';
import { h } from '../ui/dom';
import { downloadJson } from './download-file';
import { privateTextAttrs } from './private-text';

export interface RefusedTermsActions {
  /** Stores `terms` (the revised term among them), then takes `key` off the set-aside list. */
  addBack(key: string, terms: CustomTerm[]): Promise<void>;
  remove(key: string): Promise<void>;
}

export interface RefusedTermsList {
  element: HTMLElement;
  update(refused: readonly RefusedTerm[], accepted: readonly CustomTerm[]): void;
}

/** Shown at once; the rest are in the saved file. Hundreds of stored items are possible, a page of them is enough. */
const MAX_SHOWN_REFUSED = 100;

export function createRefusedTermsList(doc: Document, builtIn: readonly GlossaryEntry[], actions: RefusedTermsActions): RefusedTermsList {
  let refused: readonly RefusedTerm[] = [];
  let accepted: readonly CustomTerm[] = [];
  const status = h(doc, 'div', { className: 'form-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const say = (lines: string[], isError: boolean) => {
    status.replaceChildren(...lines.map((text) => h(doc, 'p', { text })));
    status.classList.toggle('error', isError);
  };
  // A failed write is reported by the page (the action rejects after saying so).
  const quietly = () => undefined;

  const list = h(doc, 'ul', { className: 'refused-terms', attrs: { 'aria-label': t('sectionRefusedTerms') } });
  const more = h(doc, 'p', { className: 'hint' });
  const save = h(doc, 'button', { className: 'save-refused', text: t('refusedTermsSave'), attrs: { type: 'button' } });
  save.addEventListener('click', () =>
    downloadJson(
      doc,
      `${JSON.stringify(
        refused.map((r) => r.value),
        null,
        2,
      )}\n`,
      'dystonia-glossary-terms-set-aside.json',
    ),
  );
  const element = h(
    doc,
    'div',
    { className: 'refused' },
    h(doc, 'h3', { text: t('sectionRefusedTerms') }),
    h(doc, 'p', { text: t('refusedTermsIntro') }),
    h(doc, 'div', { className: 'buttons' }, save),
    status,
    list,
    more,
  );

  const item = (reasonsFor: (value: unknown, index: number) => Problem[]) => (entry: RefusedTerm, index: number) => {
    const fields = editableFields(entry.value);
    const name = fields.term.trim() || t('refusedTermUnnamed');
    const reasons = reasonsFor(entry.value, index);
    const id = (field: string) => `refused-${index}-${field}`;
    const input = (field: string, value: string, maxlength: number) =>
      h(doc, 'input', { attrs: { id: id(field), value, maxlength: String(maxlength), ...privateTextAttrs } });
    const termInput = input('term', fields.term, CUSTOM_TERM_LIMITS.formChars);
    const aliasesInput = input('aliases', fields.aliases.join(', '), CUSTOM_TERM_LIMITS.aliasesFieldChars);
    const shortInput = h(doc, 'textarea', {
      text: fields.short,
      attrs: { id: id('short'), rows: '2', maxlength: String(CUSTOM_TERM_LIMITS.shortChars), ...privateTextAttrs },
    });
    const field = (key: string, label: string, control: HTMLElement) =>
      h(doc, 'div', { className: 'field' }, h(doc, 'label', { text: label, attrs: { for: id(key) } }), control);
    const form = h(
      doc,
      'form',
      { className: 'refused-term-form' },
      field('term', t('customTermName'), termInput),
      field('aliases', t('customTermAliases'), aliasesInput),
      field('short', t('customTermShort'), shortInput),
      h(doc, 'button', { className: 'primary', text: t('refusedTermAddBack'), attrs: { type: 'submit' } }),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const taken = new Set([...builtIn, ...accepted].map((x) => x.id));
      const revised = reviseRefusedTerm(
        entry.value,
        { term: termInput.value, aliases: aliasesInput.value.split(','), short: shortInput.value },
        taken,
      );
      const checked = readCustomTerms([...accepted, revised], builtIn);
      if (checked.refused.length > 0) {
        say(checked.problems.map(describeProblem), true);
        return;
      }
      const added = String(revised.term);
      void actions.addBack(entry.key, checked.terms).then(() => say([t('refusedTermAddedBack', added)], false), quietly);
    });
    return h(
      doc,
      'li',
      { attrs: { 'data-refused-key': entry.key } },
      h(
        doc,
        'div',
        {},
        h(doc, 'strong', { text: name }),
        fields.short ? h(doc, 'p', { text: fields.short }) : null,
        h(
          doc,
          'ul',
          { className: 'reasons' },
          ...(reasons.length > 0 ? reasons.map(describeProblem) : [t('refusedTermUsable')]).map((text) => h(doc, 'li', { text })),
        ),
        h(doc, 'details', {}, h(doc, 'summary', { text: t('refusedTermChange', name) }), form),
      ),
      h(doc, 'button', {
        className: 'remove',
        text: t('refusedTermDelete', name),
        attrs: { type: 'button' },
        on: { click: () => void actions.remove(entry.key).then(() => say([t('refusedTermDeleted', name)], false), quietly) },
      }),
    );
  };

  const render = () => {
    element.hidden = refused.length === 0;
    list.replaceChildren(...refused.slice(0, MAX_SHOWN_REFUSED).map(item(refusedReasons(accepted, builtIn))));
    more.hidden = refused.length <= MAX_SHOWN_REFUSED;
    more.textContent = t('refusedTermsMore', String(refused.length - MAX_SHOWN_REFUSED));
  };
  render();

  return {
    element,
    update(nextRefused, nextAccepted) {
      refused = nextRefused;
      accepted = nextAccepted;
      render();
    },
  };
}
