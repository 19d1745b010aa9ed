import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GlossaryEntry } from '../../../src/glossary/types';
import { startPageHighlighter, type PageHighlighter } from '../../../src/highlight/page-highlighter';
import { compileMatcher, formsOf } from '../../../src/matching';
import type { ReadingDensity } from '../../../src/settings/settings';
import { MARK_CLASS, SKIP_ATTRIBUTE, TERM_ATTRIBUTE, TERM_SELECTOR } from '../../../src/contracts/dom';

function entry(id: string, term: string, extra: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return { id, term, aliases: [], category: 'types', short: 's', long: 'long', related: [], sources: ['mayo-dystonia'], ...extra };
}

const matcher = compileMatcher(
  formsOf([
    entry('dystonia', 'dystonia', { aliases: ['dystonias'] }),
    entry('cervical-dystonia', 'cervical dystonia', { abbreviations: ['CD'], contextGated: ['CD'] }),
    entry('putamen', 'putamen'),
    entry('stroke', 'stroke', { aliases: ['strokes'], contextGated: ['stroke', 'strokes'] }),
    entry('tremor', 'tremor', { aliases: ['tremors'], contextGated: true }),
  ]),
);

/** The DOM as a string that shows node boundaries: adjacent text nodes stay visible as separate items. */
function shape(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return JSON.stringify((node as Text).data);
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const el = node as Element;
  const attrs = [...el.attributes].map((a) => ` ${a.name}="${a.value}"`).join('');
  return `<${el.localName}${attrs}>${[...el.childNodes].map(shape).join('|')}</${el.localName}>`;
}

/** Test setup: parses markup (never page data) into the body. */
function setBody(html: string): void {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...parsed.body.childNodes);
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const marks = () => [...document.querySelectorAll<HTMLElement>(TERM_SELECTOR)];
const markedIds = () => marks().map((m) => m.dataset.glossaryTerm);

let highlighter: PageHighlighter | undefined;
let reported: Array<ReadonlyMap<string, number>>;

async function start(html: string, density: ReadingDensity = 'every'): Promise<PageHighlighter> {
  setBody(html);
  reported = [];
  highlighter = await startPageHighlighter(document, matcher, { density, onCounts: (c) => reported.push(c) });
  await highlighter.idle();
  return highlighter;
}

/** Lets the MutationObserver deliver, then waits for the pass it starts. */
async function afterChange(): Promise<void> {
  await settle();
  await highlighter!.idle();
}

beforeEach(() => {
  performance.clearMeasures();
});
afterEach(() => {
  highlighter?.stop();
  highlighter = undefined;
  document.body.replaceChildren();
});

