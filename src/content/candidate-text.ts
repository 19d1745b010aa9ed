/**
 * The first stage's watch over a frame's text (issue #13): reads the text the page shows, a
 * slice at a time in idle time, and what the page adds later (streamed answers, pages that
 * render after load), and hands it over in batches to be checked (by the background, which
 * holds the glossary's prefilter: see src/background/candidate-check.ts), until a batch could
 * hold a term. Nothing in the page is changed. Open shadow roots are read and watched too.
 *
 * Why elsewhere: scanning a term-less 33K-character page in the frame itself, with the
 * frame's cold, unoptimised script, cost 10 ms in Chromium 156 and 29 ms in Firefox 153 in
 * every frame; the background's scan is warm and off the page's main thread.
 *
 * Text nodes are joined into chunks: nodes with a space between them (a node ends a word, as a
 * block does); where letters meet across two nodes ("<b>dys</b>tonia", a drop cap), the parts
 * near the meeting are also given joined as they stand, since the highlighter reads inline
 * markup through. A form's first words may run on from one batch into the next: each batch
 * begins with the end of the one before (`carry`).
 */
import type { TextBatch } from '../contracts/messages';
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'svg']);

/** A rich editor's root (`contenteditable`, or a textbox widget): what the user writes there stays unread. */
function isEditingHost(element: Element): boolean {
  const editable = element.getAttribute('contenteditable');
  return (editable !== null && editable !== 'false') || element.getAttribute('role') === 'textbox';
}

/** A node the page added or changed inside an editor (the user typing). */
function isBeingEdited(node: Node): boolean {
  return node.parentElement?.closest('[contenteditable]:not([contenteditable="false"]), [role="textbox"]') != null;
}
/** Idle time used per slice; the clock is read after each chunk: this much text, or this many text nodes. */
const SLICE_MS = 8;
/** A batch holds at most about this much text (one message; the first batch of most pages holds all of it). */
const BATCH_CHARS = 256_000;
/** The end of a batch that begins the next: more than a form's first three words need. */
const CARRY_CHARS = 256;
const CHUNK_CHARS = 8_000;
const CHUNK_NODES = 512;
/** A chunk that keeps meeting letters at its cut grows to this much at most (one word spread over thousands of nodes). */
const CHUNK_CHARS_MAX = 64_000;
const CHUNK_NODES_MAX = 4_096;
/** A busy page still gets its text read, a slice at a time, after this long. */
const IDLE_TIMEOUT_MS = 500;

/** Whether a batch could hold a term. A check that fails counts as yes: the engine then finds out, and says what went wrong. */
export type BatchCheck = (batch: TextBatch) => Promise<boolean>;

export interface CandidateWatch {
  /** Whether every text the frame has shown so far has been read and checked, and none could hold a term. */
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

/**
 * The end of a text that the next batch begins with: its last CARRY_CHARS characters, from a
 * word's start. A copy: a slice would keep the whole chunk alive for as long as the frame stays open.
 */
export function carryOf(text: string): string {
  if (text.length <= CARRY_CHARS) return text;
  const tail = text.slice(text.length - CARRY_CHARS);
  BETWEEN_WORDS.lastIndex = 0;
  const cut = BETWEEN_WORDS.exec(tail)?.index ?? 0;
  return (tail.slice(cut) + ' ').slice(0, -1);
}

/** Watches `doc` and calls `onFound` once `check` says a batch of its text could hold a term. */
export function watchForCandidateText(doc: Document, check: BatchCheck, onFound: () => void, idle: Idle = onIdle): CandidateWatch {
  let state: 'reading' | 'found' | 'stopped' = 'reading';
  let scheduled = false;
  /** A batch is being checked: nothing more is read until its answer. */
  let checking = false;
  let carry = '';
  let joinedCarry = '';
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

  /** An element's open shadow root is read and watched too. False for elements whose text is not shown, or is the user's own typing. */
  const enter = (element: Element): boolean => {
    if (SKIPPED.has(element.tagName) || isEditingHost(element)) return false;
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
      // What the user types into an editor is never read (the engine never highlights there either).
      if (isBeingEdited(root)) continue;
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
  /** Reads the next chunk into the batch: its length, or 0 when there was no text left to read. */
  const readChunk = (batch: TextBatch): number => {
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
    if (parts.length === 0) return 0;
    batch.texts.push(parts.join(' '));
    if (lettersMeet) batch.joined.push(joinedWhereLettersMeet(parts, meetsAt));
    return chars;
  };

  const leftToRead = () => pending.size > 0 || walker !== null || single !== null || held !== null;
  const run = () => {
    scheduled = false;
    // A batch still being checked: its answer schedules the next read.
    if (state !== 'reading' || checking) return;
    const end = performance.now() + SLICE_MS;
    const batch: TextBatch = { carry, texts: [], joinedCarry, joined: [] };
    for (let chars = 0; chars < BATCH_CHARS && performance.now() <= end;) {
      const read = readChunk(batch);
      if (read === 0) break;
      chars += read;
    }
    if (batch.texts.length === 0) return;
    carry = carryOf(batch.texts[batch.texts.length - 1]!);
    if (batch.joined.length > 0) joinedCarry = carryOf(batch.joined[batch.joined.length - 1]!);
    checking = true;
    const answered = (holds: boolean) => {
      checking = false;
      if (state !== 'reading') return;
      if (holds) return found();
      if (leftToRead()) schedule();
    };
    check(batch).then(answered, () => answered(true));
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
    carry = joinedCarry = '';
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
      return state === 'reading' && !scheduled && !checking && !leftToRead();
    },
    stop,
  };
}
