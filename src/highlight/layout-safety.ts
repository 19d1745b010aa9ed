/**
 * Layout neutrality: text that is a direct child of a flex or grid container is laid out
 * as one anonymous flex/grid item. Wrapping part of it in a `<mark>` would turn one item
 * into three (text, mark, text) and move things on the page, so such text is never
 * wrapped. `display: contents` elements generate no box, so the test looks through them.
 */
const ITEMISING_DISPLAY = /flex|grid|-webkit-(inline-)?box/;

/** Per-pass cache of the verdict for each parent element (styles may change between passes). */
export type DisplayCache = WeakMap<Element, boolean>;

export function createDisplayCache(): DisplayCache {
  return new WeakMap();
}

/** True when wrapping part of `text` in an inline element cannot change the page's boxes. */
export function canWrapWithoutLayoutChange(text: Text, cache: DisplayCache): boolean {
  const parent = boxParentOf(text);
  if (!parent) return true;
  let verdict = cache.get(parent);
  if (verdict === undefined) {
    verdict = !itemisesChildren(parent);
    cache.set(parent, verdict);
  }
  return verdict;
}

/** Whether `element` lays its children out as flex or grid items (cached per pass): its children never share a line of text. */
export function laysOutItems(element: Element, cache: DisplayCache): boolean {
  let verdict = cache.get(element);
  if (verdict === undefined) {
    verdict = !itemisesChildren(element);
    cache.set(element, verdict);
  }
  return !verdict;
}

/** The element whose box contains the text: the parent, or a shadow root's host. */
function boxParentOf(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === Node.ELEMENT_NODE) return parent as Element;
  if (parent.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return (parent as ShadowRoot).host ?? null;
  return null;
}

function itemisesChildren(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  for (let el: Element | null = element; el; el = boxParentOf(el)) {
    const style = view.getComputedStyle(el);
    const display = style.display;
    if (display === 'contents') continue;
    if (!ITEMISING_DISPLAY.test(display)) return false;
    // A line-clamped -webkit-box lays its text out as ordinary lines, not as items.
    if (display.startsWith('-webkit') && style.getPropertyValue('-webkit-line-clamp') !== 'none') return false;
    return true;
  }
  return false;
}