describe('startPageHighlighter: first pass', () => {
  it('wraps every glossary term in the public mark and reports counts', async () => {
    const h = await start('<p>Cervical dystonia is a dystonia. The <em>putamen</em> too.</p>');
    expect(markedIds()).toEqual(['cervical-dystonia', 'dystonia', 'putamen']);
    expect(marks().every((m) => m.classList.contains(MARK_CLASS))).toBe(true);
    expect(Object.fromEntries(h.counts())).toEqual({ 'cervical-dystonia': 1, dystonia: 1, putamen: 1 });
    expect(Object.fromEntries(reported.at(-1)!)).toEqual({ 'cervical-dystonia': 1, dystonia: 1, putamen: 1 });
    expect(document.body.textContent).toBe('Cervical dystonia is a dystonia. The putamen too.');
  });

  it('stops highlighting ahead of the reader at the eager limit, but still highlights what the page adds', async () => {
    setBody(Array.from({ length: 300 }, (_, i) => `<p id="p${i}">dystonia</p>`).join(''));
    highlighter = await startPageHighlighter(document, matcher, { density: 'every', eagerMarkLimit: 100 });
    await highlighter.idle();
    // The limit is checked between batches of text nodes, so a batch may pass it.
    expect(marks().length).toBeGreaterThanOrEqual(100);
    expect(marks().length).toBeLessThan(300);
    expect(document.querySelector('#p299 mark')).toBeNull();
    document.body.append(Object.assign(document.createElement('p'), { id: 'added', textContent: 'the putamen' }));
    await afterChange();
    expect(document.querySelector(`#added ${TERM_SELECTOR}[${TERM_ATTRIBUTE}="putamen"]`)).not.toBeNull();
  });

  it('counts its passes, and records User Timing measures only when asked (benchmark builds)', async () => {
    performance.clearMeasures();
    const h = await start('<p>dystonia</p>');
    expect(h.passes).toBe(1);
    expect(performance.getEntriesByName('glossary:highlight', 'measure')).toEqual([]);
    h.stop();
    setBody('<p>dystonia</p>');
    highlighter = await startPageHighlighter(document, matcher, { density: 'every', timing: true });
    await highlighter.idle();
    expect(performance.getEntriesByName('glossary:highlight', 'measure').length).toBe(1);
  });

  it('skips excluded elements: editors, textboxes, code, opted-out regions', async () => {
    await start(
      '<p id="ok">dystonia</p><div contenteditable="true">dystonia</div><div role="textbox">putamen</div>' +
        `<code>dystonia</code><div ${SKIP_ATTRIBUTE}><span>putamen</span></div><div aria-hidden="true">dystonia</div>`,
    );
    expect(marks().map((m) => m.parentElement!.id)).toEqual(['ok']);
  });

  it('highlights inside open shadow roots', async () => {
    setBody('<p>dystonia</p><div id="host"></div>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.append(document.createElement('p'));
    shadow.firstElementChild!.textContent = 'the putamen';
    highlighter = await startPageHighlighter(document, matcher, { density: 'every' });
    await highlighter.idle();
    expect(shadow.querySelector(`${TERM_SELECTOR}[${TERM_ATTRIBUTE}="putamen"]`)).not.toBeNull();
    expect(Object.fromEntries(highlighter.counts())).toEqual({ dystonia: 1, putamen: 1 });
  });

  it('highlights inside a web component the page adds later, its host being the added node', async () => {
    await start('<p>dystonia</p>');
    const host = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(Object.assign(document.createElement('p'), { textContent: 'the putamen' }));
    document.body.append(host);
    await afterChange();
    expect(host.shadowRoot!.querySelector(`${TERM_SELECTOR}[${TERM_ATTRIBUTE}="putamen"]`)).not.toBeNull();
  });

  it('never wraps text that is a direct child of a flex or grid container', async () => {
    await start(
      '<div id="flex" style="display:flex">dystonia<span>dystonia</span></div>' +
        '<div style="display:grid">putamen</div><div style="display:inline-flex"><p>putamen</p></div>',
    );
    expect(marks().map((m) => m.parentElement!.localName)).toEqual(['span', 'p']);
  });
});

describe('terms split by inline markup (issue #11)', () => {
  const split = compileMatcher(
    formsOf([
      entry('botulinum-toxin', 'botulinum toxin'),
      entry('deep-brain-stimulation', 'deep brain stimulation'),
      entry('basal-ganglia', 'basal ganglia'),
      entry('spasmodic-dysphonia', 'spasmodic dysphonia'),
      entry('spasm', 'spasm', { aliases: ['spasmodic'], contextGated: true }),
      entry('dysphonia', 'dysphonia'),
      entry('dystonia', 'dystonia'),
    ]),
  );
  const startSplit = async (html: string) => {
    setBody(html);
    highlighter = await startPageHighlighter(document, split, { density: 'every' });
    await highlighter.idle();
    return highlighter;
  };
  const occurrences = () => [...new Set(marks().map((m) => m.dataset.glossaryOccurrence))];

  it('is one occurrence, in several marks that share one occurrence id, counted once', async () => {
    const h = await startSplit(
      '<p id="a"><em>botulinum</em> toxin</p><p id="b"><b>deep</b> <i>brain stimulation</i></p>' +
        '<p id="c"><strong>basal</strong> <strong>ganglia</strong></p><p id="d">Spasmodic<br>dysphonia</p>',
    );
    expect(Object.fromEntries(h.counts())).toEqual({
      'botulinum-toxin': 1,
      'deep-brain-stimulation': 1,
      'basal-ganglia': 1,
      'spasmodic-dysphonia': 1,
    });
    expect(occurrences()).toHaveLength(4);
    for (const id of ['a', 'b', 'c', 'd']) {
      const inBlock = [...document.querySelectorAll<HTMLElement>(`#${id} mark`)];
      expect(inBlock.length, id).toBeGreaterThan(1);
      expect(new Set(inBlock.map((m) => m.dataset.glossaryOccurrence)).size, id).toBe(1);
    }
    // "Spasmodic" is not marked as spasm: the longer term across the line break wins.
    expect(markedIds()).not.toContain('spasm');
    expect(document.body.textContent).toBe('botulinum toxindeep brain stimulationbasal gangliaSpasmodicdysphonia');
  });

  it('never joins text across blocks or into excluded elements', async () => {
    const h = await startSplit('<ul><li>botulinum</li><li>toxin</li></ul><p>basal <code>x</code> ganglia</p>');
    expect(h.counts().size).toBe(0);
  });

  it("reads through soft hyphens and zero-width spaces, leaving the page's text byte for byte", async () => {
    await startSplit('<p>A dys\u00adto\u200bnia case.</p>');
    expect(markedIds()).toEqual(['dystonia']);
    expect(document.querySelector('p')!.textContent).toBe('A dys\u00adto\u200bnia case.');
  });

  it('undoes exactly: every node the page made is back, with its own text, and nothing else', async () => {
    setBody('<p><em>botulinum</em> toxin and <b>deep</b> <i>brain stimulation</i></p>');
    const before = shape(document.body);
    const nodes = [...document.querySelectorAll('p *, p')].flatMap((el) => [...el.childNodes]);
    highlighter = await startPageHighlighter(document, split, { density: 'every' });
    await highlighter.idle();
    expect(marks().length).toBeGreaterThan(2);
    highlighter.stop();
    expect(shape(document.body)).toBe(before);
    expect([...document.querySelectorAll('p *, p')].flatMap((el) => [...el.childNodes])).toEqual(nodes);
  });

  it('heals a split term when the page rewrites one of its pieces', async () => {
    await startSplit('<p><em id="e">botulinum</em> toxin</p>');
    expect(occurrences()).toHaveLength(1);
    document.getElementById('e')!.firstChild!.textContent = 'a';
    await afterChange();
    expect(document.querySelector('p')!.textContent).toBe('a toxin');
    expect(marks()).toEqual([]);
  });
});

describe('context gating', () => {
  it('leaves gated forms alone on a page with no ungated glossary term', async () => {
    const h = await start('<p>Brush the cake; a stroke of luck. Strokes, tremors and CD players.</p>');
    expect(marks()).toEqual([]);
    expect(h.counts().size).toBe(0);
    expect(reported.length).toBeGreaterThan(0);
  });

  it('highlights gated forms found before the page showed context, once it does', async () => {
    await start('<p>After a stroke, tremor.</p><p>Long text.</p><p>This is about dystonia.</p>');
    expect(markedIds()).toEqual(['stroke', 'tremor', 'dystonia']);
  });

  it('brings gated forms in when context arrives later, in added content', async () => {
    await start('<p>After a stroke.</p>');
    expect(marks()).toEqual([]);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Cervical dystonia.' }));
    await afterChange();
    expect(markedIds()).toEqual(['stroke', 'cervical-dystonia']);
  });
});

describe('reading density: once on the page', () => {
  it('highlights only the first occurrence of each entry, also across incremental passes', async () => {
    await start('<p>dystonia, dystonias, putamen</p><p>putamen</p>', 'page');
    expect(markedIds()).toEqual(['dystonia', 'putamen']);
    const p = document.createElement('p');
    p.textContent = 'dystonia again, and cervical dystonia';
    document.body.append(p);
    await afterChange();
    expect(markedIds()).toEqual(['dystonia', 'putamen', 'cervical-dystonia']);
  });

  it('highlights the next occurrence once the page removes the first', async () => {
    await start('<p id="a">putamen</p>', 'page');
    document.getElementById('a')!.remove();
    await afterChange();
    const p = document.createElement('p');
    p.textContent = 'putamen later';
    document.body.append(p);
    await afterChange();
    expect(markedIds()).toEqual(['putamen']);
    expect(Object.fromEntries(highlighter!.counts())).toEqual({ putamen: 1 });
  });
});

describe('reading density: once in each section', () => {
  const article = `
    <h1>Dystonia and the putamen</h1>
    <p>Dystonia starts here. Dystonia again.</p>
    <section><h2>Cervical dystonia</h2><div><p>Cervical dystonia and dystonia.</p></div><p>dystonia, putamen</p></section>
    <section><div><h3>Treatment</h3></div><p>Dystonia and cervical dystonia.</p></section>`;

  it('highlights each entry once after each heading, wherever the markup nests it, and leaves headings alone', async () => {
    await start(article, 'section');
    const sectionOf = (m: HTMLElement) => m.closest('section')?.querySelector('h2, h3')?.textContent ?? 'top';
    expect(marks().map((m) => [sectionOf(m), m.dataset.glossaryTerm])).toEqual([
      ['top', 'dystonia'],
      ['Cervical dystonia', 'cervical-dystonia'],
      ['Cervical dystonia', 'dystonia'],
      ['Cervical dystonia', 'putamen'],
      ['Treatment', 'dystonia'],
      ['Treatment', 'cervical-dystonia'],
    ]);
    expect(marks().some((m) => m.closest('h1, h2, h3'))).toBe(false);
  });

  it('highlights every occurrence, headings too, when the reader chose every time', async () => {
    await start(article, 'every');
    expect(marks().filter((m) => m.dataset.glossaryTerm === 'dystonia')).toHaveLength(6);
    expect(marks().some((m) => m.closest('h1'))).toBe(true);
  });

  it('highlights a section again when the page replaces its text, and text the page adds under a later heading', async () => {
    await start(article, 'section');
    const streamed = document.querySelector('section p')!;
    streamed.textContent = 'Cervical dystonia, rewritten by the page.';
    await afterChange();
    const h4 = document.createElement('h4');
    h4.textContent = 'Later';
    const p = document.createElement('p');
    p.textContent = 'putamen and dystonia';
    document.body.append(h4, p);
    await afterChange();
    // The rewritten paragraph has its term again; "dystonia" lost its highlight there and the
    // section's other, unchanged paragraph is not read again (as with every density).
    expect(document.querySelector('section p mark')?.textContent).toBe('Cervical dystonia');
    expect(Object.fromEntries(highlighter!.counts())).toEqual({ dystonia: 3, 'cervical-dystonia': 2, putamen: 2 });
    expect([...document.querySelectorAll('mark')].slice(-2).map((m) => m.textContent)).toEqual(['putamen', 'dystonia']);
  });
});

describe('dynamic pages', () => {
  it('highlights added text and keeps counts current', async () => {
    const h = await start('<p>dystonia</p>');
    const p = document.createElement('p');
    p.textContent = 'the putamen and dystonia';
    document.body.append(p);
    await afterChange();
    expect(Object.fromEntries(h.counts())).toEqual({ dystonia: 2, putamen: 1 });
    expect(Object.fromEntries(reported.at(-1)!)).toEqual({ dystonia: 2, putamen: 1 });
    p.remove();
    await afterChange();
    expect(Object.fromEntries(reported.at(-1)!)).toEqual({ dystonia: 1 });
  });

  it('does not react to its own mutations (no feedback loop)', async () => {
    const h = await start('<p>dystonia and putamen</p>'.repeat(20));
    const passes = h.passes;
    await settle();
    await settle();
    expect(h.passes).toBe(passes);
  });

  it('heals when the page rewrites a text node it holds: no stale fragments, new text highlighted', async () => {
    await start('<p id="p">Cervical dystonia affects the putamen area.</p>');
    const own = document.getElementById('p')!.firstChild as Text; // the node a framework would hold
    expect(marks().length).toBe(2);
    own.data = 'Now only the putamen.';
    await afterChange();
    expect(document.getElementById('p')!.textContent).toBe('Now only the putamen.');
    expect(markedIds()).toEqual(['putamen']);
  });

  it('drops leftover fragments when the page removes a text node it holds', async () => {
    await start('<p id="p">Cervical dystonia affects the putamen area.</p>');
    const p = document.getElementById('p')!;
    p.removeChild(p.firstChild!);
    await afterChange();
    expect(p.textContent).toBe('');
    expect(highlighter!.counts().size).toBe(0);
  });

  it('removes highlights from a region that becomes editable, restoring its text nodes', async () => {
    await start('<div id="d"><p>dystonia here</p></div>');
    const before = '<p>"dystonia here"</p>';
    document.getElementById('d')!.setAttribute('contenteditable', 'true');
    await afterChange();
    expect([...document.getElementById('d')!.childNodes].map(shape).join('')).toBe(before);
  });
});

describe('stop()', () => {
  it('restores the original DOM exactly: same nodes, same data, adjacent text nodes not merged', async () => {
    setBody('<p id="p">x</p><a href="#t">putamen</a>');
    const p = document.getElementById('p')!;
    p.replaceChildren('Dystonia and ', 'cervical dystonia', ' and the putamen, dystonia.', '');
    const original = [...p.childNodes];
    const before = shape(document.body);
    highlighter = await startPageHighlighter(document, matcher, { density: 'every' });
    await highlighter.idle();
    expect(marks().length).toBe(5);
    expect(shape(document.body)).not.toBe(before);
    highlighter.stop();
    expect(shape(document.body)).toBe(before);
    expect([...p.childNodes]).toEqual(original);
  });
});

describe('the eager limit on a page that yields after every run (code review F1)', () => {
  let highlighter: PageHighlighter | null = null;
  afterEach(() => {
    highlighter?.stop();
    document.body.replaceChildren();
    vi.restoreAllMocks();
  });

  it('leaves no paragraph half done: what is highlighted ahead of the reader is whole paragraphs, in reading order, and the rest untouched', async () => {
    // Each reading of the clock is 5 ms later than the last: every slice is spent after one
    // run, so the walk yields as often as it ever can, whatever this machine's speed. The
    // drop F1 describes happened exactly at those yields.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 5));
    setBody(Array.from({ length: 120 }, (_, i) => `<p id="p${i}">dystonia, putamen and dystonia again</p>`).join(''));
    highlighter = await startPageHighlighter(document, matcher, { density: 'every', eagerMarkLimit: 100 });
    await highlighter.idle();
    const perParagraph = Array.from({ length: 120 }, (_, i) => document.querySelectorAll(`#p${i} mark`).length);
    expect(perParagraph.every((n) => n === 0 || n === 3)).toBe(true);
    const done = perParagraph.filter((n) => n === 3).length;
    expect(done).toBeGreaterThanOrEqual(Math.ceil(100 / 3));
    expect(done).toBeLessThan(120);
    // Reading order: a prefix of the page, with no hole a later scroll pass would skip.
    expect(perParagraph.slice(0, done).every((n) => n === 3)).toBe(true);
    expect(perParagraph.slice(done).every((n) => n === 0)).toBe(true);
  });
});
