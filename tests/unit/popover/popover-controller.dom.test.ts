import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { entriesById, GLOSSARY, SOURCES } from '../../../src/glossary';
import { entriesAtHand } from '../../../src/popover/entry-lookup';
import { startPopover, type PopoverController } from '../../../src/popover/popover-controller';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { english } from '../../../scripts/english-messages';
import { elementTerms } from './element-terms';
import { MARK_CLASS, POPOVER_HOST_SELECTOR, TERM_SELECTOR } from '../../../src/contracts/dom';

const byId = entriesById(GLOSSARY);
const lookup = entriesAtHand(byId, SOURCES);
const entry = (id: string) => byId.get(id)!;

function page(): void {
  // Built with DOM calls, like the highlighter does: no HTML parsing in tests either.
  document.body.replaceChildren();
  const p = document.createElement('p');
  for (const id of ['putamen', 'basal-ganglia', 'dystonia']) {
    const mark = document.createElement('mark');
    mark.className = MARK_CLASS;
    mark.dataset.glossaryTerm = id;
    mark.textContent = entry(id).term;
    p.append('Text about ', mark, '. ');
  }
  const button = document.createElement('button');
  button.id = 'page-button';
  button.textContent = 'A page button';
  document.body.append(p, button);
}

const host = () => document.querySelector<HTMLElement>(POPOVER_HOST_SELECTOR)!;
const shadow = () => host().shadowRoot!;
const dialog = () => shadow().querySelector<HTMLElement>('[role="dialog"]')!;
/** Open: the host is in the page (it is added on the first explanation) and the dialog shown. */
const isOpen = () => document.querySelector(POPOVER_HOST_SELECTOR) !== null && !dialog().hidden;
const title = () => shadow().getElementById('dg-title')!.textContent;
const marks = () => Array.from(document.querySelectorAll<HTMLElement>(TERM_SELECTOR));
const press = (target: EventTarget, key: string) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));

