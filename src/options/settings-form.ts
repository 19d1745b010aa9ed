/**
 * The options page's settings form: every setting as a labelled control with a large target,
 * saved as soon as it changes. DOM only; the entrypoint passes the current settings and
 * what to do with a change.
 */
import { CATEGORIES, type Category } from '../glossary';
import { t, type MessageKey } from '../i18n/message';
import { categoryLabel } from '../i18n/category-label';
import { HIGHLIGHT_PALETTE, highlightContrast, MIN_NON_TEXT_CONTRAST, type PaletteColour } from '../settings/colour-contrast';
import {
  FALLBACK_AFTER_REST_MS,
  fallbackBeforeRest,
  HAND_PRESET_NAMES,
  HAND_PRESETS,
  handPresetOf,
  type HandPreset,
} from '../settings/hand-presets';
import {
  DEFAULT_SETTINGS,
  EXPLANATION_PLACEMENTS,
  fitsSyncQuota,
  HIGHLIGHT_METHODS,
  isSiteHostname,
  HIGHLIGHT_STYLES,
  MAX_SITES,
  NUMBER_LIMITS,
  READING_DENSITIES,
  settingsBytes,
  THEMES,
  type Settings,
} from '../settings/settings';
import { kilobytes, SYNC_QUOTA_BYTES_PER_ITEM } from '../settings/sync-quota';
import { echoList } from '../i18n/echo';
import { h } from '../ui/dom';
import { TIMING_KEYS, type TimingKey } from './timing-scale';
import { createTimingSlider } from './timing-slider';
import { createTimingTestArea } from './timing-test-area';
import { outOfRangeInWords, secondsInWords } from './timing-words';

export interface SettingsForm {
  element: HTMLElement;
  /** Shows settings changed elsewhere (another device, the popup) without losing focus. */
  update(settings: Settings): void;
}

const STYLE_LABELS: Record<Settings['highlightStyle'], MessageKey> = {
  underline: 'styleUnderline',
  background: 'styleBackground',
  both: 'styleBoth',
  'none-until-hover': 'styleNoneUntilHover',
};
const THEME_LABELS: Record<Settings['theme'], MessageKey> = { auto: 'themeAuto', light: 'themeLight', dark: 'themeDark' };
const METHOD_LABELS: Record<Settings['highlightMethod'], MessageKey> = { paint: 'methodPaint', elements: 'methodElements' };
export const DENSITY_LABELS: Record<Settings['readingDensity'], MessageKey> = {
  every: 'densityEvery',
  section: 'densitySection',
  page: 'densityPage',
};
const PLACEMENT_LABELS: Record<Settings['explanationPlacement'], MessageKey> = { beside: 'placementBeside', docked: 'placementDocked' };
/** Swatches are read out by name, not as hex codes. */
const COLOUR_NAMES: Record<PaletteColour, MessageKey> = {
  '#5b5bd6': 'colourIndigo',
  '#1f6feb': 'colourBlue',
  '#0f7b6c': 'colourTeal',
  '#b35900': 'colourAmber',
  '#d6336c': 'colourPink',
  '#8250df': 'colourViolet',
};
/**
 * A slider's value is saved once it has been still this long (or when the user leaves it), not
 * at every step: a held arrow key steps about 30 times a second, `storage.sync` takes at most
 * 120 writes a minute, and two writes in flight at once can end with the older one stored
 * (each replays its change over the other: src/storage/settings-storage.ts, guardChange).
 */
export const SLIDER_SAVE_AFTER_MS = 400;

