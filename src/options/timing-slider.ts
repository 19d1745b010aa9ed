/**
 * One pointer-timing setting as a slider in seconds (or pixels) with words at its ends, its
 * value in words beside it, and an exact field for people who prefer to type (issue #15,
 * "Settings in words"). DOM only: whether a value can be saved, and saving it, are the
 * settings form's (`numberProblem`, one rule for the slider and the field).
 *
 * The slider is native, so arrows, Page Up/Down, Home and End work as everywhere. A value
 * that cannot be saved is explained as the slider reaches it; the slider stays where the user
 * put it while they are on it (they may be passing through), and goes back to the saved value
 * when they leave it, the explanation staying to say why.
 */
import { t, type MessageKey } from '../i18n/message';
import { h } from '../ui/dom';
import { inputValue, timingScale, toShown, toStored, type TimingKey } from './timing-scale';
import { timingInWords } from './timing-words';

export interface TimingSliderHooks {
  /** Why this value (in the setting's own unit: ms or px) cannot be saved, in words, or ''. */
  problem(value: number): string;
  /** The slider is at this value and it can be saved (null: it cannot): saved once the slider is still. */
  draft(value: number | null): void;
  /** The exact field was changed to a value that can be saved: save it now. */
  commit(value: number): void;
  /** The user left the slider: save what it was at, if that can be saved. */
  leave(): void;
  /** The value the form holds now (saved, or about to be). */
  value(): number;
}

export interface TimingSlider {
  element: HTMLElement;
  /** Shows a value saved elsewhere (a preset, another device) unless the user is on the slider, or correcting the field. */
  apply(value: number): void;
}

const LABELS: Record<TimingKey, MessageKey> = {
  hoverRestMs: 'timingRestLabel',
  hoverRadiusPx: 'timingRadiusLabel',
  hoverFallbackMs: 'timingFallbackLabel',
  exitGraceMs: 'timingExitGraceLabel',
};
/** What the low and the high end of each slider mean, in words. */
const ENDS: Record<TimingKey, readonly [MessageKey, MessageKey]> = {
  hoverRestMs: ['timingRestLess', 'timingRestMore'],
  hoverRadiusPx: ['timingRadiusLess', 'timingRadiusMore'],
  hoverFallbackMs: ['timingFallbackLess', 'timingFallbackMore'],
  exitGraceMs: ['timingExitGraceLess', 'timingExitGraceMore'],
};

export function createTimingSlider(doc: Document, key: TimingKey, hooks: TimingSliderHooks): TimingSlider {
  const scale = timingScale(key);
  const id = `field-${key}`;
  const ids = {
    label: `${id}-label`,
    slider: `${id}-slider`,
    less: `${id}-less`,
    more: `${id}-more`,
    exact: `${id}-exact`,
    error: `${id}-error`,
  };
  const limits = { min: String(scale.min), max: String(scale.max), step: String(scale.step) };
  const [lessKey, moreKey] = ENDS[key];

  const slider = h(doc, 'input', {
    className: 'timing-slider',
    attrs: { type: 'range', id: ids.slider, ...limits, 'aria-describedby': `${ids.less} ${ids.more} ${ids.error}` },
  });
  const valueText = h(doc, 'span', { className: 'slider-value' });
  // The exact field keeps the setting's name: it is the one the form has always had.
  const exact = h(doc, 'input', {
    attrs: { type: 'number', name: key, id, ...limits, 'aria-labelledby': `${ids.label} ${ids.exact}`, 'aria-describedby': ids.error },
  });
  const error = h(doc, 'p', { className: 'error', attrs: { id: ids.error, 'aria-live': 'polite' } });

  /** The value in words and in the field, as the slider moves. */
  const showValue = (stored: number) => {
    const words = timingInWords(key, stored);
    slider.setAttribute('aria-valuetext', words);
    valueText.textContent = words;
    exact.value = inputValue(key, stored);
  };
  const show = (stored: number) => {
    // A value off the slider's steps (typed, or from the calibration) puts the thumb at the nearest step; the words say the value.
    slider.value = String(toShown(key, stored));
    showValue(stored);
  };
  const explain = (problem: string, ...controls: HTMLInputElement[]) => {
    error.textContent = problem;
    for (const control of controls) control.setAttribute('aria-invalid', String(problem !== ''));
  };

  slider.addEventListener('input', () => {
    const value = toStored(key, slider.valueAsNumber);
    showValue(value);
    const problem = hooks.problem(value);
    explain(problem, slider, exact);
    hooks.draft(problem ? null : value);
  });
  /** A saved value arrived while the user was on the slider: shown once they leave it. */
  let behind = false;
  slider.addEventListener('blur', () => {
    hooks.leave();
    const refused = slider.getAttribute('aria-invalid') === 'true';
    if (!refused && !behind) return;
    behind = false;
    // Back to the value the form holds; an explanation of a refused value stays, to say why the slider moved.
    show(hooks.value());
    slider.setAttribute('aria-invalid', 'false');
    exact.setAttribute('aria-invalid', 'false');
  });
  exact.addEventListener('change', () => {
    const value = toStored(key, exact.valueAsNumber);
    const problem = hooks.problem(value);
    // The typed text stays for the user to correct.
    explain(problem, exact);
    if (problem) return;
    show(value);
    hooks.commit(value);
  });

  const element = h(
    doc,
    'div',
    { className: 'field timing-field' },
    h(doc, 'label', { className: 'timing-label', text: t(LABELS[key]), attrs: { id: ids.label, for: ids.slider } }),
    h(
      doc,
      'div',
      { className: 'slider-ends' },
      h(doc, 'span', { text: t(lessKey), attrs: { id: ids.less } }),
      h(doc, 'span', { text: t(moreKey), attrs: { id: ids.more } }),
    ),
    slider,
    h(
      doc,
      'div',
      { className: 'slider-readout' },
      valueText,
      h(
        doc,
        'label',
        { className: 'exact', attrs: { for: id } },
        h(doc, 'span', { text: t(scale.unit === 'seconds' ? 'exactSeconds' : 'exactPixels'), attrs: { id: ids.exact } }),
        exact,
      ),
    ),
    error,
  );

  return {
    element,
    apply(value) {
      if (doc.activeElement === slider) {
        behind = true;
        return;
      }
      if (doc.activeElement === exact && exact.getAttribute('aria-invalid') === 'true') return;
      show(value);
      explain('', slider, exact);
    },
  };
}
