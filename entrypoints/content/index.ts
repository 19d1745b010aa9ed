/**
 * The first stage of the content script, loaded into every frame (issue #13): a few kilobytes
 * that decide, without slowing the page, whether the frame could hold a glossary term, and
 * only then import the engine (entrypoints/content-engine.ts). A page with nothing to explain
 * pays for this file and one storage read, nothing more.
 *
 * It waits for the parsed document, then reads the page's text in idle time and asks the
 * background whether it could hold a term (src/content/candidate-text.ts; the background
 * holds the prefilter and the settings' site switch, so a term-less frame never touches
 * storage: Firefox builds each API namespace into a frame the first time it is used), and
 * goes on watching what the page adds. Messages from the popup and the background are
 * answered here until the engine is ready, then handed to it. No extension API is touched
 * before the document is parsed (src/content/lazy-browser.ts): at document_start this file
 * only sets up, so a page's DOMContentLoaded does not wait for it.
 *
 * The browser's own extension API is used (not the polyfill, which would triple the file):
 * wxt.config.ts gives this script `wxt/browser` without it.
 */
import { browser } from 'wxt/browser';
import { watchForCandidateText, type CandidateWatch } from '../../src/content/candidate-text';
import type { PageInspection, TextBatch } from '../../src/contracts/messages';
import { documentParsed } from '../../src/content/document-parsed';
import { engineOffered, type EngineHandler } from '../../src/content/engine-handoff';
import '../../src/highlight/highlight.css';
import { contentHandler, handleContentRequests, sendToBackground } from '../../src/contracts/message-channel';
import { SETTINGS_ITEM } from '../../src/contracts/storage';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

type StorageChanges = Parameters<Parameters<typeof browser.storage.sync.onChanged.addListener>[0]>[0];
/** Written out as `chrome.runtime.getURL('…')` in the import below, the one form web-ext lint accepts there; Firefox has `chrome` too. */
declare const chrome: { runtime: { getURL(path: string): string } };

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  // Same-origin (and other) iframes get their own copy: an article embedded in a frame is still an article,
  // and so is one written into an about:blank or srcdoc frame by its parent.
  allFrames: true,
  matchAboutBlank: true,
  main(ctx) {
    // Images, PDFs, XML and plain text shown by the browser: no article to explain.
    if (!HTML_TYPES.has(document.contentType)) return;
    /** Highlighting is off for this site, as the background last said. */
    let off = false;
    let watch: CandidateWatch | null = null;
    let engine: Promise<EngineHandler> | null = null;

    const loadEngine = (): Promise<EngineHandler> => {
      watch?.stop();
      // ENGINE_PATH, written out: web-ext lint accepts only a literal here.
      engine ??= import(/* @vite-ignore */ chrome.runtime.getURL('/content-engine.js')).then(() => {
        const offered = engineOffered();
        if (!offered) throw new Error('the glossary engine did not start');
        return offered;
      });
      return engine;
    };

    // Asks the background about each batch of the page's text. Off for this site: nothing more is read until the settings change.
    const check = async (batch: TextBatch): Promise<boolean> => {
      const reply = await sendToBackground({ type: 'may-hold-terms', hostname: location.hostname, batch });
      if (!reply) throw new Error('no answer from the background');
      off = reply.off;
      if (off) {
        watch?.stop();
        listenForSwitchOn();
      }
      return reply.holds;
    };
    const watchText = async () => {
      await documentParsed(document);
      if (engine || ctx.isInvalid) return;
      watch?.stop();
      watch = watchForCandidateText(document, check, () => void loadEngine().catch(report));
    };
    const watchTextOrLoad = () => void watchText().catch(() => void loadEngine().catch(report));
    watchTextOrLoad();

    // Switched back on while the page is open: read the page again. Only frames that were told "off" listen.
    let listening = false;
    const onSettingsChanged = (changes: StorageChanges) => {
      if (!(SETTINGS_ITEM.key in changes) || engine) return;
      off = false;
      watchTextOrLoad();
    };
    const listenForSwitchOn = () => {
      if (listening) return;
      listening = true;
      browser.storage[SETTINGS_ITEM.area].onChanged.addListener(onSettingsChanged);
    };

    // What this stage answers itself, before the engine is loaded.
    const answerHere = contentHandler({
      'get-page-terms': () => Promise.resolve({ counts: {}, hostname: location.hostname, active: !off }),
      'jump-to-term': () => Promise.resolve(false),
      inspect: () => {
        const reply: PageInspection = {
          method: null,
          busy: !off && !watch?.settled,
          passes: 0,
          drawn: 0,
          terms: [],
          popover: null,
          termless: watch?.settled === true,
        };
        return Promise.resolve(reply);
      },
      // The user switches this site on or off: the engine keeps settings, highlights if it is now on, and says so on the page.
      'toggle-highlighting': (request, sender) => loadEngine().then((handle) => handle(request, sender)),
      // The user's own terms changed: their words may be on this page.
      'page-glossary-changed': () => {
        watchTextOrLoad();
      },
      // Next, previous, reopen: there is no term on this page to go to.
    });
    // Listening is an API call too (it builds runtime's bindings): it waits for the parsed document with the rest.
    let stopAnswering: (() => void) | null = null;
    void documentParsed(document).then(() => {
      if (ctx.isInvalid) return;
      stopAnswering = handleContentRequests((request, sender) => {
        // Asked of every frame, for one: the others stay silent, or their reply could come first.
        if (request.type === 'inspect' && request.url !== undefined && request.url !== location.href) return undefined;
        // The site switch is the tab's, said in its top frame: one switch, whoever asks every frame.
        if (request.type === 'toggle-highlighting' && window !== window.top) return undefined;
        return engine ? engine.then((handle) => handle(request, sender)) : answerHere(request, sender);
      });
    });

    ctx.onInvalidated(() => {
      watch?.stop();
      stopAnswering?.();
      if (listening) browser.storage[SETTINGS_ITEM.area].onChanged.removeListener(onSettingsChanged);
    });
  },
});

function report(error: unknown): void {
  console.error('[dystonia-glossary] could not start', error);
}