describe('popover controller', () => {
  let controller: PopoverController;
  const openInGlossary = vi.fn();

  beforeEach(() => {
    page();
    controller = startPopover(
      document,
      elementTerms(document),
      lookup,
      { ...DEFAULT_SETTINGS },
      { onOpenInGlossary: openInGlossary, acceptsEvent: () => true, shadowMode: 'open' },
    );
  });
  afterEach(() => {
    controller.destroy();
    openInGlossary.mockReset();
  });

  it('describes every highlight to screen readers and keeps them all out of the tab order', () => {
    for (const mark of marks()) {
      expect(mark.getAttribute('aria-description')).toBe(english('ui_termHint'));
      expect(mark.hasAttribute('tabindex')).toBe(false);
    }
  });

  it('next/previous term walk the highlights in document order, one tabindex at a time, and open each popover with focus', () => {
    expect(controller.nextTerm()).toBe(true);
    const [first, second, third] = marks();
    expect(title()).toBe(entry('putamen').term);
    expect(dialog().hidden).toBe(false);
    expect(document.activeElement).toBe(host());
    expect(first!.getAttribute('tabindex')).toBe('-1');

    controller.nextTerm();
    expect(title()).toBe(entry('basal-ganglia').term);
    expect(marks().filter((m) => m.hasAttribute('tabindex'))).toEqual([second]);

    controller.nextTerm();
    controller.nextTerm(); // wraps around
    expect(title()).toBe(entry('putamen').term);
    controller.previousTerm();
    expect(title()).toBe(entry('dystonia').term);
    expect(marks().filter((m) => m.hasAttribute('tabindex'))).toEqual([third]);
  });

  it('N and P, single keys, step to the next and previous term while the explanation has focus; elsewhere they are the page’s', () => {
    const pageKeys: string[] = [];
    document.addEventListener('keydown', (e) => pageKeys.push(e.key));
    // Nothing of ours has focus: the page's own single-key shortcuts keep working.
    press(document.getElementById('page-button')!, 'n');
    expect(isOpen()).toBe(false);
    expect(pageKeys).toEqual(['n']);
    controller.nextTerm();
    expect(title()).toBe(entry('putamen').term);
    press(dialog(), 'n');
    expect(title()).toBe(entry('basal-ganglia').term);
    press(dialog(), 'N');
    expect(title()).toBe(entry('dystonia').term);
    press(dialog(), 'p');
    expect(title()).toBe(entry('basal-ganglia').term);
    // A chord is not these keys (Ctrl+P prints).
    dialog().dispatchEvent(new KeyboardEvent('keydown', { key: 'p', ctrlKey: true, bubbles: true, composed: true, cancelable: true }));
    expect(title()).toBe(entry('basal-ganglia').term);
    // Ours were not passed on to the page.
    expect(pageKeys).toEqual(['n', 'p']);
    // The keys are shown while focus is in the explanation.
    expect(shadow().querySelector('.dg-keys')!.textContent).toBe(english('ui_keysHint'));
  });

  it('Esc closes and returns focus to the term; reopen-last brings the popover back', () => {
    expect(controller.reopenLast()).toBe(false);
    controller.nextTerm();
    controller.nextTerm();
    press(document.activeElement!, 'Escape');
    expect(dialog().hidden).toBe(true);
    expect(document.activeElement).toBe(marks()[1]);
    expect(controller.reopenLast()).toBe(true);
    expect(dialog().hidden).toBe(false);
    expect(title()).toBe(entry('basal-ganglia').term);
    expect(document.activeElement).toBe(host());
  });

  it('an Esc that closes the popover from the page still reaches the page’s own handlers; one in the popover does not (security review L9)', () => {
    const pageHandler = vi.fn();
    document.addEventListener('keydown', pageHandler);
    try {
      marks()[0]!.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 })); // a pointer's click: pinned, focus stays in the page
      press(document.getElementById('page-button')!, 'Escape');
      expect(dialog().hidden).toBe(true);
      expect(pageHandler).toHaveBeenCalledTimes(1);
      controller.nextTerm(); // focus moves into the popover
      press(document.activeElement!, 'Escape');
      expect(dialog().hidden).toBe(true);
      expect(pageHandler).toHaveBeenCalledTimes(1);
    } finally {
      document.removeEventListener('keydown', pageHandler);
    }
  });

  it('Esc returns focus where it was before a command opened the popover', () => {
    const button = document.getElementById('page-button')!;
    marks()[2]!.click(); // a pointer click pins without moving focus
    button.focus();
    expect(controller.reopenLast()).toBe(true);
    expect(document.activeElement).toBe(host());
    press(document.activeElement!, 'Escape');
    expect(document.activeElement).toBe(button);
  });

  it('Enter or Space on a focused term opens its popover with focus', () => {
    for (const key of ['Enter', ' ']) {
      const mark = marks()[0]!;
      mark.tabIndex = -1;
      mark.focus();
      press(mark, key);
      expect(dialog().hidden).toBe(false);
      expect(document.activeElement).toBe(host());
      press(document.activeElement!, 'Escape');
      expect(document.activeElement).toBe(mark);
    }
  });

  it('a click pins the popover, which then says so in a status region; a click elsewhere closes it', () => {
    const pinned = () => shadow().querySelector('.dg-pinned[role="status"]')!;
    marks()[0]!.click();
    expect(dialog().hidden).toBe(false);
    expect(pinned().textContent).toBe(english('ui_pinned'));
    expect(dialog().classList.contains('dg-is-pinned')).toBe(true);
    document.getElementById('page-button')!.click();
    expect(dialog().hidden).toBe(true);
    expect(pinned().textContent).toBe('');
  });

  it('related terms navigate inside the popover, and Back returns', () => {
    controller.nextTerm();
    const related = shadow().querySelector<HTMLButtonElement>('.dg-related-term')!;
    const relatedId = related.dataset.entryId!;
    expect(entry('putamen').related).toContain(relatedId);
    const back = shadow().querySelector<HTMLButtonElement>('.dg-back')!;
    expect(back.hidden).toBe(true);
    related.click();
    expect(title()).toBe(entry(relatedId).term);
    expect(back.hidden).toBe(false);
    expect(shadow().activeElement).toBe(back);
    back.click();
    expect(title()).toBe(entry('putamen').term);
    expect(back.hidden).toBe(true);
  });

  it('shows the short definition first, the long one behind More, sources as links, the disclaimer, and Open in glossary', () => {
    controller.nextTerm();
    const text = dialog().textContent;
    expect(text.indexOf(entry('putamen').short)).toBeGreaterThan(-1);
    const long = shadow().querySelector<HTMLElement>('.dg-long')!;
    expect(long.hidden).toBe(true);
    shadow().querySelector<HTMLButtonElement>('.dg-more')!.click();
    expect(long.hidden).toBe(false);
    expect(shadow().querySelectorAll('.dg-sources a[href^="https://"]').length).toBe(entry('putamen').sources.length);
    expect(text).toMatch(/not medical advice/i);
    shadow().querySelector<HTMLButtonElement>('.dg-open-glossary')!.click();
    expect(openInGlossary).toHaveBeenCalledWith('putamen');
  });

  it('hides the speak buttons where the browser cannot speak', () => {
    controller.nextTerm();
    expect(shadow().querySelector('.dg-speak')).toBeNull();
  });

  it('adds nothing to the page until an explanation opens', () => {
    expect(document.querySelector(POPOVER_HOST_SELECTOR)).toBeNull();
    controller.nextTerm();
    expect(host().isConnected).toBe(true);
  });

  it('applies the theme override and the font size setting', () => {
    controller.nextTerm();
    controller.applySettings({ ...DEFAULT_SETTINGS, theme: 'dark', popoverFontSizePx: 24 });
    expect(dialog().dataset.theme).toBe('dark');
    expect(dialog().style.getPropertyValue('--dg-font-size')).toBe('24px');
    controller.applySettings({ ...DEFAULT_SETTINGS, theme: 'auto' });
    expect(dialog().hasAttribute('data-theme')).toBe(false);
    expect(dialog().style.getPropertyValue('--dg-font-size')).toBe('16px');
  });

  it('Tab cycles the dialog’s own controls', () => {
    controller.nextTerm();
    const buttons = Array.from(shadow().querySelectorAll<HTMLElement>('button, a[href]')).filter(
      (el) => !el.closest('[hidden]') && !el.hidden,
    );
    buttons.at(-1)!.focus();
    dialog().dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }));
    expect(shadow().activeElement).toBe(buttons[0]);
  });
});

