/**
 * Document order across shadow roots: a node inside a web component comes where its host
 * does (`compareDocumentPosition` says nothing useful about nodes in different trees).
 */
function topOf(node: Node): Node {
  let n = node;
  for (let root = n.getRootNode(); root.nodeType === Node.DOCUMENT_FRAGMENT_NODE; root = n.getRootNode()) {
    const host = (root as ShadowRoot).host;
    if (!host) break;
    n = host;
  }
  return n;
}

/** Sort comparator: negative when `a` comes before `b` in the composed document. */
export function composedOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const sameTree = a.getRootNode() === b.getRootNode();
  const [x, y] = sameTree ? [a, b] : [topOf(a), topOf(b)];
  if (x === y) return 0;
  return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
