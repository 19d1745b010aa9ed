import { beforeEach, describe, expect, it } from 'vitest';
import { HighlightRegistry } from '../../../src/highlight/highlight-registry';

/** Splits `text` around `[from, to)` the way mark.js does, and records the mark. */
function wrap(registry: HighlightRegistry, text: Text, from: number, to: number, id = 'x'): HTMLElement {
  const middle = text.splitText(from);
  middle.splitText(to - from);
  const mark = document.createElement('mark');
  mark.dataset.glossaryTerm = id;
  mark.textContent = middle.data;
  middle.parentNode!.replaceChild(mark, middle);
  registry.recordMark(mark);
  return mark;
}

let p: HTMLParagraphElement;
let own: Text;
let registry: HighlightRegistry;

beforeEach(() => {
  p = document.createElement('p');
  own = document.createTextNode('alpha beta gamma delta');
  p.append(own);
  document.body.replaceChildren(p);
  registry = new HighlightRegistry();
});

describe('HighlightRegistry', () => {
  it('restores the page node with its whole text, whatever order the splits happened in', () => {
    const m1 = wrap(registry, own, 6, 10, 'beta');
    const tail = m1.nextSibling as Text; // " gamma delta", a fragment of ours
    wrap(registry, tail, 7, 12, 'delta');
    // A later pass splits the fragment between the two marks.
    wrap(registry, tail, 1, 6, 'gamma');
    expect(p.childNodes.length).toBe(7);
    expect(registry.isOurs(tail)).toBe(true);
    expect(registry.isOurs(own)).toBe(false);
    registry.restoreAll();
    expect([...p.childNodes]).toEqual([own]);
    expect(own.data).toBe('alpha beta gamma delta');
  });

  it('counts connected marks per entry and forgets removed ones', () => {
    wrap(registry, own, 0, 5, 'alpha');
    const second = document.createElement('p');
    const text = document.createTextNode('beta');
    second.append(text);
    document.body.append(second);
    wrap(registry, text, 0, 4, 'beta');
    expect(Object.fromEntries(registry.counts())).toEqual({ alpha: 1, beta: 1 });
    second.remove();
    expect(Object.fromEntries(registry.counts())).toEqual({ alpha: 1 });
  });

  it('drops only our parts when the page rewrote its node', () => {
    wrap(registry, own, 6, 10);
    own.data = 'new text';
    registry.dropParts(own);
    expect([...p.childNodes]).toEqual([own]);
    expect(p.textContent).toBe('new text');
  });

  it('puts the whole text back into a node the page moved away, and removes the parts left behind', () => {
    wrap(registry, own, 6, 10);
    const elsewhere = document.createElement('div');
    elsewhere.append(own);
    registry.restore(own);
    expect(p.childNodes.length).toBe(0);
    expect(own.data).toBe('alpha beta gamma delta');
  });

  it('restores only the marks inside a given subtree', () => {
    const other = document.createElement('p');
    const text = document.createTextNode('beta');
    other.append(text);
    document.body.append(other);
    wrap(registry, own, 0, 5);
    wrap(registry, text, 0, 4);
    registry.restoreAll(other);
    expect([...other.childNodes]).toEqual([text]);
    expect(p.querySelectorAll('mark').length).toBe(1);
  });
});
