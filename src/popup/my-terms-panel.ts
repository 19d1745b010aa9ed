/** The popup's My terms, wired: read from storage and watched, changed through the background (their one writer). */
import { sendToBackground } from '../contracts/message-channel';
import type { GlossaryEntry } from '../glossary';
import { loadMyTerms, watchMyTerms, type MyTerms } from '../storage/my-terms-storage';
import { loadSettings, updateSettings, watchSettings } from '../storage/settings-storage';
import { createMyTermsView } from './my-terms-view';

export function mountMyTerms(
  slot: HTMLElement,
  byId: ReadonlyMap<string, GlossaryEntry>,
  open: (id: string) => void,
  openAppointment: () => void,
): void {
  const told = (what: string) => (error: unknown) => console.error(`[dystonia-glossary] my terms: ${what}`, error);
  const view = createMyTermsView(slot.ownerDocument, (id) => byId.get(id), {
    onOpen: open,
    onUnsave: (entryId) => void sendToBackground({ type: 'set-saved', entryId, saved: false }).catch(told('not unsaved')),
    onForget: (entryId) => void sendToBackground({ type: 'forget-lookup', entryId }).catch(told('not forgotten')),
    onClearHistory: () => void sendToBackground({ type: 'clear-history' }).catch(told('history not cleared')),
    onKeepHistory: (on) => void updateSettings((s) => ({ ...s, keepHistory: on })).catch(told('switch not saved')),
    onOpenAppointment: openAppointment,
  });
  slot.replaceChildren(view.element);
  let terms: MyTerms = { history: [], saved: [] };
  let keepHistory = true;
  const show = () => view.show({ ...terms, keepHistory });
  void Promise.all([loadMyTerms(), loadSettings()]).then(([loaded, { settings }]) => {
    terms = loaded;
    keepHistory = settings.keepHistory;
    show();
  }, told('not read'));
  watchMyTerms((next) => {
    terms = next;
    show();
  });
  watchSettings(({ settings }) => {
    keepHistory = settings.keepHistory;
    show();
  });
}
