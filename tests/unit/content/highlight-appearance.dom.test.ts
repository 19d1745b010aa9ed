import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  applyHighlightAppearance,
  COLOR_PROPERTY,
  FILL_PROPERTY,
  LINE_PROPERTY,
  LINELESS_FILL_PROPERTY,
  removeHighlightAppearance,
} from '../../../src/content/highlight-appearance';
import { STYLE_ATTRIBUTE } from '../../../src/contracts/dom';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';

const CSS = readFileSync(resolve(__dirname, '../../../src/highlight/highlight.css'), 'utf8');
const root = () => document.documentElement;
const written = () =>
  Object.fromEntries(
    [COLOR_PROPERTY, LINE_PROPERTY, FILL_PROPERTY, LINELESS_FILL_PROPERTY]
      .map((p) => [p, root().style.getPropertyValue(p)])
      .filter(([, v]) => v !== ''),
  );

afterEach(() => removeHighlightAppearance(document));

describe('applyHighlightAppearance', () => {
  it('writes no property for the default settings: the stylesheet falls back to the same values, and nothing restyles the page', () => {
    applyHighlightAppearance(document, DEFAULT_SETTINGS);
    expect(written()).toEqual({});
    expect(root().getAttribute(STYLE_ATTRIBUTE)).toBe(DEFAULT_SETTINGS.highlightStyle);
  });

  it('falls back in highlight.css to exactly what the default settings would write', () => {
    applyHighlightAppearance(document, { highlightStyle: 'none-until-hover', highlightColor: '#112233' });
    const nonDefault = written();
    // Every property this module writes is read by the stylesheet with a fallback.
    for (const property of Object.keys(nonDefault)) expect(CSS).toContain(`var(${property},`);
    expect(CSS).toContain(`var(${COLOR_PROPERTY}, ${DEFAULT_SETTINGS.highlightColor})`);
    expect(CSS).toContain(`var(${LINE_PROPERTY}, underline)`);
    expect(CSS).toContain(`var(${FILL_PROPERTY}, transparent)`);
    expect(CSS).toContain(
      `var(${LINELESS_FILL_PROPERTY}, color-mix(in srgb, var(${COLOR_PROPERTY}, ${DEFAULT_SETTINGS.highlightColor}) 18%, transparent))`,
    );
  });

  it('gives the background style a fill that stays valid with the default colour (whose property is not written)', () => {
    applyHighlightAppearance(document, { highlightStyle: 'background', highlightColor: DEFAULT_SETTINGS.highlightColor });
    const fill = root().style.getPropertyValue(FILL_PROPERTY);
    expect(fill).toContain(`var(${COLOR_PROPERTY}, ${DEFAULT_SETTINGS.highlightColor})`);
    expect(root().style.getPropertyValue(COLOR_PROPERTY)).toBe('');
    expect(root().style.getPropertyValue(LINE_PROPERTY)).toBe('none');
  });

  it('keeps lineless highlights (dense blocks) unfilled only when terms are to show nothing until hovered', () => {
    applyHighlightAppearance(document, { highlightStyle: 'none-until-hover', highlightColor: DEFAULT_SETTINGS.highlightColor });
    expect(root().style.getPropertyValue(LINELESS_FILL_PROPERTY)).toBe('transparent');
    applyHighlightAppearance(document, { highlightStyle: 'both', highlightColor: DEFAULT_SETTINGS.highlightColor });
    // Back to the stylesheet's own fill: the property is removed, not left over.
    expect(root().style.getPropertyValue(LINELESS_FILL_PROPERTY)).toBe('');
  });

  it('removes everything it wrote', () => {
    applyHighlightAppearance(document, { highlightStyle: 'background', highlightColor: '#aa0000' });
    removeHighlightAppearance(document);
    expect(written()).toEqual({});
    expect(root().hasAttribute(STYLE_ATTRIBUTE)).toBe(false);
  });
});
