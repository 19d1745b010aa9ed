import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIVE_ATTRIBUTE, FLASH_ATTRIBUTE, HIGHLIGHT_NAMES, MARK_CLASS, SKIP_ATTRIBUTE } from '../../../src/contracts/dom';

const read = (path: string) => readFileSync(resolve(__dirname, '../../..', path), 'utf8');

// Stylesheets and HTML cannot import the contract: a renamed constant must fail here, not
// leave the page with highlights nobody styles.
describe('the DOM contract, as the stylesheets and pages write it', () => {
  const css = read('src/highlight/highlight.css');

  it('highlight.css styles the marks, the open one and the flashed one by the contract’s names', () => {
    expect(css).toContain(`mark.${MARK_CLASS} {`);
    expect(css).toContain(`mark.${MARK_CLASS}[${ACTIVE_ATTRIBUTE}]`);
    expect(css).toContain(`mark.${MARK_CLASS}[${FLASH_ATTRIBUTE}]`);
  });

  it('highlight.css paints every registered highlight name, and no other', () => {
    const painted = new Set([...css.matchAll(/::highlight\(([^)]+)\)/g)].map((m) => m[1]));
    expect([...painted].sort()).toEqual(Object.values(HIGHLIGHT_NAMES).sort());
  });

  it('the welcome page keeps its own words out of the highlighting with the skip attribute', () => {
    expect(read('entrypoints/welcome/index.html').match(new RegExp(`\\s${SKIP_ATTRIBUTE}[\\s>]`, 'g'))?.length).toBeGreaterThan(3);
  });
});
