import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSettingsForm, SLIDER_SAVE_AFTER_MS, type SettingsForm } from '../../../src/options/settings-form';
import { HAND_PRESETS } from '../../../src/settings/hand-presets';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/settings';
import { stubI18n } from '../popup/stub-i18n';

describe('the timing settings as sliders in seconds (issue #15)', () => {
  let onChange: ReturnType<typeof vi.fn<(next: Settings) => void>>;
  let form: SettingsForm;
  const slider = (key: string) => document.querySelector<HTMLInputElement>(`#field-${key}-slider`)!;
  const exact = (key: string) => document.querySelector<HTMLInputElement>(`#field-${key}`)!;
  const error = (key: string) => document.querySelector(`#field-${key}-error`)!.textContent;
  const words = (key: string) => slider(key).closest('.timing-field')!.querySelector('.slider-value')!.textContent;
  /** What the browser does as a slider moves by keyboard or pointer: a new value and an `input` event. */
  const move = (key: string, value: string) => {
    slider(key).focus();
    slider(key).value = value;
    slider(key).dispatchEvent(new Event('input', { bubbles: true }));
  };
  const type = (key: string, value: string) => {
    exact(key).focus();
    exact(key).value = value;
    exact(key).dispatchEvent(new Event('change', { bubbles: true }));
  };
  /** The storage round trip: the options page shows what was saved. */
  const echo = () => form.update(onChange.mock.lastCall![0]);

  beforeEach(() => {
    stubI18n();
    vi.useFakeTimers();
    onChange = vi.fn();
    form = createSettingsForm(document, DEFAULT_SETTINGS, onChange);
    document.body.replaceChildren(form.element);
  });
  afterEach(() => vi.useRealTimers());

  it('shows each value in seconds or pixels, in words, with its unit in aria-valuetext and words at the ends', () => {
    expect([slider('hoverRestMs').min, slider('hoverRestMs').max, slider('hoverRestMs').step, slider('hoverRestMs').value]).toEqual([
      '0.1',
      '3',
      '0.05',
      '0.35',
    ]);
    expect(slider('hoverRestMs').type).toBe('range');
    expect(slider('hoverRestMs').getAttribute('aria-valuetext')).toBe('0.35 seconds');
    expect(words('hoverRestMs')).toBe('0.35 seconds');
    expect(slider('hoverFallbackMs').getAttribute('aria-valuetext')).toBe('1.05 seconds');
    expect(slider('exitGraceMs').getAttribute('aria-valuetext')).toBe('0.4 seconds');
    expect(slider('hoverRadiusPx').getAttribute('aria-valuetext')).toBe('12 pixels');
    expect(exact('hoverRestMs').value).toBe('0.35');
    expect(exact('hoverRadiusPx').value).toBe('12');

    // Named by its label; described by the words at its ends and by its explanation.
    const label = document.querySelector(`label[for="field-hoverRestMs-slider"]`)!.textContent;
    expect(label).toBe('Rest time before an explanation opens');
    const described = slider('hoverRestMs')
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => document.getElementById(id)!.textContent);
    expect(described).toEqual(['Opens sooner', 'Waits longer', '']);
    const radiusEnds = slider('hoverRadiusPx')
      .getAttribute('aria-describedby')!
      .split(' ')
      .slice(0, 2)
      .map((id) => document.getElementById(id)!.textContent);
    expect(radiusEnds).toEqual(['Small movements', 'Large movements']);
    // The exact field is named by the setting and its unit.
    const exactName = exact('hoverRestMs')
      .getAttribute('aria-labelledby')!
      .split(' ')
      .map((id) => document.getElementById(id)!.textContent);
    expect(exactName).toEqual(['Rest time before an explanation opens', 'Exact, in seconds']);
  });

  it('moves the exact field with the slider, and saves in milliseconds once the slider is still', () => {
    move('hoverRestMs', '0.4');
    move('hoverRestMs', '0.45');
    expect(exact('hoverRestMs').value).toBe('0.45');
    expect(slider('hoverRestMs').getAttribute('aria-valuetext')).toBe('0.45 seconds');
    expect(words('hoverRestMs')).toBe('0.45 seconds');
    // Not a write per step (a held arrow key).
    expect(onChange).not.toHaveBeenCalled();
    vi.advanceTimersByTime(SLIDER_SAVE_AFTER_MS);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, hoverRestMs: 450 });
  });

  it('saves at once when the user leaves the slider', () => {
    move('hoverRadiusPx', '20');
    expect(words('hoverRadiusPx')).toBe('20 pixels');
    slider('hoverRadiusPx').blur();
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, hoverRadiusPx: 20 });
    vi.advanceTimersByTime(SLIDER_SAVE_AFTER_MS);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('moves the slider with a number typed in seconds, and saves it in milliseconds', () => {
    type('hoverFallbackMs', '1.5');
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, hoverFallbackMs: 1500 });
    expect(slider('hoverFallbackMs').value).toBe('1.5');
    expect(slider('hoverFallbackMs').getAttribute('aria-valuetext')).toBe('1.5 seconds');
    type('exitGraceMs', '1');
    expect(slider('exitGraceMs').getAttribute('aria-valuetext')).toBe('1 second');
  });

  it('leaving a slider that was not moved leaves its exact field alone (the user may be typing there)', () => {
    slider('hoverRestMs').focus();
    exact('hoverRestMs').value = '';
    exact('hoverRestMs').focus();
    expect(exact('hoverRestMs').value).toBe('');
  });

  it('refuses a number out of range in words and in its unit, and keeps the typed text', () => {
    type('hoverRestMs', '5');
    expect(error('hoverRestMs')).toBe('Not saved: choose from 0.1 to 3 seconds.');
    expect([exact('hoverRestMs').value, exact('hoverRestMs').getAttribute('aria-invalid')]).toEqual(['5', 'true']);
    expect(slider('hoverRestMs').value).toBe('0.35');
    type('hoverRadiusPx', '1');
    expect(error('hoverRadiusPx')).toBe('Not saved: choose from 2 to 64 pixels.');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('refuses an "open anyway" slid before the rest: explained while on the slider, back to the saved value when left, the explanation staying', () => {
    move('hoverFallbackMs', '0.4');
    const refusal =
      'Not saved: “open anyway” (0.4 seconds) must come at least 0.1 seconds after the rest time (0.35 seconds), or it would open every term the pointer crosses.';
    expect(error('hoverFallbackMs')).toBe(refusal);
    expect(slider('hoverFallbackMs').getAttribute('aria-invalid')).toBe('true');
    // The user is still on it: it stays where they put it.
    expect(slider('hoverFallbackMs').value).toBe('0.4');
    vi.advanceTimersByTime(SLIDER_SAVE_AFTER_MS);
    expect(onChange).not.toHaveBeenCalled();

    slider('hoverFallbackMs').blur();
    expect(onChange).not.toHaveBeenCalled();
    expect(slider('hoverFallbackMs').value).toBe('1.05');
    expect(slider('hoverFallbackMs').getAttribute('aria-valuetext')).toBe('1.05 seconds');
    expect(exact('hoverFallbackMs').value).toBe('1.05');
    expect(slider('hoverFallbackMs').getAttribute('aria-invalid')).toBe('false');
    expect(error('hoverFallbackMs')).toBe(refusal);
  });

  it('does not save a valid step passed on the way to a refused one', () => {
    move('hoverFallbackMs', '0.5');
    move('hoverFallbackMs', '0.4');
    vi.advanceTimersByTime(SLIDER_SAVE_AFTER_MS);
    slider('hoverFallbackMs').blur();
    expect(onChange).not.toHaveBeenCalled();
  });

  it('refuses a rest slid past "open anyway", judged against the values shown', () => {
    move('hoverRestMs', '1');
    expect(error('hoverRestMs')).toMatch(
      /^Not saved: “open anyway” \(1\.05 seconds\) must come at least 0\.1 seconds after the rest time \(1 second\)/,
    );
    move('hoverRestMs', '0.9');
    expect(error('hoverRestMs')).toBe('');
    slider('hoverRestMs').blur();
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, hoverRestMs: 900 });
    // A typed fallback is judged against the rest just slid to.
    type('hoverFallbackMs', '0.95');
    expect(error('hoverFallbackMs')).toMatch(/rest time \(0\.9 seconds\)/);
  });

  it('does not move a slider the user is on when saved settings arrive, and shows them once they leave it', () => {
    move('hoverRestMs', '0.5');
    form.update({ ...DEFAULT_SETTINGS, hoverRestMs: 400 });
    expect(slider('hoverRestMs').value).toBe('0.5');
    expect(exact('hoverRestMs').value).toBe('0.5');
    vi.advanceTimersByTime(SLIDER_SAVE_AFTER_MS);
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, hoverRestMs: 500 });
    echo();
    slider('hoverRestMs').blur();
    expect(slider('hoverRestMs').value).toBe('0.5');
    // Off the slider, a preset chosen elsewhere shows.
    form.update({ ...DEFAULT_SETTINGS, ...HAND_PRESETS.strong });
    expect(slider('hoverRadiusPx').getAttribute('aria-valuetext')).toBe('24 pixels');
    expect(slider('hoverRestMs').getAttribute('aria-valuetext')).toBe('0.4 seconds');
  });

  it('"Reset this section to the defaults" puts the sliders back and clears their explanations', () => {
    type('hoverRadiusPx', '30');
    echo();
    move('hoverFallbackMs', '0.4');
    slider('hoverFallbackMs').blur();
    expect(error('hoverFallbackMs')).not.toBe('');
    document.querySelector<HTMLButtonElement>('.reset-popover')!.click();
    expect(onChange).toHaveBeenLastCalledWith(DEFAULT_SETTINGS);
    echo();
    expect(slider('hoverRadiusPx').getAttribute('aria-valuetext')).toBe('12 pixels');
    expect(exact('hoverRadiusPx').value).toBe('12');
    expect([...document.querySelectorAll('.settings-form .error')].map((p) => p.textContent).filter(Boolean)).toEqual([]);
    expect(document.querySelector<HTMLInputElement>('input[name="handPreset"]:checked')!.value).toBe('steady');
  });

  it('Reset pressed just after a slider moved: the defaults are saved last, and nothing after them', () => {
    move('hoverRestMs', '0.6');
    const reset = document.querySelector<HTMLButtonElement>('.reset-popover')!;
    // Pressing the button takes the focus off the slider first.
    reset.focus();
    expect(document.activeElement).toBe(reset);
    reset.click();
    vi.advanceTimersByTime(SLIDER_SAVE_AFTER_MS);
    expect(onChange.mock.calls.map(([s]) => s.hoverRestMs)).toEqual([600, 350]);
    expect(onChange).toHaveBeenLastCalledWith(DEFAULT_SETTINGS);
  });
});
