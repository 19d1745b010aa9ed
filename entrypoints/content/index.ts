/**
 * Content script: wiring only. Reads settings, builds the matcher, starts the highlighter
 * and the popover, and answers messages. Each feature lives in src/.
 *
 * It starts at document_start so that settings are read and the highlighting code warmed up
 * (src/highlight/warm-up.ts) while the page is still loading; highlighting itself waits for
 * the parsed DOM.
 */
import { highlightedTerms, inspectPage, shownCounts, shownEntryCount } from '../../src/content/highlighted-terms';
import { startHighlightingSession, type HighlightingSession } from '../../src/content/highlighting-session';
import { documentParsed } from '../../src/content/document-parsed';
import { createTermJumper } from '../../src/content/jump-to-term';
import '../../src/highlight/highlight.css';
import { startPageHighlighter } from '../../src/highlight/page-highlighter';
import { warmUpHighlighting } from '../../src/highlight/warm-up';
import { localizeUiStrings } from '../../src/i18n/ui-strings';
import type { BackgroundRequest, ContentRequest, PageTerms } from '../../src/messages';
import { startPopover } from '../../src/popover/popover-controller';
import { toggleSite } from '../../src/settings/settings';
import { matcherStore, updateSettings } from '../../src/settings/settings-storage';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
/** User Timing measures, which any page could read: benchmark builds only (scripts/bench.ts sets it). */
const TIMINGS = import.meta.env.WXT_DG_TIMINGS === '1';
const BADGE_EVERY_MS = 500;

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  // Same-origin (and other) iframes get their own highlighter: an article embedded in a frame is still an article,
  // and so is one written into an about:blank or srcdoc frame by its parent.
  allFrames: true,
  matchAboutBlank: true,
  async main(ctx) {
    // Images, PDFs, XML and plain text shown by the browser: no article to explain.
    if (!HTML_TYPES.has(document.contentType)) return;
    localizeUiStrings();
    const sendToBackground = (request: BackgroundRequest) =>
      browser.runtime.sendMessage(request).catch((error: unknown) => console.error(`[dystonia-glossary] background did not take ${request.type}`, error));

    // What the popover knows of the highlighted terms: whatever the current highlighter drew.
    const current: { session?: HighlightingSession } = {};
    let badgeTimer: ReturnType<typeof setTimeout> | undefined;
    const terms = highlightedTerms(document, () => current.session?.highlighter ?? null);

    // Settings, custom terms, site toggle and global pause: the session starts, stops and
    // restarts highlighting whenever they change, in every open tab.
    const session = await startHighlightingSession({
      doc: document,
      hostname: location.hostname,
      matcherStore,
      startHighlighter: async (matcher, settings, onCounts, isSubstance) => {
        // Only while the page loads, when it costs the reader nothing: not in an about:blank
        // frame, nor when settings change later (the code is warm by then).
        if (document.readyState === 'loading') await warmUpHighlighting(matcher);
        await documentParsed(document);
        return startPageHighlighter(document, matcher, { firstOccurrenceOnly: settings.firstOccurrenceOnly, method: settings.highlightMethod, onCounts, isSubstance, timing: TIMINGS });
      },
      startPopover: (lookup, settings) =>
        startPopover(document, terms, lookup, settings, {
          onOpenInGlossary: (entryId) => void sendToBackground({ type: 'open-glossary', entryId }),
        }),
      // The badge counts the top page; iframes run their own copy of this script.
      // Counted from what the page shows, at most twice a second.
      onCounts: () => {
        if (window !== window.top || badgeTimer !== undefined) return;
        badgeTimer = setTimeout(() => {
          badgeTimer = undefined;
          void sendToBackground({ type: 'page-terms-changed', distinct: shownEntryCount(current.session?.highlighter ?? null) });
        }, BADGE_EVERY_MS);
      },
    });
    current.session = session;
    const jumper = createTermJumper(terms, (term) => session.popover?.openTerm(term));

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
          const reply: PageTerms = { counts: session.active ? shownCounts(terms) : {}, hostname: location.hostname, active: session.active };
          return Promise.resolve(reply);
        }
        case 'jump-to-term':
          return Promise.resolve(jumper.jump(message.entryId) !== null);
        case 'inspect':
          if (message.url !== undefined && message.url !== location.href) return undefined;
          return Promise.resolve(inspectPage(terms, session, message));
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
