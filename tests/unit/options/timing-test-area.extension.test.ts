import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSettingsForm } from '../../../src/options/settings-form';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/settings';
import { stubI18n } from '../popup/stub-i18n';

describe('the timing test area: the form’s current values, by the popover’s own rule (issue #15)', () => {
  let onChange: ReturnType<typeof vi.fn<(next: Settings) => void>>;
  const area = () => document.querySelector<HTMLElement>('.timing-test')!;
  const term = (word: string) => [...document.querySelectorAll<HTMLElement>('.test-term')].find((t) => t.textContent === word)!;
  const box = () => document.querySelector<HTMLElement>('.test-explanation')!;
  const how = () => document.querySelector('.test-how')!.textContent;
  const isOpen = () => !box().hidden;
  const pointer = (target: Element, x: number, y: number) =>
    target.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: x, clientY: y, pointerType: 'mouse' }));
  const leaveArea = () => area().dispatchEvent(new PointerEvent('pointerleave', { clientX: 0, clientY: 0, pointerType: 'mouse' }));
  const moveSlider = (key: string, value: string) => {
    const slider = document.querySelector<HTMLInputElement>(`#field-${key}-slider`)!;
    slider.focus();
    slider.value = value;
    slider.dispatchEvent(new Event('input', { bubbles: true }));
  };

  beforeEach(() => {
    stubI18n();
    vi.useFakeTimers();
    onChange = vi.fn();
    document.body.replaceChildren(createSettingsForm(document, DEFAULT_SETTINGS, onChange).element);
  });
  afterEach(() => vi.useRealTimers());

  it('sits in the explanations section, with words drawn like highlighted terms that the keyboard reaches', () => {
    expect(area().closest('section')!.querySelector('h2')!.textContent).toBe('Explanations');
    expect(
      [...document.querySelectorAll('.test-term')].map((t) => [t.textContent, t.getAttribute('tabindex'), t.getAttribute('aria-expanded')]),
    ).toEqual([
      ['putamen', '0', 'false'],
      ['dystonia', '0', 'false'],
      ['tremor', '0', 'false'],
    ]);
    expect(isOpen()).toBe(false);
  });

  it('opens after the rest time of a still pointer, and says so', () => {
    pointer(term('putamen'), 100, 100);
    vi.advanceTimersByTime(349);
    expect(isOpen()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(isOpen()).toBe(true);
    expect(box().textContent).toBe('putamenThis is where the explanation would open.');
    expect(how()).toBe('Opened: the pointer rested on “putamen” for 0.35 seconds.');
    expect(term('putamen').getAttribute('aria-expanded')).toBe('true');
  });

  it('uses the rest time the slider shows before it is saved, and not a value it refused', () => {
    moveSlider('hoverRestMs', '0.8');
    expect(onChange).not.toHaveBeenCalled();
    pointer(term('dystonia'), 100, 100);
    vi.advanceTimersByTime(799);
    expect(isOpen()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(how()).toBe('Opened: the pointer rested on “dystonia” for 0.8 seconds.');

    // "Open anyway" slid before the rest is refused: the test area keeps 1.05 s.
    moveSlider('hoverFallbackMs', '0.5');
    leaveArea();
    vi.advanceTimersByTime(2000);
    expect(isOpen()).toBe(false);
    moveSlider('hoverRestMs', '0.6');
    moveSlider('hoverRadiusPx', '2');
    // A pointer that keeps moving, 10 px a step every 50 ms: no rest, so only the fallback opens it.
    const start = performance.now();
    for (let i = 0; !isOpen() && i < 100; i++) {
      pointer(term('tremor'), 100 + (i % 2) * 10, 100);
      vi.advanceTimersByTime(50);
    }
    expect(performance.now() - start).toBe(1050);
    expect(how()).toBe('Opened anyway: the pointer kept moving, and it had been on “tremor” for 1.05 seconds.');
  });

  it('takes the wander radius from the form: a ±15 px tremor rests within 24 px, and only opens anyway within 12', () => {
    const shake = (word: string) => {
      pointer(term(word), 100, 100);
      for (let i = 1; !isOpen() && i < 100; i++) {
        vi.advanceTimersByTime(20);
        pointer(term(word), 100 + (i % 2 ? 30 : 0), 100);
      }
      return how();
    };
    expect(shake('putamen')).toMatch(/^Opened anyway: /);
    leaveArea();
    vi.advanceTimersByTime(2000);
    moveSlider('hoverRadiusPx', '24');
    expect(shake('tremor')).toBe('Opened: the pointer rested on “tremor” for 0.35 seconds.');
  });

  it('closes after the exit grace period once the pointer is off word and box, and stays while it is on the box', () => {
    moveSlider('exitGraceMs', '1');
    pointer(term('putamen'), 100, 100);
    vi.advanceTimersByTime(350);
    expect(isOpen()).toBe(true);
    pointer(box(), 100, 160);
    vi.advanceTimersByTime(2000);
    expect(isOpen()).toBe(true);
    leaveArea();
    vi.advanceTimersByTime(999);
    expect(isOpen()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(isOpen()).toBe(false);
    expect(how()).toBe('Closed: the pointer was away for 1 second.');
    expect(term('putamen').getAttribute('aria-expanded')).toBe('false');
  });

  it('a click keeps it open until Esc; the keyboard opens it with Enter', () => {
    term('dystonia').click();
    expect(how()).toBe('“dystonia” stays open until you press Esc or click somewhere else.');
    leaveArea();
    vi.advanceTimersByTime(5000);
    expect(isOpen()).toBe(true);
    // Hover does not replace what was clicked.
    pointer(term('tremor'), 200, 100);
    vi.advanceTimersByTime(2000);
    expect(box().textContent).toContain('dystonia');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(isOpen()).toBe(false);
    expect(how()).toBe('Closed.');

    term('putamen').focus();
    term('putamen').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(isOpen()).toBe(true);
    expect(how()).toMatch(/^“putamen” stays open/);
    document.body.click();
    expect(isOpen()).toBe(false);
  });

  it('a click during a rest opens it once: the rest running out does not open it again', () => {
    pointer(term('putamen'), 100, 100);
    vi.advanceTimersByTime(100);
    term('putamen').click();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    vi.advanceTimersByTime(2000);
    expect(isOpen()).toBe(false);
  });
});
