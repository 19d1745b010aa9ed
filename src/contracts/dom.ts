/**
 * The DOM contract: every name the extension writes into a page. These are the only traces a
 * page (and a user stylesheet) can see, highlight.css styles them by name, and the tests
 * query by them, so each is declared once, here; a unit test checks that highlight.css uses
 * the same names.
 */

/** On each `<mark>`: the entry id (or, for an own term, an opaque id: custom-terms.ts). */
export const TERM_ATTRIBUTE = 'data-glossary-term';
/** Shared by the marks of one occurrence split by markup (`<em>botulinum</em> toxin`). */
export const OCCURRENCE_ATTRIBUTE = 'data-glossary-occurrence';
/** On the marks of the occurrence whose explanation is open. */
export const ACTIVE_ATTRIBUTE = 'data-glossary-active';
/** On a mark for a moment after the "On this page" list jumps to it. */
export const FLASH_ATTRIBUTE = 'data-glossary-flash';
/** On the root element: the highlight style setting, a stable hook for user stylesheets. */
export const STYLE_ATTRIBUTE = 'data-glossary-style';
/** Anything carrying it is never highlighted (the welcome page's own words, our styles). */
export const SKIP_ATTRIBUTE = 'data-glossary-skip';
/** The popover's shadow host, and the notice's: the one attribute each shows the page. */
export const POPOVER_HOST_ATTRIBUTE = 'data-glossary-popover';
export const NOTICE_HOST_ATTRIBUTE = 'data-glossary-notice';

export const MARK_CLASS = 'dystonia-glossary-term';
export const TERM_SELECTOR = `mark[${TERM_ATTRIBUTE}]`;
export const POPOVER_HOST_SELECTOR = `[${POPOVER_HOST_ATTRIBUTE}]`;
export const NOTICE_HOST_SELECTOR = `[${NOTICE_HOST_ATTRIBUTE}]`;

/** `CSS.highlights` names of the paint renderer (paint-renderer.ts), styled by `::highlight()`. */
export const HIGHLIGHT_NAMES = {
  /** Every painted occurrence. */
  paint: 'dystonia-glossary',
  /** The occurrence whose explanation is open, or under the pointer: drawn above the others. */
  active: 'dystonia-glossary-active',
  /** The same two, drawn as a fill without a line, for dense blocks in Firefox (dense-blocks.ts). */
  lineless: 'dystonia-glossary-lineless',
  linelessActive: 'dystonia-glossary-lineless-active',
} as const;
