/**
 * The site switch command (Alt+Shift+H by default): turns highlighting off for this page's
 * site, or back on, and says so on the page with the way back (issue #15): a shortcut that
 * strips every highlight without a word looks like a broken page. The highlighting session
 * follows the stored change by itself (src/content/highlighting-session.ts).
 */
import { t } from '../i18n/message';
import type { NoticeInspection } from '../contracts/messages';
import { isActiveOn, toggleSite, type Settings } from '../settings/settings';
import { updateSettings } from '../storage/settings-storage';
import { createPageNotice, type PageNotice } from './page-notice';
import { siteSwitchMessage } from './site-switch-message';

export interface SiteSwitchCommand {
  /** Switches the site; `shortcut`, the command's key as the background read it ('' when unset). */
  run(shortcut: unknown): Promise<void>;
  inspect(): NoticeInspection | null;
  destroy(): void;
}

/** Run in the top frame only, the page being read (the first stage, entrypoints/content/index.ts, sees to it): a frame's notice would sit in a corner of an ad. */
export function createSiteSwitchCommand(doc: Document, hostname: string, options: { shadowMode: ShadowRootMode }): SiteSwitchCommand {
  // Made at the first switch: a page where the command is never used never sees its host.
  let notice: PageNotice | null = null;
  return {
    async run(shortcut) {
      let before: Settings | undefined;
      const next = await updateSettings((current) => {
        before = current;
        return toggleSite(current, hostname);
      });
      notice ??= createPageNotice(doc, { closeLabel: t('siteNoticeClose'), shadowMode: options.shadowMode });
      const sentences = siteSwitchMessage({
        on: isActiveOn(next, hostname),
        hostname,
        shortcut: typeof shortcut === 'string' ? shortcut : '',
        resumedEverywhere: before?.enabled === false && next.enabled,
      });
      notice.show(
        sentences.map((s) => t(s.key, s.values)),
        { theme: next.theme, fontSizePx: next.popoverFontSizePx },
      );
    },
    inspect: () => notice?.inspect() ?? null,
    destroy: () => notice?.destroy(),
  };
}
