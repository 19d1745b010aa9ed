/**
 * The first stage of the content script, loaded into every frame (issue #13): a few kilobytes
 * that decide, without slowing the page, whether the frame could hold a glossary term, and
 * only then import the engine (entrypoints/content-engine.ts). A page with nothing to explain
 * pays for this file and one storage read, nothing more.
 *
 * It reads the settings' site switch, waits for the parsed document, then reads the page's
 * text in idle time through the glossary's prefilter (src/matching/term-prefilter.ts), and
 * goes on watching what the page adds. Messages from the popup and the background are
 * answered here until the engine is ready, then handed to it.
 *
 * The browser's own extension API is used (not the polyfill, which would triple the file).
 */
import prefilterTable from 'virtual:glossary-prefilter';
import { watchForCandidateText, type CandidateWatch } from '../../src/content/candidate-text';
import { documentParsed } from '../../src/content/document-parsed';
import { engineOffered, type EngineHandler } from '../../src/content/engine-handoff';
import '../../src/highlight/highlight.css';
import { decodePrefilter, prefilterScan } from '../../src/matching/term-prefilter';
import type { ContentRequest, PageInspection, PageTerms } from '../../src/messages';
import { CUSTOM_PREFILTER_KEY } from '../../src/settings/custom-prefilter';
import { readSiteSwitchHint, type SiteSwitchHint } from '../../src/settings/site-switch-hint';
import { SETTINGS_KEY } from '../../src/settings/settings';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

type Api = typeof import('wxt/browser').browser;
type StorageChanges = Parameters<Parameters<Api['storage']['sync']['onChanged']['addListener']>[0]>[0];
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
    const g = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (g.browser ?? g.chrome)!;
    const inFrame = window !== window.top;

    let hint: SiteSwitchHint = { off: false, customTermsInFrames: false };
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

    // Reads the switch and the prefilters, then the page's text. Again when the user's own terms change.
    const watchText = async () => {
      const [sync, local] = await Promise.all([api.storage.sync.get(SETTINGS_KEY), api.storage.local.get(CUSTOM_PREFILTER_KEY)]);
      hint = readSiteSwitchHint(sync[SETTINGS_KEY], location.hostname);
      if (hint.off) return;
      // The user's own terms have a prefilter of their own, kept with them; in frames only if allowed (security review H1).
      const tables = [decodePrefilter(prefilterTable)];
      const custom = local[CUSTOM_PREFILTER_KEY];
      if (typeof custom === 'string' && custom && (!inFrame || hint.customTermsInFrames)) tables.push(decodePrefilter(custom));
      await documentParsed(document);
      if (engine || ctx.isInvalid) return;
      watch?.stop();
      watch = watchForCandidateText(document, () => prefilterScan(tables), () => void loadEngine().catch(report));
    };
    // Storage unreadable: the engine reads it again, and says what went wrong.
    const watchTextOrLoad = () => void watchText().catch(() => void loadEngine().catch(report));
    watchTextOrLoad();

    // Switched back on while the page is open: the engine takes it from there.
    const onSettingsChanged = (changes: StorageChanges) => {
      if (!(SETTINGS_KEY in changes) || engine) return;
      const was = hint.off;
      hint = readSiteSwitchHint(changes[SETTINGS_KEY]!.newValue, location.hostname);
      if (was && !hint.off) void loadEngine().catch(report);
    };
    api.storage.sync.onChanged.addListener(onSettingsChanged);

    const answer = (message: ContentRequest): Promise<unknown> | undefined => {
      // Asked of every frame, for one: the others stay silent, or their reply could come first.
      if (message.type === 'inspect' && message.url !== undefined && message.url !== location.href) return undefined;
      if (engine) return engine.then((handle) => handle(message));
      switch (message.type) {
        case 'get-page-terms': {
          const reply: PageTerms = { counts: {}, hostname: location.hostname, active: !hint.off };
          return Promise.resolve(reply);
        }
        case 'jump-to-term':
          return Promise.resolve(false);
        case 'inspect': {
          const reply: PageInspection = { method: null, busy: !hint.off && !watch?.settled, passes: 0, drawn: 0, terms: [], popover: null, termless: watch?.settled === true };
          return Promise.resolve(reply);
        }
        // The user switches this site on or off: the engine keeps settings, and highlights if it is now on.
        case 'toggle-highlighting':
          return loadEngine().then((handle) => handle(message));
        // The user's own terms changed: their words may be on this page.
        case 'page-glossary-changed':
          watchTextOrLoad();
          return undefined;
      }
      // Next, previous, reopen: there is no term on this page to go to.
      return undefined;
    };
    const onMessage = (message: ContentRequest, _sender: unknown, reply: (value: unknown) => void): boolean => {
      const answered = answer(message);
      if (!answered) return false;
      answered.then(reply, (error: unknown) => {
        report(error);
        reply(undefined);
      });
      return true;
    };
    api.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      watch?.stop();
      api.runtime.onMessage.removeListener(onMessage);
      api.storage.sync.onChanged.removeListener(onSettingsChanged);
    });
  },
});

function report(error: unknown): void {
  console.error('[dystonia-glossary] could not start', error);
}
