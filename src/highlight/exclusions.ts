/**
 * Where the extension never highlights: anything the user types into, code, non-text
 * content, and the extension's own UI. mark.js tests only a text node's parent against
 * `exclude`, so every selector is given with its descendant form too.
 */
const EXCLUDED = [
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
  '[data-glossary-popover]',
  '[data-glossary-term]',
  '[data-glossary-skip]',
];

export const EXCLUDED_SELECTORS: readonly string[] = EXCLUDED.flatMap((s) => [s, `${s} *`]);

const EXCLUDED_SELECTOR = EXCLUDED.join(',');

/** True when text inside `element` must not be highlighted. */
export function isExcludedElement(element: Element): boolean {
  return element.closest(EXCLUDED_SELECTOR) !== null;
}
