/**
 * Walks the text a highlighting pass may touch, lazily, so a pass over a 5 MB page can be
 * cut into slices. Excluded subtrees (exclusions.ts) are pruned whole; open shadow roots
 * are walked after the tree that hosts them.
 */
import { EXCLUDED_SELECTOR, isExcludedElement } from './exclusions';

const HAS_WORD = /[\p{L}\p{N}]/u;

export interface TextNodeWalkerOptions {
  /** Text nodes the extension made (marks' text, fragments): never highlighted again. */
  isOurs(text: Text): boolean;
  /** Text nodes a walk passes over because an earlier pass already scanned them. */
  isScanned(text: Text): boolean;
  /** Called for each open shadow root found, so it can be observed and styled. */
  onShadowRoot?(root: ShadowRoot): void;
}

export class TextNodeWalker {
  private readonly pending: Node[];
  private readonly shadowRoots = new Set<ShadowRoot>();
  private walker: TreeWalker | null = null;
  private last: Node | null = null;

  /**
   * `roots` are walked in order. A text node given as a root is highlighted even if it
   * was scanned before (the page changed it, or a slice left part of it for later).
   */
  constructor(
    roots: readonly Node[],
    private readonly options: TextNodeWalkerOptions,
  ) {
    this.pending = [...roots];
  }

  /** The next text node to highlight, or null when the walk is over. */
  next(): Text | null {
    for (;;) {
      if (!this.walker) {
        const root = this.pending.shift();
        if (!root) return null;
        if (!root.isConnected || isInExcludedElement(root)) continue;
        if (root.nodeType === Node.TEXT_NODE) {
          const text = root as Text;
          // Our own fragments come here too: the unmarked rest of a text node continued later.
          if (isWordy(text)) return text;
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

  /**
   * After a yield the page may have removed the node the walk stood on; a TreeWalker would
   * then wander off in the detached subtree. Restart from the root instead: `isScanned`
   * passes over what was already done.
   */
  resumeAfterYield(): void {
    if (this.walker && this.last && !this.walker.root.contains(this.last)) this.walker.currentNode = this.walker.root;
  }

  private startWalker(root: Node): void {
    const doc = root.ownerDocument ?? (root as Document);
    const { isOurs, isScanned } = this.options;
    this.last = null;
    // The walker filters only what is below its root: a web component added as the root itself has its shadow root noted here.
    if (root.nodeType === Node.ELEMENT_NODE) this.noteShadowRoot(root as Element);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => {
        if (node.nodeType === Node.ELEMENT_NODE) {
          const el = node as Element;
          if (el.matches(EXCLUDED_SELECTOR)) return NodeFilter.FILTER_REJECT;
          this.noteShadowRoot(el);
          return NodeFilter.FILTER_SKIP;
        }
        const text = node as Text;
        return isWordy(text) && !isScanned(text) && !isOurs(text) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
      },
    });
  }

  /** An open shadow root is walked after the tree that hosts it. */
  private noteShadowRoot(el: Element): void {
    const shadow = el.shadowRoot;
    if (!shadow || this.shadowRoots.has(shadow)) return;
    this.shadowRoots.add(shadow);
    this.pending.push(shadow);
    this.options.onShadowRoot?.(shadow);
  }
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

/** Worth scanning: at least two characters and a letter or digit (no glossary form is shorter). */
function isWordy(text: Text): boolean {
  return text.data.length > 1 && HAS_WORD.test(text.data);
}