describe('popover strings and speech', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });

  it('words its controls through browser.i18n (here answering from messages.json)', () => {
    page();
    const controller = startPopover(
      document,
      elementTerms(document),
      lookup,
      { ...DEFAULT_SETTINGS },
      { onOpenInGlossary: () => undefined, acceptsEvent: () => true, shadowMode: 'open' },
    );
    controller.nextTerm();
    expect(shadow().querySelector('.dg-close')!.getAttribute('aria-label')).toBe(english('ui_close'));
    expect(shadow().querySelector('.dg-back')!.getAttribute('aria-label')).toBe(english('ui_back'));
    expect(shadow().querySelector('.dg-open-glossary')!.textContent).toBe(english('ui_openInGlossary'));
    expect(shadow().querySelector('.dg-category')!.textContent).toBe(english('category_anatomy'));
    controller.destroy();
  });

  it('with speech synthesis, one button says the term and another reads the short definition', () => {
    const spoken: string[] = [];
    class FakeUtterance {
      lang = '';
      rate = 1;
      constructor(readonly text: string) {}
    }
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
    vi.stubGlobal('speechSynthesis', {
      getVoices: () => [{ name: 'test voice' }],
      addEventListener: () => undefined,
      cancel: () => undefined,
      speak: (u: FakeUtterance) => spoken.push(u.text),
    });
    page();
    const controller = startPopover(
      document,
      elementTerms(document),
      lookup,
      { ...DEFAULT_SETTINGS },
      { acceptsEvent: () => true, shadowMode: 'open' },
    );
    controller.nextTerm();
    shadow().querySelector<HTMLButtonElement>('.dg-speak-term')!.click();
    shadow().querySelector<HTMLButtonElement>('.dg-speak-definition')!.click();
    expect(spoken).toEqual([entry('putamen').term, entry('putamen').short]);
    // Without an Open in glossary callback there is no such button.
    expect(shadow().querySelector('.dg-open-glossary')).toBeNull();
    controller.destroy();
  });

  it('keeps the speak buttons hidden until the browser has a voice (Chromium loads voices late)', () => {
    let voices: object[] = [];
    let onVoicesChanged = () => undefined as void;
    class FakeUtterance {
      constructor(readonly text: string) {}
    }
    vi.stubGlobal('SpeechSynthesisUtterance', FakeUtterance);
    vi.stubGlobal('speechSynthesis', {
      getVoices: () => voices,
      addEventListener: (_type: string, listener: () => void) => (onVoicesChanged = listener),
      cancel: () => undefined,
      speak: () => undefined,
    });
    page();
    const controller = startPopover(
      document,
      elementTerms(document),
      lookup,
      { ...DEFAULT_SETTINGS },
      { acceptsEvent: () => true, shadowMode: 'open' },
    );
    controller.nextTerm();
    const row = () => shadow().querySelector<HTMLElement>('.dg-speech')!;
    expect(row().hidden).toBe(true);
    voices = [{ name: 'late voice' }];
    onVoicesChanged();
    expect(row().hidden).toBe(false);
    controller.destroy();
  });
});

