import { beforeEach, describe, expect, it } from 'vitest';
import { renderShortcuts } from '../../../src/popup/shortcuts-list';
import { stubI18n } from './stub-i18n';

describe('shortcuts list', () => {
  beforeEach(() => stubI18n());

  it('is a plain section with a heading, always open, with the how-to-change hint', () => {
    const section = renderShortcuts(document, [
      { name: 'next-term', shortcut: 'Alt+Shift+G' },
      { name: 'reopen-last' },
      { name: '_execute_action', shortcut: 'Alt+Shift+D' },
    ]);
    document.body.replaceChildren(section);
    expect(section.tagName).toBe('SECTION');
    expect(document.querySelector('details')).toBeNull();
    const heading = section.querySelector('h2')!;
    expect(heading.textContent).toBe('Keyboard shortcuts');
    expect(section.getAttribute('aria-labelledby')).toBe(heading.id);
    expect(Array.from(section.querySelectorAll('dd')).map((dd) => [dd.dataset.command, dd.previousElementSibling!.textContent])).toEqual([
      ['next-term', 'Alt+Shift+G'],
      ['reopen-last', 'not set'],
    ]);
    expect(section.querySelector('.hint')!.textContent).toBe("You can change these in your browser's extension shortcut settings.");
  });
});
