import { beforeEach, describe, expect, it } from 'vitest';
import { siteSwitchMessage, type SiteSwitchChange } from '../../../src/content/site-switch-message';
import { t } from '../../../src/i18n/message';
import { stubI18n } from '../popup/stub-i18n';

/** The words the user sees, from the real messages.json. */
const words = (change: Partial<SiteSwitchChange>) =>
  siteSwitchMessage({ on: false, hostname: 'example.org', shortcut: 'Alt+Shift+H', resumedEverywhere: false, ...change })
    .map((s) => t(s.key, s.values))
    .join(' ');

describe('what the site switch notice says', () => {
  beforeEach(() => stubI18n());

  it('off, with the shortcut that turns it back on', () => {
    expect(words({ on: false })).toBe('Dystonia Glossary: highlighting is off on example.org. Press Alt+Shift+H to turn it back on.');
  });

  it('on again, with the shortcut that turns it off', () => {
    expect(words({ on: true })).toBe('Dystonia Glossary: highlighting is on again on example.org. Press Alt+Shift+H to turn it off again.');
  });

  it('uses the key the user bound the command to', () => {
    expect(words({ shortcut: 'Ctrl+Shift+7' })).toBe(
      'Dystonia Glossary: highlighting is off on example.org. Press Ctrl+Shift+7 to turn it back on.',
    );
  });

  it('points to the toolbar button when the shortcut is unset', () => {
    expect(words({ on: false, shortcut: '' })).toBe(
      'Dystonia Glossary: highlighting is off on example.org. To turn it back on, use the Dystonia Glossary button in the toolbar.',
    );
    expect(words({ on: true, shortcut: ' ' })).toBe(
      'Dystonia Glossary: highlighting is on again on example.org. To turn it off again, use the Dystonia Glossary button in the toolbar.',
    );
  });

  it('says when it also ended a pause of every site, and only when it is on', () => {
    expect(words({ on: true, resumedEverywhere: true })).toBe(
      'Dystonia Glossary: highlighting is on again on example.org. The pause on all sites has ended too. Press Alt+Shift+H to turn it off again.',
    );
    expect(words({ on: false, resumedEverywhere: true })).not.toMatch(/pause/);
  });

  it('names files opened from this computer, which have no site name', () => {
    expect(words({ hostname: '', on: false })).toBe(
      'Dystonia Glossary: highlighting is off for files opened from this computer. Press Alt+Shift+H to turn it back on.',
    );
    expect(words({ hostname: '', on: true })).toMatch(/^Dystonia Glossary: highlighting is on again for files opened from this computer\./);
  });

  it('gives a hostname and a shortcut as values, never as part of a message key', () => {
    const sentences = siteSwitchMessage({ on: false, hostname: 'a.example', shortcut: 'Alt+Shift+H', resumedEverywhere: false });
    expect(sentences).toEqual([
      { key: 'siteNoticeOff', values: ['a.example'] },
      { key: 'siteNoticeUndoOffKey', values: ['Alt+Shift+H'] },
    ]);
  });
});
