/**
 * The content script's engine: wiring only. Reads settings, builds the matcher, starts the
 * highlighter and the popover, and answers messages. Each feature lives in src/.
 *
 * The browser does not load it into every frame: the first stage (entrypoints/content/index.ts)
 * imports it once the frame's text could hold a term (src/content/engine-handoff.ts), and
 * passes it the messages that arrive.
 */
import { highlightedTerms, inspectPage, shownCounts, shownEntryCount } from '../src/content/highlighted-terms';
import { startHighlightingSession, type HighlightingSession } from '../src/content/highlighting-session';
import { createTermJumper } from '../src/content/jump-to-term';
import { documentParsed } from '../src/content/document-parsed';
import { startPageHighlighter } from '../src/highlight/page-highlighter';
import { ContentScriptContext } from '../src/content/quiet-context';
import { offerEngine, type EngineHandler } from '../src/content/engine-handoff';
import type { BackgroundRequest } from '../src/contracts/messages';
import { contentHandler, sendToBackground } from '../src/contracts/message-channel';
import { backgroundMyTerms } from '../src/popover/my-terms-port';
import { startPopover } from '../src/popover/popover-controller';
import { createSiteSwitchCommand } from '../src/content/site-switch-command';
import { loadCustomPrefilter } from '../src/storage/custom-terms-storage';
import { EntryCache } from '../src/content/entry-cache';
import { builtInPageGlossary, pageGlossaryOf } from '../src/content/page-glossary';
import { CATEGORIES } from '../src/glossary/types';

/** User Timing measures, which any page could read: benchmark builds only (scripts/bench.ts sets it). */
const TIMINGS = import.meta.env.WXT_DG_TIMINGS === '1';
/** The popover's shadow root is closed, so pages cannot read it; axe-core reads only open ones (accessibility test builds only: tests/e2e/popover-axe.e2e.test.ts). */
const SHADOW_MODE: ShadowRootMode = import.meta.env.WXT_DG_OPEN_SHADOW === '1' ? 'open' : 'closed';
const BADGE_EVERY_MS = 500;

// The promise is the script's result too (WXT's wrapper awaits it and reports a failed start).
export default defineUnlistedScript({
  main() {
    const ready = startEngine(new ContentScriptContext('content-engine'));
    offerEngine(ready);
    return ready;
  },
});

async function startEngine(ctx: ContentScriptContext): Promise<EngineHandler> {
  const tellBackground = (request: BackgroundRequest) =>
    sendToBackground(request).catch((error: unknown) =>
      console.error(`[dystonia-glossary] background did not take ${request.type}`, error),
    );

  // What the popover knows of the highlighted terms: whatever the current highlighter drew.
  const current: { session?: HighlightingSession } = {};
  let badgeTimer: ReturnType<typeof setTimeout> | undefined;
  const terms = highlightedTerms(document, () => current.session?.highlighter ?? null);

  // Settings, custom terms, site toggle and global pause: the session starts, stops and
  // restarts highlighting whenever they change, in every open tab.
  // Entry texts come from the background (issue #13), a pass's worth at a time.
  const myTerms = backgroundMyTerms();
  const entries = new EntryCache((ids) => sendToBackground({ type: 'get-entries', ids }));
  const glossaryListeners = new Set<() => void>();
  const session = await startHighlightingSession({
    doc: document,
    hostname: location.hostname,
    pageGlossary: async (settings, inFrame) => {
      const ownTerms = (await loadCustomPrefilter()) !== '' && (!inFrame || settings.customTermsInFrames);
      if (!ownTerms && CATEGORIES.every((c) => settings.categories.includes(c))) return builtInPageGlossary();
      const reply = await sendToBackground({ type: 'page-glossary' }).catch((error: unknown) =>
        console.error('[dystonia-glossary] no page glossary from the background', error),
      );
      return (await pageGlossaryOf(reply)) ?? builtInPageGlossary();
    },
    watchPageGlossary: (onChange) => {
      glossaryListeners.add(onChange);
      return () => glossaryListeners.delete(onChange);
    },
    // Usually the page is parsed by the time the engine loads; not when storage was unreadable and the first stage loaded it at once.
    startHighlighter: async (matcher, settings, onCounts, isSubstance) => {
      await documentParsed(document);
      return startPageHighlighter(document, matcher, {
        density: settings.readingDensity,
        method: settings.highlightMethod,
        linesCostLayout: import.meta.env.FIREFOX,
        onCounts,
        isSubstance,
        timing: TIMINGS,
      });
    },
    startPopover: (settings) =>
      startPopover(document, terms, entries, settings, {
        onOpenInGlossary: (entryId) => void tellBackground({ type: 'open-glossary', entryId }),
        myTerms,
        shadowMode: SHADOW_MODE,
      }),
    // The badge counts the top page; iframes run their own copy of this script.
    // Counted from what the page shows, at most twice a second.
    onCounts: (counts) => {
      void entries.prefetch(counts.keys());
      if (window !== window.top || badgeTimer !== undefined) return;
      badgeTimer = setTimeout(() => {
        badgeTimer = undefined;
        void tellBackground({ type: 'page-terms-changed', distinct: shownEntryCount(current.session?.highlighter ?? null) });
      }, BADGE_EVERY_MS);
    },
  });
  current.session = session;
  const jumper = createTermJumper(terms, (term) => session.popover?.openTerm(term));

  // The site switch command says on the page what it did and how to undo it (issue #15).
  const siteSwitch = createSiteSwitchCommand(document, location.hostname, { shadowMode: SHADOW_MODE });

  // Commands (keyboard shortcuts, popup buttons) arrive from the background/popup as
  // ContentRequests, through the first stage's listener.
  const onMessage: EngineHandler = contentHandler({
    'next-term': () => {
      session.popover?.nextTerm();
    },
    'previous-term': () => {
      session.popover?.previousTerm();
    },
    'reopen-last': () => {
      session.popover?.reopenLast();
    },
    'get-page-terms': () => {
      const counts = session.active ? shownCounts(terms) : {};
      return Promise.resolve({ counts, hostname: location.hostname, active: session.active });
    },
    'jump-to-term': (request) => Promise.resolve(jumper.jump(request.entryId) !== null),
    inspect: (request) => {
      if (request.url !== undefined && request.url !== location.href) return undefined;
      return Promise.resolve({ ...inspectPage(terms, session, request), notice: siteSwitch.inspect() });
    },
    'toggle-highlighting': (request) => siteSwitch.run(request.shortcut).then(() => true),
    'page-glossary-changed': () => glossaryListeners.forEach((onChange) => onChange()),
  });
  ctx.onInvalidated(() => {
    session.stop();
    siteSwitch.destroy();
  });
  return onMessage;
}