describe('popover controller: opening a given term (the popup’s “On this page” jump)', () => {
  it('focuses that term, pins its popover and moves focus in, so Esc comes back to the term', () => {
    page();
    const controller = startPopover(
      document,
      elementTerms(document),
      lookup,
      { ...DEFAULT_SETTINGS },
      { acceptsEvent: () => true, shadowMode: 'open' },
    );
    const target = marks()[2]!;
    expect(controller.openTerm(elementTerms(document).ofElement(target)!)).toBe(true);
    expect(title()).toBe(entry('dystonia').term);
    expect(document.activeElement).toBe(host());
    press(document.activeElement!, 'Escape');
    expect(document.activeElement).toBe(target);
    expect(marks().filter((m) => m.hasAttribute('tabindex'))).toEqual([target]);
    controller.destroy();
  });
});

describe('popover controller: pointer timing', () => {
  let controller: PopoverController;
  const move = (target: Element, x: number, y: number) =>
    target.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: x, clientY: y, pointerType: 'mouse' }));

  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    page();
    controller = startPopover(
      document,
      elementTerms(document),
      lookup,
      { ...DEFAULT_SETTINGS },
      { acceptsEvent: () => true, shadowMode: 'open' },
    );
  });
  afterEach(() => {
    controller.destroy();
    vi.useRealTimers();
  });

  it('opens after the rest time without taking focus, and closes after the exit grace once the pointer leaves', () => {
    move(marks()[0]!, 10, 10);
    vi.advanceTimersByTime(DEFAULT_SETTINGS.hoverRestMs - 1);
    expect(isOpen()).toBe(false);
    vi.advanceTimersByTime(2);
    expect(isOpen()).toBe(true);
    expect(document.activeElement).not.toBe(host());
    move(document.body, 900, 900);
    vi.advanceTimersByTime(DEFAULT_SETTINGS.exitGraceMs - 1);
    expect(isOpen()).toBe(true);
    vi.advanceTimersByTime(2);
    expect(isOpen()).toBe(false);
  });

  it('a term clicked and dismissed with Esc before the rest time is not reopened by the resting pointer', () => {
    const mark = marks()[0]!;
    move(mark, 10, 10);
    vi.advanceTimersByTime(100);
    mark.click();
    press(document.body, 'Escape');
    expect(isOpen()).toBe(false);
    vi.advanceTimersByTime(5000);
    expect(isOpen()).toBe(false);
  });

  it('follows the timing settings', () => {
    controller.applySettings({ ...DEFAULT_SETTINGS, hoverRestMs: 800, hoverFallbackMs: 2400 });
    move(marks()[1]!, 10, 10);
    vi.advanceTimersByTime(799);
    expect(isOpen()).toBe(false);
    vi.advanceTimersByTime(2);
    expect(isOpen()).toBe(true);
  });
});
