/** The keyboard shortcuts as the browser currently has them (users can rebind them), shown in the popup. */
import { t, type MessageKey } from '../i18n/message';
import type { CommandName } from '../contracts/messages';
import { h } from '../ui/dom';

const DESCRIPTIONS: Record<CommandName, MessageKey> = {
  'toggle-highlighting': 'commandToggle',
  'next-term': 'commandNext',
  'previous-term': 'commandPrevious',
  'reopen-last': 'commandReopen',
};

export interface Shortcut {
  name?: string;
  shortcut?: string;
}

export function renderShortcuts(doc: Document, commands: readonly Shortcut[]): HTMLElement {
  const known = commands.filter((c): c is Shortcut & { name: CommandName } => c.name !== undefined && c.name in DESCRIPTIONS);
  // Always open, not a collapsed <details>: the shortcuts are how many users reach the terms at all (UX review C5).
  return h(
    doc,
    'section',
    { className: 'shortcuts', attrs: { 'aria-labelledby': 'shortcuts-heading' } },
    h(doc, 'h2', { className: 'shortcuts-heading', text: t('shortcutsHeading'), attrs: { id: 'shortcuts-heading' } }),
    h(
      doc,
      'dl',
      {},
      ...known.flatMap((c) => [
        h(
          doc,
          'dt',
          {},
          c.shortcut ? h(doc, 'kbd', { text: c.shortcut }) : h(doc, 'span', { className: 'unset', text: t('shortcutNotSet') }),
        ),
        h(doc, 'dd', { text: t(DESCRIPTIONS[c.name]), attrs: { 'data-command': c.name } }),
      ]),
    ),
    h(doc, 'p', { className: 'hint', text: t('shortcutsHint') }),
  );
}
