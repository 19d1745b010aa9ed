/**
 * What the page's notice says after the site switch command (Alt+Shift+H by default) turned
 * highlighting off or on: what happened, then how to undo it with the key that really works
 * now (the user may have rebound the command, or unset it: then the toolbar button), issue #15.
 * Pure: message keys and their values, worded by the caller through `browser.i18n`.
 */
import type { MessageKey } from '../i18n/message';

export interface SiteSwitchChange {
  /** Whether highlighting is on for the site now, after the switch. */
  on: boolean;
  /** The page's hostname; '' for files opened from this computer (the switch covers them all). */
  hostname: string;
  /** The command's key as the browser shows it; '' when it is unset. */
  shortcut: string;
  /** The switch also ended a pause of every site (src/settings/settings.ts toggleSite). */
  resumedEverywhere: boolean;
}

export interface NoticeSentence {
  key: MessageKey;
  values: string[];
}

/** The notice's sentences, in the order they are read. */
export function siteSwitchMessage(change: SiteSwitchChange): NoticeSentence[] {
  const site = change.hostname;
  const said: NoticeSentence = site
    ? { key: change.on ? 'siteNoticeOn' : 'siteNoticeOff', values: [site] }
    : { key: change.on ? 'siteNoticeOnFiles' : 'siteNoticeOffFiles', values: [] };
  const key = change.shortcut.trim();
  const undo: NoticeSentence = key
    ? { key: change.on ? 'siteNoticeUndoOnKey' : 'siteNoticeUndoOffKey', values: [key] }
    : { key: change.on ? 'siteNoticeUndoOnButton' : 'siteNoticeUndoOffButton', values: [] };
  return change.on && change.resumedEverywhere ? [said, { key: 'siteNoticeResumed', values: [] }, undo] : [said, undo];
}
