/**
 * The highlight style and colour settings reach the page as one data attribute and one CSS
 * custom property on the root element, read by the rules at the end of highlight.css.
 * CSSOM writes only (allowed under any page CSP), and nothing that changes layout.
 */
import type { Settings } from '../settings/settings';

export const STYLE_ATTRIBUTE = 'data-glossary-style';
export const COLOR_PROPERTY = '--dystonia-glossary-color';

export function applyHighlightAppearance(doc: Document, settings: Pick<Settings, 'highlightStyle' | 'highlightColor'>): void {
  doc.documentElement.setAttribute(STYLE_ATTRIBUTE, settings.highlightStyle);
  doc.documentElement.style.setProperty(COLOR_PROPERTY, settings.highlightColor);
}

export function removeHighlightAppearance(doc: Document): void {
  doc.documentElement.removeAttribute(STYLE_ATTRIBUTE);
  doc.documentElement.style.removeProperty(COLOR_PROPERTY);
}
