import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { LIVE_REGION_SETTLE_MS } from '../../../src/content/page-notice';
import { createSiteSwitchCommand, type SiteSwitchCommand } from '../../../src/content/site-switch-command';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { loadSettings, saveSettings } from '../../../src/storage/settings-storage';
import { stubI18n } from '../popup/stub-i18n';
import { NOTICE_HOST_SELECTOR } from '../../../src/contracts/dom';

describe('site switch command', () => {
  let command: SiteSwitchCommand;
  beforeEach(() => {
    fakeBrowser.reset();
    stubI18n();
    document.documentElement.replaceChildren(document.createElement('head'), document.createElement('body'));
    command = createSiteSwitchCommand(document, 'example.org', { shadowMode: 'open' });
  });
  afterEach(() => {
    command.destroy();
    vi.restoreAllMocks();
  });

  const said = async () => {
    await vi.waitFor(() => expect(command.inspect()?.shown).toBe(true), { timeout: LIVE_REGION_SETTLE_MS * 10 });
    return command.inspect()!.text;
  };

  it('switches the site off, then on again, and says so each time with the shortcut', async () => {
    expect(command.inspect()).toBeNull();
    await command.run('Alt+Shift+H');
    expect((await loadSettings()).settings.disabledSites).toEqual(['example.org']);
    expect(await said()).toBe('Dystonia Glossary: highlighting is off on example.org. Press Alt+Shift+H to turn it back on.');
    await command.run('Alt+Shift+H');
    expect((await loadSettings()).settings.disabledSites).toEqual([]);
    expect(command.inspect()!.text).toBe(
      'Dystonia Glossary: highlighting is on again on example.org. Press Alt+Shift+H to turn it off again.',
    );
  });

  it('says when it ended a pause of every site, and points to the toolbar without a shortcut', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, enabled: false });
    await command.run('');
    expect((await loadSettings()).settings.enabled).toBe(true);
    expect(await said()).toBe(
      'Dystonia Glossary: highlighting is on again on example.org. The pause on all sites has ended too. To turn it off again, use the Dystonia Glossary button in the toolbar.',
    );
  });

  it('takes a shortcut that is not text as unset', async () => {
    await command.run(undefined);
    expect(await said()).toMatch(/use the Dystonia Glossary button in the toolbar\.$/);
  });

  it('follows the theme and text size the settings give the explanations', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, theme: 'dark', popoverFontSizePx: 20 });
    await command.run('Alt+Shift+H');
    await said();
    const card = document.querySelector(NOTICE_HOST_SELECTOR)!.shadowRoot!.querySelector<HTMLElement>('.dg-notice')!;
    expect(card.dataset.theme).toBe('dark');
    expect(card.style.getPropertyValue('--dg-font-size')).toBe('20px');
  });
});
