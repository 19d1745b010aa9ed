import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPageNotice, LIVE_REGION_SETTLE_MS, NOTICE_HIDE_AFTER_MS, type PageNotice } from '../../../src/content/page-notice';
import { NOTICE_HOST_ATTRIBUTE } from '../../../src/contracts/dom';

describe('page notice', () => {
  let notice: PageNotice;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    document.documentElement.replaceChildren(document.createElement('head'), document.createElement('body'));
    notice = createPageNotice(document, { closeLabel: 'Close this message', shadowMode: 'open' });
  });
  afterEach(() => {
    notice.destroy();
    vi.useRealTimers();
  });

  const host = () => document.querySelector<HTMLElement>(`[${NOTICE_HOST_ATTRIBUTE}]`);
  const root = () => host()!.shadowRoot!;
  const region = () => root().querySelector<HTMLElement>('[role="status"]')!;
  const closeButton = () => root().querySelector<HTMLButtonElement>('.dg-notice-close')!;
  const card = () => root().querySelector<HTMLElement>('.dg-notice')!;

  it('puts nothing in the page until the first notice', () => {
    expect(host()).toBeNull();
    expect(notice.inspect()).toBeNull();
  });

  it('is a polite live region in the page before its words arrive, then shows them', () => {
    notice.show(['Highlighting is off.', 'Press Alt+Shift+H to turn it back on.']);
    // The region is there, empty: a screen reader starts listening to it.
    expect(host()?.parentElement).toBe(document.documentElement);
    expect(region().getAttribute('aria-live')).toBe('polite');
    expect(region().getAttribute('aria-atomic')).toBe('true');
    expect(region().textContent).toBe('');
    expect(notice.shown).toBe(false);
    vi.advanceTimersByTime(LIVE_REGION_SETTLE_MS);
    expect(notice.shown).toBe(true);
    expect(region().textContent).toBe('Highlighting is off.Press Alt+Shift+H to turn it back on.');
    expect(notice.inspect()).toMatchObject({
      shown: true,
      role: 'status',
      live: 'polite',
      text: 'Highlighting is off. Press Alt+Shift+H to turn it back on.',
      focusInside: false,
    });
    // The × is outside the region (its name is not read with every notice) and is a real button with a name.
    expect(region().contains(closeButton())).toBe(false);
    expect(closeButton().hidden).toBe(false);
    expect(closeButton().getAttribute('aria-label')).toBe('Close this message');
    expect(closeButton().type).toBe('button');
  });

  it('leaves no attribute on the host but its marker and its inline style', () => {
    notice.show(['Off.']);
    vi.advanceTimersByTime(LIVE_REGION_SETTLE_MS);
    expect(host()!.getAttributeNames().sort()).toEqual([NOTICE_HOST_ATTRIBUTE, 'style']);
    expect(host()!.childNodes).toHaveLength(0);
  });

  it('never takes focus', () => {
    const input = document.body.appendChild(document.createElement('input'));
    input.focus();
    notice.show(['Off.']);
    vi.advanceTimersByTime(LIVE_REGION_SETTLE_MS);
    expect(document.activeElement).toBe(input);
    expect(notice.inspect()?.focusInside).toBe(false);
  });

  it('hides itself after the time to read it, and not before', () => {
    notice.show(['Off.']);
    vi.advanceTimersByTime(LIVE_REGION_SETTLE_MS);
    expect(NOTICE_HIDE_AFTER_MS).toBeGreaterThanOrEqual(6_000);
    vi.advanceTimersByTime(NOTICE_HIDE_AFTER_MS - 1);
    expect(notice.shown).toBe(true);
    vi.advanceTimersByTime(1);
    expect(notice.shown).toBe(false);
    expect(region().textContent).toBe('');
    expect(closeButton().hidden).toBe(true);
    expect(card().classList.contains('dg-is-shown')).toBe(false);
    // The region stays, empty, for the next notice.
    expect(region().isConnected).toBe(true);
  });

  it('a second notice replaces the first at once, in the same region, and gets its full time', () => {
    notice.show(['Off.']);
    vi.advanceTimersByTime(LIVE_REGION_SETTLE_MS);
    const first = region();
    vi.advanceTimersByTime(NOTICE_HIDE_AFTER_MS - 1_000);
    notice.show(['On again.']);
    expect(region()).toBe(first);
    expect(region().textContent).toBe('On again.');
    vi.advanceTimersByTime(NOTICE_HIDE_AFTER_MS - 1);
    expect(notice.shown).toBe(true);
    vi.advanceTimersByTime(1);
    expect(notice.shown).toBe(false);
    expect(document.querySelectorAll(`[${NOTICE_HOST_ATTRIBUTE}]`)).toHaveLength(1);
  });

  it('a second notice before the region settled shows only the newest words', () => {
    notice.show(['Off.']);
    notice.show(['On again.']);
    expect(region().textContent).toBe('');
    vi.advanceTimersByTime(LIVE_REGION_SETTLE_MS);
    expect(region().textContent).toBe('On again.');
  });

  it('shows again after hiding, at once, since its region is still in the page', () => {
    notice.show(['Off.']);
    vi.advanceTimersByTime(LIVE_REGION_SETTLE_MS + NOTICE_HIDE_AFTER_MS);
    expect(notice.shown).toBe(false);
    notice.show(['On again.']);
    expect(notice.shown).toBe(true);
    expect(region().textContent).toBe('On again.');
  });

  it('a press on the × does not move focus into the notice', () => {
    notice.show(['Off.']);
    vi.advanceTimersByTime(LIVE_REGION_SETTLE_MS);
    const press = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    closeButton().dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true);
  });

  it('the × dismisses it, and no later timer brings anything back', () => {
    notice.show(['Off.']);
    vi.advanceTimersByTime(LIVE_REGION_SETTLE_MS);
    closeButton().click();
    expect(notice.shown).toBe(false);
    expect(region().textContent).toBe('');
    expect(notice.inspect()).toMatchObject({ shown: false, close: null });
    vi.advanceTimersByTime(NOTICE_HIDE_AFTER_MS * 2);
    expect(notice.shown).toBe(false);
  });

  it('stays while the pointer or keyboard focus is on it, and hides in full time after it leaves', () => {
    notice.show(['Off.']);
    vi.advanceTimersByTime(LIVE_REGION_SETTLE_MS);
    card().dispatchEvent(new PointerEvent('pointerenter'));
    vi.advanceTimersByTime(NOTICE_HIDE_AFTER_MS * 3);
    expect(notice.shown).toBe(true);
    card().dispatchEvent(new PointerEvent('pointerleave'));
    vi.advanceTimersByTime(NOTICE_HIDE_AFTER_MS - 1);
    expect(notice.shown).toBe(true);
    closeButton().dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    vi.advanceTimersByTime(NOTICE_HIDE_AFTER_MS * 3);
    expect(notice.shown).toBe(true);
    closeButton().dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    vi.advanceTimersByTime(NOTICE_HIDE_AFTER_MS);
    expect(notice.shown).toBe(false);
  });

  it('follows the theme and text size of the explanations', () => {
    notice.show(['Off.'], { theme: 'dark', fontSizePx: 24 });
    expect(card().dataset.theme).toBe('dark');
    expect(card().style.getPropertyValue('--dg-font-size')).toBe('24px');
    notice.show(['On again.'], { theme: 'auto' });
    expect(card().dataset.theme).toBeUndefined();
    expect(card().style.getPropertyValue('--dg-font-size')).toBe('16px');
  });

  it('comes back after the page replaced its document, as a fresh region', () => {
    notice.show(['Off.']);
    vi.advanceTimersByTime(LIVE_REGION_SETTLE_MS);
    host()!.remove();
    notice.show(['On again.']);
    expect(host()?.parentElement).toBe(document.documentElement);
    expect(region().textContent).toBe('');
    vi.advanceTimersByTime(LIVE_REGION_SETTLE_MS);
    expect(region().textContent).toBe('On again.');
  });

  it('destroy takes the host out of the page', () => {
    notice.show(['Off.']);
    notice.destroy();
    expect(host()).toBeNull();
    vi.advanceTimersByTime(LIVE_REGION_SETTLE_MS);
    expect(notice.shown).toBe(false);
  });
});
