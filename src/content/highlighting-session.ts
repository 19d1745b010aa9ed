/**
 * Keeps a page in step with the user's settings for as long as it is open: highlighting
 * starts, stops and restarts when the site toggle, the global pause, the categories or the
 * custom terms change (in any tab or the options page), without a reload.
 * The highlighter and the popover are started through the functions the content script
 * passes in, so this file only decides *when*.
 */
import type { PageHighlighter } from '../highlight/page-highlighter';
import type { Matcher } from '../matching/compile-matcher';
import { yieldToMain } from '../highlight/yield-to-main';
import type { PopoverController } from '../popover/popover-controller';
import { isActiveOn, type Settings } from '../settings/settings';
import { loadSettings, watchSettings } from '../storage/settings-storage';
import { watchDocumentReopened } from './document-reopened';
import { isEditableDocument, watchEditableDocument } from './editable-document';
import { applyHighlightAppearance, removeHighlightAppearance } from './highlight-appearance';
import type { PageGlossary } from './page-glossary';

export interface HighlightingSessionOptions {
  doc: Document;
  hostname: string;
  /** The glossary this frame highlights under these settings: the built-in one, or the background's compile (page-glossary.ts). */
  pageGlossary(settings: Settings, inFrame: boolean): Promise<PageGlossary>;
  /** Calls back when the background's page glossary changed (the user's own terms); returns the unsubscribe. */
  watchPageGlossary(onChange: () => void): () => void;
  startHighlighter(
    matcher: Matcher,
    settings: Settings,
    onCounts: (counts: ReadonlyMap<string, number>) => void,
    isSubstance: (entryId: string) => boolean,
  ): PageHighlighter | Promise<PageHighlighter>;
  startPopover(settings: Settings): PopoverController;
  /** After every highlighting pass and every settings change (the badge follows both). */
  onCounts(counts: ReadonlyMap<string, number>): void;
}

export interface HighlightingSession {
  readonly settings: Settings;
  readonly active: boolean;
  /** Null while highlighting is off on this page. */
  readonly popover: PopoverController | null;
  /** The page's highlighter, null while highlighting is off. */
  readonly highlighter: PageHighlighter | null;
  counts(): ReadonlyMap<string, number>;
  stop(): void;
}

const NO_COUNTS: ReadonlyMap<string, number> = new Map();

export async function startHighlightingSession(options: HighlightingSessionOptions): Promise<HighlightingSession> {
  const { doc, hostname } = options;
  const settingsReading = await loadSettings();
  // Corrupted storage is reported to the user once, in the options page; pages just use the defaults.
  if (settingsReading.invalid.length > 0) console.warn('[dystonia-glossary] some stored settings were unreadable; using defaults for them');

  let settings = settingsReading.settings;
  let highlighter: PageHighlighter | null = null;
  let popover: PopoverController | null = null;
  let highlightedWith = '';
  let stopped = false;
  /** The page glossary, and the settings it was asked for (or '' once the background says it changed). */
  let glossary: { for: string; value: PageGlossary } | null = null;
  const counts = () => highlighter?.counts() ?? NO_COUNTS;
  const onPass = (c: ReadonlyMap<string, number>) => {
    popover?.describeHighlights();
    options.onCounts(c);
  };

  let editable = isEditableDocument(doc);
  // The user's own terms stay out of frames unless they say otherwise (security review H1).
  const inFrame = doc.defaultView !== null && doc.defaultView !== doc.defaultView.top;
  const isActive = () => isActiveOn(settings, hostname) && !editable;
  const refresh = async () => {
    editable = isEditableDocument(doc);
    const active = isActive();
    // Only what changes the marks restarts highlighting; colours, timings and font size apply in place.
    const glossaryFor = JSON.stringify([settings.categories, settings.customTermsInFrames]);
    if (active && glossary?.for !== glossaryFor) {
      const value = await options.pageGlossary(settings, inFrame);
      if (stopped) return;
      glossary = { for: glossaryFor, value };
    }
    const key = active && glossary ? JSON.stringify([glossary.value.fingerprint, settings.readingDensity, settings.highlightMethod]) : '';
    if (key !== highlightedWith) {
      highlighter?.stop();
      highlighter = null;
      highlightedWith = key;
      if (active && glossary) {
        // Now, while the page may still be loading: later it would restyle the whole page.
        applyHighlightAppearance(doc, settings);
        const { matcher, isSubstance } = glossary.value;
        highlighter = await options.startHighlighter(matcher, settings, onPass, isSubstance);
        if (stopped) {
          highlighter.stop();
          return;
        }
        // A page script may have switched the editor on while the page was loading.
        if (isEditableDocument(doc)) {
          editable = true;
          highlighter.stop();
          highlighter = null;
          highlightedWith = '';
        }
      }
    }
    if (isActive()) {
      applyHighlightAppearance(doc, settings);
      if (!popover) {
        // A task of its own: after the highlighter's start and first slice it made one task of
        // 33-64 ms (Chromium 156, one 100 KB text node), long enough to hold up the page's timers.
        await yieldToMain();
        if (stopped) return;
        popover = options.startPopover(settings);
      }
      popover.applySettings(settings);
    } else {
      removeHighlightAppearance(doc);
      popover?.destroy();
      popover = null;
    }
    options.onCounts(counts());
  };

  // Changes can arrive faster than a highlighting pass: run them one after another.
  let queue = refresh();
  const enqueue = () => {
    queue = queue.then(refresh).catch((error: unknown) => console.error('[dystonia-glossary] could not apply the new settings', error));
  };
  await queue;

  // Both take effect at once, before the editor or the new document's scripts see our highlights.
  const takeDown = () => {
    highlighter?.stop();
    highlighter = null;
    highlightedWith = '';
    popover?.destroy();
    popover = null;
  };
  const unwatchEditable = watchEditableDocument(doc, (now) => {
    editable = now;
    if (now) takeDown();
    enqueue();
  });
  const unwatchReopened = watchDocumentReopened(doc, () => {
    takeDown();
    enqueue();
  });
  const unwatchSettings = watchSettings((reading) => {
    settings = reading.settings;
    enqueue();
  });
  const unwatchGlossary = options.watchPageGlossary(() => {
    glossary = null;
    enqueue();
  });

  return {
    get settings() {
      return settings;
    },
    get active() {
      return isActive();
    },
    get popover() {
      return popover;
    },
    get highlighter() {
      return highlighter;
    },
    counts,
    stop() {
      stopped = true;
      unwatchEditable();
      unwatchReopened();
      unwatchSettings();
      unwatchGlossary();
      popover?.destroy();
      highlighter?.stop();
      removeHighlightAppearance(doc);
    },
  };
}
