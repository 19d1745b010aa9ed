/**
 * Contrast of the highlight colour. An underline is a non-text cue, so WCAG 1.4.11 asks for
 * 3:1 against the page background; we check white and near-black pages. Pure.
 * https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio
 */

/** Colours offered in the options page: each ≥ 3:1 on white and on #1b1b1f. */
export const HIGHLIGHT_PALETTE = ['#5b5bd6', '#1f6feb', '#0f7b6c', '#b35900', '#d6336c', '#8250df'] as const;
export type PaletteColour = (typeof HIGHLIGHT_PALETTE)[number];

export const MIN_NON_TEXT_CONTRAST = 3;

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

function relativeLuminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Contrast on a white page and on a dark page (#1b1b1f). */
export function highlightContrast(hex: string): { onLight: number; onDark: number } {
  return { onLight: contrastRatio(hex, '#ffffff'), onDark: contrastRatio(hex, '#1b1b1f') };
}
