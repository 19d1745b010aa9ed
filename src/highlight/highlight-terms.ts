/**
 * Wraps glossary matches in a batch of text nodes with mark.js `markRegExp`: one matcher
 * (a RegExp) for the whole glossary, never keyword mode. Each highlight is a
 * `<mark class="dystonia-glossary-term" data-glossary-term="<entry id>">`, the public DOM
 * contract that the popover, tests and user stylesheets rely on.
 *
 * mark.js is given the batch's text nodes themselves as its contexts rather than their
 * parent elements: a parent's subtree may hold text of another batch (or a whole page,
 * for `<body>`), and the walk that built the batch has already pruned excluded subtrees
 * and layout-sensitive text.
 */
import Mark from 'mark.js';
import type { FormTarget, Matcher } from '../matching';
import { withListNodeIterators } from './list-node-iterator';

export const HIGHLIGHT_CLASS = 'dystonia-glossary-term';

export interface MarkBatchCallbacks {
  /** Whether to wrap this match; `node` is the text node being scanned. */
  allows(target: FormTarget, node: Text): boolean;
  /** Called for each mark inserted, already carrying its `data-glossary-term`. */
  marked(mark: HTMLElement): void;
}

export function markTextNodes(nodes: readonly Text[], matcher: Matcher, callbacks: MarkBatchCallbacks): void {
  if (nodes.length === 0) return;
  // mark.js creates its nodes and iterators with the global `document`.
  withListNodeIterators(document, () => markBatch(nodes, matcher, callbacks));
  matcher.regex.lastIndex = 0;
}

function markBatch(nodes: readonly Text[], matcher: Matcher, callbacks: MarkBatchCallbacks): void {
  // mark.js accepts any nodes as contexts; its typings only list elements.
  new Mark(nodes as unknown as HTMLElement[]).markRegExp(matcher.regex, {
    element: 'mark',
    className: HIGHLIGHT_CLASS,
    filter: (node, matched) => {
      const target = matcher.resolve(matched);
      return target !== undefined && callbacks.allows(target, node as Text);
    },
    each: (element) => {
      const target = matcher.resolve(element.textContent ?? '');
      if (!target) return;
      element.setAttribute('data-glossary-term', target.entryId);
      callbacks.marked(element as HTMLElement);
    },
  });
}
