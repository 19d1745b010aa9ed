/**
 * Walks the text a highlighting pass may touch and hands it out as runs (text-runs.ts), one
 * block at a time, lazily, so a pass over a 5 MB page can be cut into slices. Excluded
 * subtrees (exclusions.ts) are pruned whole and end a run; open shadow roots are walked
 * after the tree that hosts them.
 *
 * A block of any size costs a bounded amount per call (security review H7: 50,000 inline
 * nodes in one paragraph): past MAX_RUN_NODES nodes or MAX_RUN_CHARS characters the run is
 * cut at a node boundary, and the next one starts again a little before the cut, so a term
 * that spans the cut is still found once (`TextRun.seenBefore` marks the repeated part).
 */
import { EXCLUDED_SELECTOR, isExcludedElement } from './exclusions';
import { INLINE_ELEMENTS, TextRun, type RunItem } from './text-runs';

/** Collecting a run checks each element it passes (exclusions, display): 1,500 spans took 60-90 ms in one go, 300 stay near one slice. */
export const MAX_RUN_NODES = 300;
const MAX_RUN_CHARS = 32_000;
/** How much text a cut run carries into the next one: more than the longest glossary form. */
const CUT_OVERLAP_CHARS = 120;
const HAS_WORD = /[\p{L}\p{N}]/u;

export interface RunWalkerOptions {
  /** Nodes the extension made (a wrapping renderer's marks and fragments): never part of a run. */
  isOurs(node: Node): boolean;
  /** Called for each open shadow root found, so it can be observed and styled. */
  onShadowRoot?(root: ShadowRoot): void;
  /**
   * Whether a block lays its children out as flex or grid items: each child is then a box of
   * its own, and a term never continues from one into the next.
   */
  laysOutItems?(block: Element): boolean;
}

/** The element (or shadow root) whose block a node's text belongs to: its nearest ancestor that is not inline markup. */
export function blockOf(node: Node): Element | ShadowRoot | Document | null {
  for (let p = node.parentNode; p; p = p.parentNode) {
    if (p.nodeType === Node.ELEMENT_NODE) {
      if (!INLINE_ELEMENTS.has((p as Element).localName)) return p as Element;
    } else if (p.nodeType === Node.DOCUMENT_FRAGMENT_NODE || p.nodeType === Node.DOCUMENT_NODE) {
      return p as ShadowRoot | Document;
    }
  }
  return null;
}

export class RunWalker {
  private readonly pending: Node[];
  private readonly shadowRoots = new Set<ShadowRoot>();
  private walker: TreeWalker | null = null;
  private last: Node | null = null;
  /** Something between the last text node and the next one ends the run: a block, an excluded element. */
  private boundary = false;
  /** A `<br>` since the last text node. */
  private lineBreak = false;
  /** A text node read but not yet placed: it starts the next run. */
  private carry: Text | null = null;
  private carryBlock: Node | null = null;
  /** After a cut: the end of the previous run, where the next one starts again. */
  private overlap: Text[] = [];

  constructor(
    roots: readonly Node[],
    private readonly options: RunWalkerOptions,
  ) {
    this.pending = [...roots];
  }

  /** The next run holding at least one letter or digit, or null when the walk is over. */
  next(): TextRun | null {
    for (;;) {
      const run = this.collect();
      if (run === undefined) return null;
      if (run && HAS_WORD.test(run.text)) return run;
    }
  }

  /**
   * After a yield the page may have removed the node the walk stood on; a TreeWalker would
   * then wander off in the detached subtree. Restart from the root instead (the caller's
   * bookkeeping passes over what was already done).
   */
  resumeAfterYield(): void {
    if (this.walker && this.last && !this.walker.root.contains(this.last)) this.walker.currentNode = this.walker.root;
    if (this.carry && !this.carry.isConnected) this.carry = null;
    this.overlap = this.overlap.filter((t) => t.isConnected);
  }

  /** One run (null: only white space or nothing), or undefined when every root is done. */
  private collect(): TextRun | null | undefined {
    const items: RunItem[] = [];
    let block: Node | null = null;
    let chars = 0;
    let nodes = 0;
    let seenBefore = 0;
    if (this.overlap.length > 0) {
      for (const t of this.overlap) {
        items.push(t);
        seenBefore += t.data.length;
      }
      block = blockOf(this.overlap[0]!);
      this.overlap = [];
    }
    if (this.carry) {
      items.push(this.carry);
      block = this.carryBlock;
      chars = this.carry.data.length;
      nodes = 1;
      this.carry = null;
    }
    for (;;) {
      const text = this.nextText();
      if (!text) {
        if (items.length === 0 && this.pending.length === 0 && !this.walker) return undefined;
        return items.length > 0 ? new TextRun(items, seenBefore) : null;
      }
      const textBlock = blockOf(text);
      const previous = lastText(items);
      const ends = this.boundary || (block !== null && textBlock !== block) || (previous !== null && this.inOtherItems(previous, text));
      this.boundary = false;
      if (ends && items.length > 0) {
        this.lineBreak = false;
        this.carry = text;
        this.carryBlock = textBlock;
        return new TextRun(items, seenBefore);
      }
      if (this.lineBreak && items.length > 0) items.push('break');
      this.lineBreak = false;
      items.push(text);
      block = textBlock;
      chars += text.data.length;
      nodes++;
      if (nodes >= MAX_RUN_NODES || chars >= MAX_RUN_CHARS) {
        this.overlap = tailOf(items, CUT_OVERLAP_CHARS);
        return new TextRun(items, seenBefore, true);
      }
    }
  }

