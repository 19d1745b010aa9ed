/**
 * The highlight style and colour settings reach the page as custom properties on the root
 * element, read by highlight.css. Custom properties inherit into shadow trees, so marks
 * inside web components follow the settings as well. The style is also set as a data
 * attribute on the root, a stable hook for user stylesheets. CSSOM writes only (allowed
 * under any page CSP), and nothing that changes layout.
 */
import { DEFAULT_SETTINGS, type HighlightStyle, type Settings } from '../settings/settings';
import { STYLE_ATTRIBUTE } from '../contracts/dom';

export const COLOR_PROPERTY = '--dystonia-glossary-color';
/** The decoration line and background of a highlight at rest (hover and focus always underline and fill). */
export const LINE_PROPERTY = '--dystonia-glossary-line';
export const FILL_PROPERTY = '--dystonia-glossary-fill';
/** The background at rest of highlights drawn without a line (dense blocks in Firefox: src/highlight/dense-blocks.ts). */
export const LINELESS_FILL_PROPERTY = '--dystonia-glossary-lineless-fill';
const PROPERTIES = [COLOR_PROPERTY, LINE_PROPERTY, FILL_PROPERTY, LINELESS_FILL_PROPERTY];

// The colour's own fallback is written in: with the default colour its property is not set,
// and a var() with no value and no fallback would make the whole fill invalid (no fill at all).
const FILL = `color-mix(in srgb, var(${COLOR_PROPERTY}, ${DEFAULT_SETTINGS.highlightColor.toLowerCase()}) 18%, transparent)`;
const AT_REST: Record<HighlightStyle, { line: string; fill: string; linelessFill: string }> = {
  underline: { line: 'underline', fill: 'transparent', linelessFill: FILL },
  background: { line: 'none', fill: FILL, linelessFill: FILL },
  both: { line: 'underline', fill: FILL, linelessFill: FILL },
  'none-until-hover': { line: 'none', fill: 'transparent', linelessFill: 'transparent' },
};

/** What highlight.css falls back to when a property is not set: the default settings. */
const CSS_FALLBACKS: Record<string, string> = {
  [COLOR_PROPERTY]: DEFAULT_SETTINGS.highlightColor.toLowerCase(),
  [LINE_PROPERTY]: 'underline',
  [FILL_PROPERTY]: 'transparent',
  [LINELESS_FILL_PROPERTY]: FILL,
};

export function applyHighlightAppearance(doc: Document, settings: Pick<Settings, 'highlightStyle' | 'highlightColor'>): void {
  const root = doc.documentElement;
  if (!root) return;
  const rest = AT_REST[settings.highlightStyle];
  // An inherited property changed on the root restyles every element of the page (325 ms on
  // 50,000 spans), and the engine starts after the page is parsed (issue #13): a value the
  // stylesheet falls back to anyway is not written, so default settings restyle nothing.
  if (root.getAttribute(STYLE_ATTRIBUTE) !== settings.highlightStyle) root.setAttribute(STYLE_ATTRIBUTE, settings.highlightStyle);
  for (const [property, value] of [
    [COLOR_PROPERTY, settings.highlightColor],
    [LINE_PROPERTY, rest.line],
    [FILL_PROPERTY, rest.fill],
    [LINELESS_FILL_PROPERTY, rest.linelessFill],
  ] as const) {
    const wanted = value.toLowerCase() === CSS_FALLBACKS[property] ? '' : value;
    if (root.style.getPropertyValue(property) === wanted) continue;
    if (wanted) root.style.setProperty(property, wanted);
    else root.style.removeProperty(property);
  }
}

export function removeHighlightAppearance(doc: Document): void {
  // At document_start there may be no root element yet, and so nothing to remove.
  const root = doc.documentElement;
  if (!root) return;
  root.removeAttribute(STYLE_ATTRIBUTE);
  for (const property of PROPERTIES) root.style.removeProperty(property);
}
