/**
 * The welcome page's "How often should a word be marked?": the reading densities as large radio
 * buttons, saved as soon as one is chosen. DOM only; the page passes what to do with a choice.
 */
import { t } from '../i18n/message';
import { DENSITY_LABELS } from '../options/settings-form';
import { READING_DENSITIES, type ReadingDensity } from '../settings/settings';
import { h } from '../ui/dom';

export interface DensityChoice {
  element: HTMLElement;
  /** Shows a density chosen elsewhere (Options, another device). */
  update(density: ReadingDensity): void;
}

export function createDensityChoice(doc: Document, current: ReadingDensity, choose: (density: ReadingDensity) => void): DensityChoice {
  const inputs = READING_DENSITIES.map((density) => {
    const input = h(doc, 'input', { attrs: { type: 'radio', name: 'readingDensity', value: density } });
    input.addEventListener('change', () => input.checked && choose(density));
    return input;
  });
  const update = (density: ReadingDensity) => inputs.forEach((input) => (input.checked = input.value === density));
  update(current);
  const element = h(
    doc,
    'section',
    { className: 'card density' },
    h(
      doc,
      'fieldset',
      {},
      h(doc, 'legend', { text: t('readingDensity') }),
      ...inputs.map((input) =>
        h(doc, 'label', { className: 'check' }, input, h(doc, 'span', { text: t(DENSITY_LABELS[input.value as ReadingDensity]) })),
      ),
    ),
    h(doc, 'p', { className: 'hint', text: t('welcomeDensityHint') }),
  );
  return { element, update };
}
