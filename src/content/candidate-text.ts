/**
 * The first stage's watch over a frame's text (issue #13): reads the text the page shows, a
 * slice at a time in idle time, and what the page adds later (streamed answers, pages that
 * render after load), until `mayHold` says some text could hold a term. Nothing in the page is
 * changed. Open shadow roots are read and watched too.
 */
import type { TextScan } from '../matching/term-prefilter';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'svg']);
/** Idle time used per slice; the clock is read after this much text, or this many text nodes. */
const SLICE_MS = 8;
const CHARS_PER_CLOCK_CHECK = 4_000;
const NODES_PER_CLOCK_CHECK = 256;
/** A busy page still gets its text read, a slice at a time, after this long. */
const IDLE_TIMEOUT_MS = 500;

export interface CandidateWatch {
  /** Whether every text the frame has shown so far has been read, and none could hold a term. */
  readonly settled: boolean;
  stop(): void;
}

type Idle = (run: () => void) => void;
const onIdle: Idle = (run) =>
  typeof requestIdleCallback === 'function' ? void requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS }) : void setTimeout(run, 1);

/**
 * `scan` reads each text node's text in turn (a node ends a word: term-prefilter.ts) and says
 * once some text could hold a term; nothing is joined or copied on the way.
 */
export function watchForCandidateText(doc: Document, scan: TextScan, onFound: () => void, idle: Idle = onIdle): CandidateWatch {
  let state: 'reading' | 'found' | 'stopped' = 'reading';
  let scheduled = false;
  const pending = new Set<Node>();
  let walker: TreeWalker | null = null;
  const options: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') pending.add(r.target);
      else for (const n of r.addedNodes) pending.add(n);
    }
    schedule();
  });

  /** An element's open shadow root is read and watched too. False for elements whose text is not shown. */
  const enter = (element: Element): boolean => {
    if (SKIPPED.has(element.tagName)) return false;
    if (element.shadowRoot) {
      pending.add(element.shadowRoot);
      observer.observe(element.shadowRoot, options);
    }
    return true;
  };

  // The text node being read next: from a walker over an element or shadow root, or one the page changed.
  let single: Text | null = null;
  const startNext = (): boolean => {
    for (const root of pending) {
      pending.delete(root);
      if (root.nodeType === Node.TEXT_NODE) {
        single = root as Text;
        return true;
      }
      if (root.nodeType === Node.ELEMENT_NODE) {
        if (!enter(root as Element)) continue;
      } else if (root.nodeType !== Node.DOCUMENT_FRAGMENT_NODE && root.nodeType !== Node.DOCUMENT_NODE) continue;
      // No filter callback: a call into script for every node costs more than the reading.
      walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      return true;
    }
    return false;
  };
  /** The walker's next node past the subtree it stands on. */
  const skipSubtree = (w: TreeWalker): Node | null => {
    for (;;) {
      const next = w.nextSibling();
      if (next) return next;
      if (!w.parentNode()) return null;
    }
  };
  const nextText = (): Text | null => {
    for (;;) {
      if (single) {
        const text = single;
        single = null;
        return text;
      }
      let node = walker?.nextNode() ?? null;
      while (node && node.nodeType === Node.ELEMENT_NODE && !enter(node as Element)) node = skipSubtree(walker!);
      if (node?.nodeType === Node.TEXT_NODE) return node as Text;
      if (node) continue;
      walker = null;
      if (!startNext()) return null;
    }
  };

  const run = () => {
    scheduled = false;
    if (state !== 'reading') return;
    const end = performance.now() + SLICE_MS;
    let chars = 0;
    let nodes = 0;
    for (let text = nextText(); text; text = nextText()) {
      const data = text.data;
      if (scan.read(data)) return found();
      chars += data.length;
      if (chars < CHARS_PER_CLOCK_CHECK && ++nodes < NODES_PER_CLOCK_CHECK) continue;
      chars = 0;
      nodes = 0;
      if (performance.now() > end) return schedule();
    }
  };

  const schedule = () => {
    if (scheduled || state !== 'reading') return;
    scheduled = true;
    idle(run);
  };
  const stop = () => {
    if (state === 'reading') state = 'stopped';
    observer.disconnect();
    pending.clear();
    walker = null;
    single = null;
  };
  const found = () => {
    state = 'found';
    stop();
    onFound();
  };

  observer.observe(doc, options);
  pending.add(doc.body ?? doc.documentElement ?? doc);
  schedule();
  return {
    get settled() {
      return state === 'reading' && !scheduled && pending.size === 0 && walker === null && single === null;
    },
    stop,
  };
}
