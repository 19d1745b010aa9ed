/**
 * Content script: wiring only. Reads settings, builds the matcher, starts the highlighter
 * and the popover, and answers messages. Each feature lives in src/.
 */
import { startHighlightingSession } from '../../src/content/highlighting-session';
import { createTermJumper } from '../../src/content/jump-to-term';
import '../../src/highlight/highlight.css';
import { startPageHighlighter } from '../../src/highlight/page-highlighter';
import { localizeUiStrings } from '../../src/i18n/ui-strings';
import type { BackgroundRequest, ContentRequest, PageTerms } from '../../src/messages';
import { startPopover } from '../../src/popover/popover-controller';
import { toggleSite } from '../../src/settings/settings';
import { updateSettings } from '../../src/settings/settings-storage';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // Same-origin (and other) iframes get their own highlighter: an article embedded in a frame is still an article.
  allFrames: true,
  async main(ctx) {
    if (!document.body) return;
    localizeUiStrings();
    const sendToBackground = (request: BackgroundRequest) =>
      browser.runtime.sendMessage(request).catch((error: unknown) => console.error(`[dystonia-glossary] background did not take ${request.type}`, error));

    // Settings, custom terms, site toggle and global pause: the session starts, stops and
    // restarts highlighting whenever they change, in every open tab.
    const session = await startHighlightingSession({
      doc: document,
      hostname: location.hostname,
      startHighlighter: (matcher, settings, onCounts) =>
        startPageHighlighter(document, matcher, { firstOccurrenceOnly: settings.firstOccurrenceOnly, onCounts }),
      startPopover: (lookup, settings) =>
        startPopover(document, lookup, settings, {
          onOpenInGlossary: (entryId) => void sendToBackground({ type: 'open-glossary', entryId }),
        }),
      // The badge counts the top page; iframes run their own copy of this script.
      onCounts: (counts) => {
        if (window === window.top) void sendToBackground({ type: 'page-terms-changed', distinct: counts.size });
      },
    });
    const jumper = createTermJumper(document, (term) => session.popover?.openTerm(term));

    // Commands (keyboard shortcuts, popup buttons) arrive from the background/popup as ContentRequests.
    const onMessage = (message: ContentRequest) => {
      switch (message.type) {
        case 'next-term':
          session.popover?.nextTerm();
          break;
        case 'previous-term':
          session.popover?.previousTerm();
          break;
        case 'reopen-last':
          session.popover?.reopenLast();
          break;
        case 'get-page-terms': {
          const reply: PageTerms = { counts: Object.fromEntries(session.counts()), hostname: location.hostname, active: session.active };
          return Promise.resolve(reply);
        }
        case 'jump-to-term':
          return Promise.resolve(jumper.jump(message.entryId) !== null);
        case 'toggle-highlighting':
          return updateSettings((s) => toggleSite(s, location.hostname)).then(() => true);
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      session.stop();
    });
  },
});
