import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createAllSitesSwitch } from '../../../src/popup/all-sites-switch';
import { stubI18n } from './stub-i18n';

describe('all-sites switch', () => {
  let onToggle: ReturnType<typeof vi.fn<(on: boolean) => void>>;
  beforeEach(() => {
    stubI18n();
    onToggle = vi.fn<(on: boolean) => void>();
    document.body.replaceChildren();
  });
  const mount = (everywhereOn = true) => {
    const view = createAllSitesSwitch(document, onToggle);
    document.body.append(view.element);
    view.show(everywhereOn);
    return view;
  };
  const toggle = () => document.querySelector<HTMLInputElement>('.everywhere-toggle')!;
  const notice = () => document.querySelector<HTMLElement>('.pause-notice')!;
  const undo = () => document.querySelector<HTMLButtonElement>('.undo-pause');

  it('turning it off applies at once and says so in a live region, with Undo', () => {
    mount();
    expect(toggle().checked).toBe(true);
    expect(toggle().getAttribute('role')).toBe('switch');
    expect(document.querySelector('.switch')!.textContent).toBe('Highlight terms on all sites');
    expect(notice().getAttribute('role')).toBe('status');
    expect(notice().textContent).toBe('');
    toggle().click();
    expect(onToggle).toHaveBeenCalledExactlyOnceWith(false);
    expect(notice().querySelector('.pause-notice-text')!.textContent).toBe('Highlighting is paused on every site.');
    expect(undo()!.textContent).toBe('Undo');
  });

  it('Undo turns it back on, clears the notice and leaves focus on the switch', () => {
    const view = mount();
    toggle().click();
    // The stored state catches up; the notice stays until highlighting is back.
    view.show(false);
    expect(undo()).not.toBeNull();
    undo()!.focus();
    undo()!.click();
    expect(onToggle).toHaveBeenLastCalledWith(true);
    expect(toggle().checked).toBe(true);
    expect(notice().textContent).toBe('');
    expect(document.activeElement).toBe(toggle());
  });

  it('turning it back on by the switch needs no confirmation and clears the notice', () => {
    mount();
    toggle().click();
    toggle().click();
    expect(onToggle.mock.calls).toEqual([[false], [true]]);
    expect(notice().textContent).toBe('');
  });

  it('a pause made elsewhere shows the switch off without the notice; highlighting resumed elsewhere clears it', () => {
    const view = mount(false);
    expect(toggle().checked).toBe(false);
    expect(notice().textContent).toBe('');
    view.show(true);
    toggle().click();
    expect(undo()).not.toBeNull();
    // The site switch lifted the pause, or the keyboard command did.
    view.show(true);
    expect(toggle().checked).toBe(true);
    expect(undo()).toBeNull();
  });
});