  /**
   * Whether two text nodes of one block sit in different flex or grid items: their nearest
   * common ancestor lays its children out as items (a flex block, or an inline-flex span).
   */
  private inOtherItems(a: Text, b: Text): boolean {
    if (!this.options.laysOutItems) return false;
    const common = commonAncestor(a, b);
    return common !== null && common.nodeType === Node.ELEMENT_NODE && this.options.laysOutItems(common as Element);
  }

  /** The next text node of the walk, noting boundaries and line breaks passed on the way. */
  private nextText(): Text | null {
    for (;;) {
      if (!this.walker) {
        const root = this.pending.shift();
        if (!root) return null;
        this.boundary = true;
        if (!root.isConnected || isInExcludedElement(root)) continue;
        if (root.nodeType === Node.TEXT_NODE) {
          if (!this.options.isOurs(root)) return root as Text;
          continue;
        }
        this.startWalker(root);
      }
      const node = this.walker!.nextNode();
      if (!node) {
        this.walker = null;
        continue;
      }
      this.last = node;
      return node as Text;
    }
  }

  private startWalker(root: Node): void {
    const doc = root.ownerDocument ?? (root as Document);
    this.last = null;
    // The walker filters only what is below its root: a web component added as the root itself has its shadow root noted here.
    if (root.nodeType === Node.ELEMENT_NODE) this.noteShadowRoot(root as Element);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => {
        if (node.nodeType === Node.TEXT_NODE) return this.options.isOurs(node) ? NodeFilter.FILTER_SKIP : NodeFilter.FILTER_ACCEPT;
        const el = node as Element;
        if (el.matches(EXCLUDED_SELECTOR) || this.options.isOurs(el)) {
          this.boundary = true;
          return NodeFilter.FILTER_REJECT;
        }
        const name = el.localName;
        if (name === 'br') this.lineBreak = true;
        else if (!INLINE_ELEMENTS.has(name)) this.boundary = true;
        if (this.noteShadowRoot(el)) this.boundary = true;
        return NodeFilter.FILTER_SKIP;
      },
    });
  }

  /** An open shadow root is walked after the tree that hosts it. True when `el` hosts one. */
  private noteShadowRoot(el: Element): boolean {
    const shadow = el.shadowRoot;
    if (!shadow) return false;
    if (!this.shadowRoots.has(shadow)) {
      this.shadowRoots.add(shadow);
      this.pending.push(shadow);
      this.options.onShadowRoot?.(shadow);
    }
    return true;
  }
}

function lastText(items: readonly RunItem[]): Text | null {
  for (let i = items.length - 1; i >= 0; i--) if (items[i] !== 'break') return items[i] as Text;
  return null;
}

function commonAncestor(a: Node, b: Node): Node | null {
  const ancestors = new Set<Node>();
  for (let n = a.parentNode; n; n = n.parentNode) ancestors.add(n);
  for (let n = b.parentNode; n; n = n.parentNode) if (ancestors.has(n)) return n;
  return null;
}

/** The last text nodes of a run, covering at least `chars` characters. */
function tailOf(items: readonly RunItem[], chars: number): Text[] {
  const tail: Text[] = [];
  let covered = 0;
  for (let i = items.length - 1; i >= 0 && covered < chars; i--) {
    const item = items[i]!;
    if (item === 'break') continue;
    tail.unshift(item);
    covered += item.data.length;
  }
  return tail;
}

/** Whether a node sits inside an excluded element (checked once per root; the walk prunes below). */
function isInExcludedElement(node: Node): boolean {
  if (node.nodeType === Node.ELEMENT_NODE) return isExcludedElement(node as Element);
  const parent = node.parentNode;
  if (parent?.nodeType === Node.ELEMENT_NODE) return isExcludedElement(parent as Element);
  if (parent?.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
    const host = (parent as ShadowRoot).host;
    return host ? isExcludedElement(host) : false;
  }
  return false;
}