export function parseSiteList(text: string): { sites: string[]; invalid: string[] } {
  const lines = text
    .split(/[\n,]+/)
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean)
    // People paste addresses: keep just the host (an IPv6 one with its brackets).
    .map((l) => l.replace(/^[a-z]+:\/\//, '').replace(/^(\[[^\]]*\]|[^/:?#]*).*$/, '$1'));
  return { sites: [...new Set(lines.filter(isSiteHostname))], invalid: lines.filter((l) => !isSiteHostname(l)) };
}

export function createSettingsForm(doc: Document, initial: Settings, onChange: (next: Settings) => void): SettingsForm {
  let settings = initial;
  const controls: Array<(s: Settings) => void> = [];
  const change = (patch: Partial<Settings>) => {
    settings = { ...settings, ...patch };
    onChange(settings);
  };
  /** Slider values that can be saved and are not yet: the test area and the validation use them already. */
  const drafts = new Map<TimingKey, number>();
  let draftTimer: ReturnType<typeof setTimeout> | undefined;
  const current = (): Settings => ({ ...settings, ...Object.fromEntries(drafts) });
  const saveDrafts = () => {
    clearTimeout(draftTimer);
    if (drafts.size === 0) return;
    const patch = Object.fromEntries(drafts);
    drafts.clear();
    change(patch);
  };
  const fieldset = (legend: MessageKey, ...children: Node[]) => h(doc, 'fieldset', {}, h(doc, 'legend', { text: t(legend) }), ...children);

  const checkbox = (key: 'enabled' | 'showBadge' | 'customTermsInFrames' | 'termsAreTabStops' | 'keepHistory' | 'historyWithAddress') => {
    const input = h(doc, 'input', { attrs: { type: 'checkbox', name: key } });
    input.addEventListener('change', () => change({ [key]: input.checked }));
    controls.push((s) => (input.checked = s[key]));
    return h(doc, 'label', { className: 'check' }, input, h(doc, 'span', { text: t(key) }));
  };

  const radios = <K extends 'highlightStyle' | 'theme' | 'highlightMethod' | 'explanationPlacement' | 'readingDensity'>(
    key: K,
    values: readonly Settings[K][],
    labels: Record<Settings[K], MessageKey>,
    legend: MessageKey,
  ) => {
    const inputs = values.map((value) => {
      const input = h(doc, 'input', { attrs: { type: 'radio', name: key, value } });
      input.addEventListener('change', () => input.checked && change({ [key]: value }));
      return { input, label: h(doc, 'label', { className: 'check' }, input, h(doc, 'span', { text: t(labels[value]) })) };
    });
    controls.push((s) => inputs.forEach(({ input }) => (input.checked = input.value === s[key])));
    return fieldset(legend, ...inputs.map((i) => i.label));
  };

  /** Why a number (typed, or a slider's) cannot be saved, in words, or '' when it can. The one rule for fields and sliders. */
  const numberProblem = (key: keyof typeof NUMBER_LIMITS, value: number): string => {
    const limits = NUMBER_LIMITS[key];
    if (!Number.isFinite(value) || value < limits.min || value > limits.max) {
      return key === 'popoverFontSizePx' ? t('numberOutOfRange', [String(limits.min), String(limits.max)]) : outOfRangeInWords(key);
    }
    if (key !== 'hoverRestMs' && key !== 'hoverFallbackMs') return '';
    // The two values named, not `{ ...current(), [key]: value }`: Rollup 4.68 dropped that computed
    // key from the build once number() had one literal caller left, and the rule never refused (the e2e test saw it).
    const now = current();
    const timing = {
      hoverRestMs: key === 'hoverRestMs' ? value : now.hoverRestMs,
      hoverFallbackMs: key === 'hoverFallbackMs' ? value : now.hoverFallbackMs,
    };
    if (fallbackBeforeRest(timing)) {
      return t('fallbackBeforeRestSeconds', [
        secondsInWords(timing.hoverFallbackMs),
        secondsInWords(FALLBACK_AFTER_REST_MS),
        secondsInWords(timing.hoverRestMs),
      ]);
    }
    return '';
  };
  const timingSlider = (key: TimingKey) => {
    const slider = createTimingSlider(doc, key, {
      problem: (value) => numberProblem(key, value),
      draft(value) {
        if (value === null) drafts.delete(key);
        else drafts.set(key, value);
        clearTimeout(draftTimer);
        draftTimer = setTimeout(saveDrafts, SLIDER_SAVE_AFTER_MS);
      },
      commit(value) {
        drafts.set(key, value);
        saveDrafts();
      },
      leave: saveDrafts,
      value: () => current()[key],
    });
    controls.push((s) => slider.apply(s[key]));
    return slider.element;
  };
  const timingTestArea = () => {
    const area = createTimingTestArea(doc, () => {
      const s = current();
      return { radius: s.hoverRadiusPx, restMs: s.hoverRestMs, fallbackMs: s.hoverFallbackMs, exitGraceMs: s.exitGraceMs };
    });
    return area.element;
  };
  const number = (key: keyof typeof NUMBER_LIMITS) => {
    const limits = NUMBER_LIMITS[key];
    const errorId = `field-${key}-error`;
    const input = h(doc, 'input', {
      attrs: {
        type: 'number',
        name: key,
        min: String(limits.min),
        max: String(limits.max),
        step: String(limits.step),
        id: `field-${key}`,
        'aria-describedby': errorId,
      },
    });
    const error = h(doc, 'p', { className: 'error', attrs: { id: errorId, 'aria-live': 'polite' } });
    input.addEventListener('change', () => {
      const problem = numberProblem(key, input.valueAsNumber);
      error.textContent = problem;
      input.setAttribute('aria-invalid', String(problem !== ''));
      if (!problem) change({ [key]: input.valueAsNumber });
    });
    controls.push((s) => {
      // A value being corrected keeps its text and its explanation until the user changes it.
      if (input.getAttribute('aria-invalid') === 'true' && doc.activeElement === input) return;
      input.value = String(s[key]);
      error.textContent = '';
      input.setAttribute('aria-invalid', 'false');
    });
    return h(doc, 'div', { className: 'field' }, h(doc, 'label', { text: t(key), attrs: { for: `field-${key}` } }), input, error);
  };

  const PRESET_LABELS: Record<HandPreset, MessageKey> = {
    steady: 'handPresetSteady',
    some: 'handPresetSome',
    strong: 'handPresetStrong',
    custom: 'handPresetCustom',
  };
  const handPresets = () => {
    const inputs = HAND_PRESET_NAMES.map((name) => {
      const input = h(doc, 'input', { attrs: { type: 'radio', name: 'handPreset', value: name } });
      // "My own values" is where the numbers below lead; choosing it changes nothing.
      input.addEventListener('change', () => input.checked && name !== 'custom' && change({ ...HAND_PRESETS[name] }));
      return { input, label: h(doc, 'label', { className: 'check' }, input, h(doc, 'span', { text: t(PRESET_LABELS[name]) })) };
    });
    controls.push((s) => {
      const current = handPresetOf(s);
      for (const { input } of inputs) input.checked = input.value === current;
    });
    return fieldset('handPreset', ...inputs.map((i) => i.label));
  };
  const resetPopover = () => {
    const button = h(doc, 'button', { className: 'reset-popover', text: t('resetPopoverSettings'), attrs: { type: 'button' } });
    const keys = [
      'hoverRestMs',
      'hoverRadiusPx',
      'hoverFallbackMs',
      'exitGraceMs',
      'popoverFontSizePx',
      'explanationPlacement',
      'theme',
    ] as const;
    button.addEventListener('click', () => {
      clearTimeout(draftTimer);
      drafts.clear();
      change(Object.fromEntries(keys.map((k) => [k, DEFAULT_SETTINGS[k]])));
    });
    return button;
  };

  const colour = () => {
    const swatches = HIGHLIGHT_PALETTE.map((hex) => {
      const input = h(doc, 'input', { attrs: { type: 'radio', name: 'highlightColor', value: hex, 'aria-label': t(COLOUR_NAMES[hex]) } });
      input.addEventListener('change', () => input.checked && change({ highlightColor: hex }));
      return {
        input,
        label: h(
          doc,
          'label',
          { className: 'swatch' },
          input,
          h(doc, 'span', { className: 'swatch-colour', attrs: { 'data-colour': hex } }),
        ),
      };
    });
    // CSSOM, not a style attribute: the options page CSP allows no inline styles.
    for (const { label } of swatches) {
      const chip = label.querySelector<HTMLElement>('.swatch-colour')!;
      chip.style.setProperty('background', chip.dataset.colour!);
    }
    const custom = h(doc, 'input', { attrs: { type: 'color', name: 'highlightColorCustom', id: 'field-colour' } });
    custom.addEventListener('change', () => change({ highlightColor: custom.value }));
    const contrast = h(doc, 'p', { className: 'contrast', attrs: { 'aria-live': 'polite' } });
    controls.push((s) => {
      for (const { input } of swatches) input.checked = input.value === s.highlightColor;
      custom.value = s.highlightColor;
      const { onLight, onDark } = highlightContrast(s.highlightColor);
      const ok = Math.min(onLight, onDark) >= MIN_NON_TEXT_CONTRAST;
      contrast.textContent = t(ok ? 'contrastGood' : 'contrastLow', [onLight.toFixed(1), onDark.toFixed(1)]);
      contrast.classList.toggle('warning', !ok);
    });
    return fieldset(
      'highlightColor',
      h(doc, 'div', { className: 'swatches' }, ...swatches.map((s) => s.label)),
      h(doc, 'div', { className: 'field inline' }, h(doc, 'label', { text: t('colourCustom'), attrs: { for: 'field-colour' } }), custom),
      contrast,
    );
  };

  const categories = () => {
    const inputs = CATEGORIES.map((category) => {
      const input = h(doc, 'input', { attrs: { type: 'checkbox', name: 'categories', value: category } });
      input.addEventListener('change', () =>
        change({ categories: inputs.filter((i) => i.input.checked).map((i) => i.input.value as Category) }),
      );
      return { input, label: h(doc, 'label', { className: 'check' }, input, h(doc, 'span', { text: categoryLabel(category) })) };
    });
    controls.push((s) => inputs.forEach(({ input }) => (input.checked = s.categories.includes(input.value as Category))));
    return fieldset('categories', h(doc, 'div', { className: 'columns' }, ...inputs.map((i) => i.label)));
  };

  const siteList = (key: 'disabledSites' | 'allowedSites') => {
    const area = h(doc, 'textarea', { attrs: { name: key, id: `field-${key}`, rows: '3', spellcheck: 'false', autocomplete: 'off' } });
    const error = h(doc, 'p', { className: 'error', attrs: { 'aria-live': 'polite' } });
    area.addEventListener('change', () => {
      const { sites, invalid } = parseSiteList(area.value);
      const candidate = { ...settings, [key]: sites };
      if (invalid.length > 0) error.textContent = t('invalidSite', echoList(invalid));
      else if (sites.length > MAX_SITES) error.textContent = t('tooManySites', String(MAX_SITES));
      // The browser would refuse the save (M8): say so now, in words, and keep the text for the user to shorten.
      else if (!fitsSyncQuota(candidate))
        error.textContent = t('problemSettingsTooLarge', [kilobytes(settingsBytes(candidate)), kilobytes(SYNC_QUOTA_BYTES_PER_ITEM)]);
      else {
        error.textContent = '';
        change({ [key]: sites });
      }
    });
    controls.push((s) => {
      if (doc.activeElement !== area) area.value = s[key].join('\n');
    });
    return h(doc, 'div', { className: 'field' }, h(doc, 'label', { text: t(key), attrs: { for: `field-${key}` } }), area, error);
  };

  const section = (heading: MessageKey, ...children: Node[]) =>
    h(doc, 'section', { className: 'card' }, h(doc, 'h2', { text: t(heading) }), ...children);
  const element = h(
    doc,
    'div',
    { className: 'settings-form' },
    section(
      'sectionHighlighting',
      radios('highlightStyle', HIGHLIGHT_STYLES, STYLE_LABELS, 'highlightStyle'),
      colour(),
      radios('readingDensity', READING_DENSITIES, DENSITY_LABELS, 'readingDensity'),
      categories(),
      radios('highlightMethod', HIGHLIGHT_METHODS, METHOD_LABELS, 'highlightMethod'),
      checkbox('termsAreTabStops'),
      checkbox('customTermsInFrames'),
    ),
    section(
      'sectionPopover',
      handPresets(),
      // The test area beside the sliders, so a change can be tried at once.
      h(
        doc,
        'div',
        { className: 'timing' },
        h(doc, 'div', { className: 'timing-sliders' }, ...TIMING_KEYS.map(timingSlider)),
        timingTestArea(),
      ),
      number('popoverFontSizePx'),
      radios('explanationPlacement', EXPLANATION_PLACEMENTS, PLACEMENT_LABELS, 'explanationPlacement'),
      radios('theme', THEMES, THEME_LABELS, 'theme'),
      resetPopover(),
    ),
    section('sectionSites', checkbox('enabled'), siteList('disabledSites'), siteList('allowedSites')),
    section('sectionToolbar', checkbox('showBadge')),
    section(
      'sectionMyTerms',
      h(doc, 'p', { className: 'hint', text: t('myTermsPrivacy') }),
      checkbox('keepHistory'),
      checkbox('historyWithAddress'),
    ),
  );

  const update = (next: Settings) => {
    settings = next;
    for (const apply of controls) apply(next);
  };
  update(initial);
  return { element, update };
}
