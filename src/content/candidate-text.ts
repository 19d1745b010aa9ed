/**
 * The first stage's watch over a frame's text (issue #13): reads the text the page shows, a
 * slice at a time in idle time, and what the page adds later (streamed answers, pages that
 * render after load), until the scan says some text could hold a term. Nothing in the page is
 * changed. Open shadow roots are read and watched too.
 *
 * Text nodes are read a chunk at a time, joined: one scan call per node cost a term-less
 * 33K-character page 22 ms in Chromium 156, against 9 ms for the same text in one piece.
 * Nodes are joined with a space (a node ends a word, as a block does); where letters meet
 * across two nodes ("<b>dys</b>tonia", a drop cap), the chunk is also read joined as it
 * stands, by a second scan, since the highlighter reads inline markup through.
 */
import type { TextScan } from '../matching/term-prefilter';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'svg']);
/** Idle time used per slice; the clock is read after each chunk: this much text, or this many text nodes. */
const SLICE_MS = 8;
const CHUNK_CHARS = 8_000;
const CHUNK_NODES = 512;
/** A chunk that keeps meeting letters at its cut grows to this much at most (one word spread over thousands of nodes). */
const CHUNK_CHARS_MAX = 64_000;
const CHUNK_NODES_MAX = 4_096;
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

/** A character that is neither a letter nor a digit (ASCII only: one beyond it may be a letter). */
const BETWEEN_WORDS = /[^0-9A-Za-z\u0080-\uffff]/g;

/** A letter or digit, or any character beyond ASCII (which may be one: reading one more chunk joined costs only time). */
function wordCharAt(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c > 0x7f || (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
}

/**
 * The parts around each place where letters meet (two parts either side, enough for a form's
 * first three words), joined there with nothing and elsewhere with a space: the joined
 * reading, without reading the whole chunk a second time.
 */
export function joinedWhereLettersMeet(parts: readonly string[], meetsAt: readonly boolean[]): string {
  const NEAR = 2;
  let joined = '';
  let lastIncluded = -1;
  for (let i = 0; i < parts.length; i++) {
    // Parts i - 1 and i meet at meetsAt[i]: include the parts from NEAR before the pair to NEAR after it.
    let near = false;
    for (let j = Math.max(1, i - NEAR); j <= Math.min(parts.length - 1, i + NEAR + 1) && !near; j++) near = meetsAt[j] === true;
    if (!near) continue;
    joined += lastIncluded === i - 1 && meetsAt[i] ? parts[i] : (joined ? ' ' : '') + parts[i];
    lastIncluded = i;
  }
  return joined;
}

/** `newScan` gives a scan (term-prefilter.ts) that says once the texts it has read could hold a term. */
export function watchForCandidateText(doc: Document, newScan: () => TextScan, onFound: () => void, idle: Idle = onIdle): CandidateWatch {
  const scan = newScan();
  let joinedScan: TextScan | null = null;
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

  /** A text read but not yet scanned: the next chunk begins with it. */
  let held: string | null = null;
  /** Reads the next chunk: whether it could hold a term, or there was no text left to read. */
  const readChunk = (): 'found' | 'read' | 'done' => {
    const parts: string[] = [];
    /** meetsAt[i]: whether the last character of parts[i - 1] and the first of parts[i] are both letters or digits. */
    const meetsAt: boolean[] = [];
    let chars = 0;
    let lettersMeet = false;
    // Whether the last part read ends with a letter or digit.
    let endsInWord = false;
    for (;;) {
      let data = held ?? nextText()?.data;
      held = null;
      if (data === undefined) break;
      if (data === '') continue;
      const meets = endsInWord && wordCharAt(data, 0);
      if (chars >= (meets ? CHUNK_CHARS_MAX : CHUNK_CHARS) || parts.length >= (meets ? CHUNK_NODES_MAX : CHUNK_NODES)) {
        held = data;
        break;
      }
      // A huge text node (one of 100 KB in the page-integrity tests) is read a chunk at a time too, cut between words:
      // a form's first words carry over from one read to the next.
      if (data.length > CHUNK_CHARS) {
        BETWEEN_WORDS.lastIndex = CHUNK_CHARS;
        const cut = BETWEEN_WORDS.exec(data)?.index;
        if (cut !== undefined) {
          held = data.slice(cut);
          data = data.slice(0, cut);
        }
      }
      lettersMeet ||= meets;
      meetsAt.push(meets);
      parts.push(data);
      chars += data.length;
      endsInWord = wordCharAt(data, data.length - 1);
    }
    if (parts.length === 0) return 'done';
    if (scan.read(parts.join(' '))) return 'found';
    if (lettersMeet && (joinedScan ??= newScan()).read(joinedWhereLettersMeet(parts, meetsAt))) return 'found';
    return 'read';
  };

  const run = () => {
    scheduled = false;
    if (state !== 'reading') return;
    const end = performance.now() + SLICE_MS;
    for (;;) {
      const read = readChunk();
      if (read === 'found') return found();
      if (read === 'done') return;
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
    held = null;
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
      return state === 'reading' && !scheduled && pending.size === 0 && walker === null && single === null && held === null;
    },
    stop,
  };
}
