import { describe, expect, it } from 'vitest';
import { withListNodeIterators } from '../../../src/highlight/list-node-iterator';

function tree(): HTMLElement {
  const div = document.createElement('div');
  div.append('one', document.createElement('b'), 'three');
  div.querySelector('b')!.append('two');
  return div;
}

/** The walk mark.js does: previousNode() then nextNode() (twice after the first node). */
function markJsWalk(iterator: NodeIterator): string[] {
  const seen: string[] = [];
  for (;;) {
    const prev = iterator.previousNode();
    const node = prev === null ? iterator.nextNode() : iterator.nextNode() && iterator.nextNode();
    if (!node) return seen;
    seen.push(node.textContent ?? '');
  }
}

describe('withListNodeIterators', () => {
  it('visits the same nodes as a native NodeIterator, in the same order, with the same filter', () => {
    const root = tree();
    const filter = (n: Node) => ((n as Text).data === 'two' ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT);
    const native = markJsWalk(document.createNodeIterator(root, NodeFilter.SHOW_TEXT, filter));
    const listed = withListNodeIterators(document, () => markJsWalk(document.createNodeIterator(root, NodeFilter.SHOW_TEXT, filter)));
    expect(native).toEqual(['one', 'three']);
    expect(listed).toEqual(native);
  });

  it('yields a text node given as the root itself, like a native NodeIterator', () => {
    const text = document.createTextNode('alone');
    expect(withListNodeIterators(document, () => markJsWalk(document.createNodeIterator(text, NodeFilter.SHOW_TEXT)))).toEqual(['alone']);
  });

  it('leaves document.createNodeIterator as it was, even when the work throws', () => {
    const original = document.createNodeIterator;
    expect(() =>
      withListNodeIterators(document, () => {
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(document.createNodeIterator).toBe(original);
    expect(Object.prototype.hasOwnProperty.call(document, 'createNodeIterator')).toBe(false);
  });
});
