/**
 * Chromium keeps every NodeIterator ever created registered on its document until garbage
 * collection, and visits all of them on every node removal. mark.js creates one per
 * context per call and removes one node per highlight, so highlighting in many small
 * batches becomes quadratic: 6,000 wraps take 66 ms with no live iterators and 4.5 s with
 * 15,000 (measured in Chromium 156). While mark.js runs, `document.createNodeIterator` is
 * served by this list-backed iterator instead: same traversal, nothing registered.
 *
 * The override is an own property on our JavaScript view of `document`: content scripts
 * run in an isolated world (Chromium) or behind Xray wrappers (Firefox), so the page never
 * sees it, and it is removed as soon as the synchronous call returns.
 */
type Filter = NodeFilter | ((node: Node) => number) | null | undefined;

/** The subset of NodeIterator that mark.js uses, over a snapshot of the accepted nodes. */
class ListNodeIterator {
  private cursor = 0;

  constructor(private readonly nodes: Node[]) {}

  nextNode(): Node | null {
    return this.cursor < this.nodes.length ? this.nodes[this.cursor++]! : null;
  }

  previousNode(): Node | null {
    return this.cursor > 0 ? this.nodes[--this.cursor]! : null;
  }

  detach(): void {}
}

function accepts(filter: Filter, node: Node): boolean {
  if (!filter) return true;
  const verdict = typeof filter === 'function' ? filter(node) : filter.acceptNode(node);
  return verdict === NodeFilter.FILTER_ACCEPT;
}

function isShown(whatToShow: number, node: Node): boolean {
  return (whatToShow & (1 << (node.nodeType - 1))) !== 0;
}

function createListNodeIterator(this: Document, root: Node, whatToShow = NodeFilter.SHOW_ALL, filter?: Filter): ListNodeIterator {
  const nodes: Node[] = [];
  if (isShown(whatToShow, root) && accepts(filter, root)) nodes.push(root);
  // mark.js filters only text nodes, so FILTER_REJECT never has to prune a subtree here.
  const walker = this.createTreeWalker(
    root,
    whatToShow,
    filter ? { acceptNode: (n) => (accepts(filter, n) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) } : null,
  );
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
  return new ListNodeIterator(nodes);
}

/** Runs `work` (a synchronous mark.js call) with list-backed node iterators on `doc`. */
export function withListNodeIterators<T>(doc: Document, work: () => T): T {
  const target = doc as unknown as { createNodeIterator: unknown };
  const hadOwn = Object.prototype.hasOwnProperty.call(doc, 'createNodeIterator');
  const previous = target.createNodeIterator;
  target.createNodeIterator = createListNodeIterator;
  try {
    return work();
  } finally {
    if (hadOwn) target.createNodeIterator = previous;
    else delete target.createNodeIterator;
  }
}
