import { describe, expect, it } from 'vitest';
import { isInHeading, SectionFinder } from '../../../src/highlight/reading-sections';

function body(html: string): void {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...parsed.body.childNodes);
}
const textIn = (selector: string) => document.querySelector(selector)!.firstChild!;

describe('SectionFinder', () => {
  it('gives each text the heading before it in document order, across nesting', () => {
    body(`<p id="intro">intro</p>
      <div><div><h2 id="a">A</h2></div></div>
      <p id="under-a">one</p>
      <section><p id="nested">two</p><article><h3 id="b">B</h3><div><p id="under-b">three</p></div></article></section>
      <p id="after">four</p>`);
    const finder = new SectionFinder();
    expect(finder.sectionOf(textIn('#intro'))).toBeNull();
    expect(finder.sectionOf(textIn('#under-a'))?.id).toBe('a');
    expect(finder.sectionOf(textIn('#nested'))?.id).toBe('a');
    expect(finder.sectionOf(textIn('#under-b'))?.id).toBe('b');
    expect(finder.sectionOf(textIn('#after'))?.id).toBe('b');
  });

  it('counts ARIA headings, and text inside a heading belongs to that heading', () => {
    body(`<div role="heading" aria-level="2" id="h">Title <em id="in">word</em></div><p id="p">text</p>`);
    const finder = new SectionFinder();
    expect(finder.sectionOf(textIn('#in'))?.id).toBe('h');
    expect(finder.sectionOf(textIn('#p'))?.id).toBe('h');
  });

  it('answers a page of many paragraphs without a heading in one step each (answers remembered)', () => {
    body(Array.from({ length: 2000 }, (_, i) => `<p id="p${i}">text ${i}</p>`).join(''));
    const finder = new SectionFinder();
    const paragraphs = [...document.querySelectorAll('p')];
    let queries = 0;
    for (const p of paragraphs) {
      const original = p.querySelectorAll.bind(p);
      p.querySelectorAll = (s: string) => (queries++, original(s));
    }
    for (const p of paragraphs) expect(finder.sectionOf(p.firstChild!)).toBeNull();
    // Each paragraph is looked into once, as the previous sibling of the next.
    expect(queries).toBe(paragraphs.length - 1);
  });
});

describe('isInHeading', () => {
  it('is true for text in h1-h6 and role=heading, false elsewhere', () => {
    body(`<h1 id="a"><span id="s">x</span></h1><p id="p">y</p><div role="heading" id="r">z</div>`);
    expect(isInHeading(textIn('#s'))).toBe(true);
    expect(isInHeading(textIn('#r'))).toBe(true);
    expect(isInHeading(textIn('#p'))).toBe(false);
  });
});
