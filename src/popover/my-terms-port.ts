/** My terms as the popover and the popup reach them: through the background, their one writer (src/background/my-terms-keeper.ts). */
import { sendToBackground } from '../contracts/message-channel';
import type { MyTermsPort } from '../ui/save-control';

export function backgroundMyTerms(): MyTermsPort {
  const warn = (what: string) => (error: unknown) => console.error(`[dystonia-glossary] my terms: ${what}`, error);
  return {
    isSaved: async (entryId) => (await sendToBackground({ type: 'is-saved', entryId })) === true,
    setSaved: async (entryId, saved) => (await sendToBackground({ type: 'set-saved', entryId, saved })) === true,
    lookedUp: (entryId) => void sendToBackground({ type: 'looked-up', entryId, title: document.title }).catch(warn('lookup not recorded')),
  };
}
