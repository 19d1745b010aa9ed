/**
 * The toolbar button's two signals: the icon, greyed where highlighting is off (issue #15:
 * everywhere while paused, per tab for a site switched off), and the badge, the number of
 * distinct terms a tab's page holds.
 */
import { browser } from 'wxt/browser';
import { sendToTab } from '../contracts/message-channel';
import type { Settings } from '../settings/settings';
import { loadSettings } from '../storage/settings-storage';
import { defaultIcon, tabIcon } from './toolbar-icon';

const BADGE_COLOUR = '#3a3ab0';

export interface Toolbar {
  /** The icon of one tab, for the site it shows. */
  showSiteIcon(tabId: number, settings: Settings, host: string): void;
  /** Every tab's icon again, after a change of settings. */
  refreshIcons(): void;
  showBadge(tabId: number, distinct: number): Promise<void>;
}

export function createToolbar(): Toolbar {
  // MV3 (Chrome) has `action`, MV2 (Firefox) `browserAction`: same API.
  const action = browser.action ?? browser.browserAction;
  const showIcon = (tabId: number | undefined, path: ReturnType<typeof defaultIcon>) =>
    void action
      .setIcon(tabId === undefined ? { path } : { tabId, path })
      .catch((error: unknown) => console.info('[dystonia-glossary] toolbar icon not set (a tab that closed?)', error));
  const refreshIcons = async () => {
    const { settings } = await loadSettings();
    showIcon(undefined, defaultIcon(settings));
    // Each open tab's top frame says which site it shows (tabs' addresses need the `tabs` permission).
    for (const tab of await browser.tabs.query({})) {
      if (tab.id === undefined) continue;
      const tabId = tab.id;
      void sendToTab(tabId, { type: 'get-page-terms' }, { frameId: 0 }).then(
        (reply) => reply && typeof reply.hostname === 'string' && showIcon(tabId, tabIcon(settings, reply.hostname)),
        () => undefined /* no content script there: a browser page keeps the default */,
      );
    }
  };
  return {
    showSiteIcon: (tabId, settings, host) => showIcon(tabId, tabIcon(settings, host)),
    refreshIcons: () =>
      void refreshIcons().catch((error: unknown) => console.error('[dystonia-glossary] could not update the toolbar icon', error)),
    async showBadge(tabId, distinct) {
      const { settings } = await loadSettings();
      const text = settings.showBadge && distinct > 0 ? String(Math.min(distinct, 999)) : '';
      await action.setBadgeText({ tabId, text });
      if (text) await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
    },
  };
}
