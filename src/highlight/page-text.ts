/** The text of a subtree that highlighting would consider, read without changing the DOM. */
import { isExcludedElement } from './exclusions';

export function eligibleText(root: Node): string {
  const doc = root.ownerDocument ?? (root as Document);
  const parts: string[] = [];
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        return isExcludedElement(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push((n as Text).data);
  // A separator keeps words in neighbouring nodes from running together.
  return parts.join('\n');
}
