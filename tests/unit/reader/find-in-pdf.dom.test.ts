import { describe, expect, it } from 'vitest';
import { findInLayers } from '../../../src/reader/find-in-pdf';

/** Two pages' text layers as the reader builds them: a span per run, <br> at line ends. */
function layers(): Element[] {
  const layer = (...runs: Array<string | null>) => {
    const page = document.createElement('div');
    page.className = 'pdf-page';
    const text = page.appendChild(document.createElement('div'));
    text.className = 'textLayer';
    for (const run of runs)
      text.append(run === null ? document.createElement('br') : Object.assign(document.createElement('span'), { textContent: run }));
    return page;
  };
  document.body.replaceChildren(layer('The basal', null, 'ganglia and ', 'Basal ganglia.'), layer('More on the ', 'basal  ganglia'));
  return [...document.querySelectorAll('.textLayer')];
}

describe('findInLayers', () => {
  it('finds the words across runs and line ends, any case, in page order, then wraps', () => {
    const all = layers();
    const first = findInLayers(all, 'basal ganglia', null)!;
    expect(first.range.toString()).toBe('basalganglia'); // "basal" ⏎ "ganglia": the <br> holds no text
    expect(first.layer).toBe(all[0]);
    const second = findInLayers(all, 'BASAL GANGLIA', first.range)!;
    expect(second.range.toString()).toBe('Basal ganglia');
    const third = findInLayers(all, 'basal ganglia', second.range)!;
    expect(third.layer).toBe(all[1]);
    expect(third.range.toString()).toBe('basal  ganglia');
    // After the last, the first again.
    expect(findInLayers(all, 'basal ganglia', third.range)!.range.toString()).toBe('basalganglia');
  });

  it('finds nothing for words that are not there, or no words, and treats the query as text, not a pattern', () => {
    const all = layers();
    expect(findInLayers(all, 'putamen', null)).toBeNull();
    expect(findInLayers(all, '   ', null)).toBeNull();
    expect(findInLayers(all, 'basal.*', null)).toBeNull();
  });
});
