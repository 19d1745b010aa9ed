/**
 * Where the extension never highlights: anything the user types into, code, non-text
 * content, and the extension's own UI.
 */
import { POPOVER_HOST_SELECTOR, SKIP_ATTRIBUTE, TERM_ATTRIBUTE } from '../contracts/dom';
const EXCLUDED = [
  'head',
  'title',
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'button',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  '[contenteditable]:not([contenteditable="false"])',
  '[role="textbox"]',
  '[role="searchbox"]',
  '[role="combobox"]',
  '[aria-hidden="true"]',
  POPOVER_HOST_SELECTOR,
  `[${TERM_ATTRIBUTE}]`,
  `[${SKIP_ATTRIBUTE}]`,
];

/** One selector for the whole list: a walker tests each element once, pruning excluded subtrees. */
export const EXCLUDED_SELECTOR = EXCLUDED.join(',');

/**
 * True when text inside `element` must not be highlighted: the element or an ancestor is
 * excluded, also across the boundaries of the shadow roots it sits in.
 */
export function isExcludedElement(element: Element): boolean {
  for (let el: Element | null = element; el;) {
    if (el.closest(EXCLUDED_SELECTOR) !== null) return true;
    const root = el.getRootNode();
    el = root.nodeType === Node.DOCUMENT_FRAGMENT_NODE ? ((root as ShadowRoot).host ?? null) : null;
  }
  return false;
}
