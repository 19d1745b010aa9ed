/** Keyboard commands go to the content script of the active tab's top frame. */
import { browser } from 'wxt/browser';
import { sendToTab } from '../contracts/message-channel';
import { COMMANDS, type CommandName, type ContentRequest } from '../contracts/messages';

// The site switch's notice on the page tells the way back with the key the browser has now:
// the user may have rebound the command, or unset it ('').
async function commandRequest(command: CommandName): Promise<ContentRequest> {
  if (command !== 'toggle-highlighting') return { type: command };
  const commands = await browser.commands.getAll().catch((error: unknown) => {
    console.error('[dystonia-glossary] could not read the keyboard shortcuts', error);
    return [];
  });
  return { type: command, shortcut: commands.find((c) => c.name === command)?.shortcut ?? '' };
}

export function forwardCommands(): void {
  browser.commands.onCommand.addListener((command) => {
    if (!(COMMANDS as readonly string[]).includes(command)) return;
    void Promise.all([browser.tabs.query({ active: true, currentWindow: true }), commandRequest(command as CommandName)])
      .then(([[tab], request]) => (tab?.id === undefined ? undefined : sendToTab(tab.id, request, { frameId: 0 })))
      // Browser pages and web stores have no content script: nothing to do there.
      .catch((error: unknown) => console.info(`[dystonia-glossary] ${command}: no glossary on this tab`, error));
  });
}
