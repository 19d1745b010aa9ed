import { afterEach, describe, expect, it, vi } from 'vitest';
import { joinedWhereLettersMeet, watchForCandidateText, type CandidateWatch } from '../../../src/content/candidate-text';
import { decodePrefilter, encodePrefilter, prefilterScan } from '../../../src/matching/term-prefilter';

/** Idle callbacks wait in a queue the test runs to the end: nothing depends on the machine's speed. */
const idleQueue: Array<() => void> = [];
const idle = (run: () => void) => void idleQueue.push(run);
/** Lets mutation records arrive, then runs every idle callback, including those they schedule. */
async function settle(): Promise<void> {
  await Promise.resolve();
  for (let run = idleQueue.shift(); run; run = idleQueue.shift()) run();
}
const holdsTerm = (text: string) => /\bdystonia\b/i.test(text);
/** Scans that all answer with `holds`; `reads[k]` lists what the k-th scan made was given (the second reads where letters meet). */
let reads: string[][] = [];
const scanFor = (holds: (text: string) => boolean) => () => {
  const seen: string[] = [];
  reads.push(seen);
  return { read: (text: string) => (seen.push(text), holds(text)) };
};
/** Test setup: parses markup (never page data) into the body. */
function setBody(html: string): void {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...parsed.body.childNodes);
}

describe('watching a frame for text that could hold a term (the first stage)', () => {
  let watch: CandidateWatch | null = null;
  afterEach(() => {
    watch?.stop();
    document.body.replaceChildren();
    idleQueue.length = 0;
    reads = [];
  });

  const start = (onFound = vi.fn(), mayHold = holdsTerm) => {
    watch = watchForCandidateText(document, scanFor(mayHold), onFound, idle);
    return onFound;
  };

  it('finds a term in the text the page shows, once', async () => {
    setBody('<p>Nothing here.</p><p>Cervical <b>dystonia</b> is common.</p>');
    const found = start();
    await settle();
    expect(found).toHaveBeenCalledTimes(1);
    expect(watch!.settled).toBe(false);
  });

  it('reads a term-less page to the end, then settles and waits', async () => {
    setBody('<p>Only the weather today.</p>');
    const found = start();
    await settle();
    expect(found).not.toHaveBeenCalled();
    expect(watch!.settled).toBe(true);
  });

  it('finds what the page adds later: a new element, and text streamed into an existing node', async () => {
    setBody('<p id="p">Loading</p>');
    const found = start();
    await settle();
    expect(found).not.toHaveBeenCalled();
    document.body.append(Object.assign(document.createElement('div'), { textContent: 'still nothing' }));
    await settle();
    expect(found).not.toHaveBeenCalled();
    (document.getElementById('p')!.firstChild as Text).appendData(' about dystonia');
    await settle();
    expect(found).toHaveBeenCalledTimes(1);
  });

  it('ignores scripts, styles and templates, and reads open shadow roots', async () => {
    setBody('<script>var dystonia = 1</script><style>.dystonia{}</style><template><p>dystonia</p></template><div id="host"></div>');
    const found = start();
    await settle();
    expect(found).not.toHaveBeenCalled();
    watch!.stop();
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.append(Object.assign(document.createElement('p'), { textContent: 'focal dystonia' }));
    const again = start();
    await settle();
    expect(again).toHaveBeenCalledTimes(1);
  });

  it('hands the text over in bounded chunks, every node once and in order, a space between nodes, and stops reading once stopped', async () => {
    setBody(Array.from({ length: 2000 }, (_, i) => `<p>paragraph ${i} of ordinary text.</p>`).join(''));
    start(vi.fn(), () => false);
    await settle();
    expect(reads).toHaveLength(1);
    const seen = reads[0]!;
    expect(seen.join(' ') === Array.from({ length: 2000 }, (_, i) => `paragraph ${i} of ordinary text.`).join(' ')).toBe(true);
    expect(seen.length).toBeGreaterThan(3);
    // 8,000 characters of text, then the node that crosses it, and a space between nodes.
    for (const chunk of seen) expect(chunk.length).toBeLessThan(8_000 + 40 + 512);
    watch!.stop();
    const before = seen.length;
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'more' }));
    await settle();
    expect(seen.length).toBe(before);
  });

  it('reads letters that meet across two nodes as one word too ("<b>dys</b>tonia", a drop cap), as the highlighter does', async () => {
    setBody('<p>Nothing about it here.</p><p><span class="dropcap">D</span>ystonia is a movement disorder.</p>');
    const dropCap = start();
    await settle();
    expect(dropCap).toHaveBeenCalledTimes(1);
    watch!.stop();
    setBody('<p>A <b>dys</b>tonia page.</p>');
    const found = start();
    await settle();
    expect(found).toHaveBeenCalledTimes(1);
  });

  it('still reads two blocks as two words where no space parts them', async () => {
    setBody('<ul><li>Treatments</li><li>dystonia</li></ul>');
    const found = start();
    await settle();
    expect(found).toHaveBeenCalledTimes(1);
    expect(reads[0]).toEqual(['Treatments dystonia']);
  });

  it('never cuts a chunk where letters meet, so a word spread over thousands of nodes is read whole', async () => {
    // 1,000 nodes of ten letters each, no space: well past a chunk's 8,000 characters.
    const pieces = Array.from({ length: 1_000 }, (_, i) => `${'x'.repeat(9)}${i % 10}`);
    const letters = pieces.join('') + 'dystonia';
    setBody(`<p>${pieces.map((piece) => `<span>${piece}</span>`).join('')}dystonia and more</p>`);
    start(vi.fn(), () => false);
    await settle();
    expect(reads[1]!.some((text) => text.includes(letters))).toBe(true);
  });

  it('reads a huge text node a chunk at a time, cut between words, and finds a form across the cut', async () => {
    // "cervical" ends at character 8,000, where the first cut falls.
    const text = `${'a '.repeat(3_996)}cervical dystonia ${'b '.repeat(10_000)}`;
    setBody(`<p>${text}</p>`);
    start(vi.fn(), () => false);
    await settle();
    expect(reads[0]!.length).toBeGreaterThan(2);
    expect(reads[0]![0]!.endsWith('cervical')).toBe(true);
    expect(reads[0]!.join('')).toBe(text);
    watch!.stop();
    const table = decodePrefilter(encodePrefilter(['cervical dystonia']));
    const found = vi.fn();
    watch = watchForCandidateText(document, () => prefilterScan([table]), found, idle);
    await settle();
    expect(found).toHaveBeenCalledTimes(1);
  });

  it('reads again, joined, only the parts near a place where letters meet', () => {
    const parts = ['one.', 'two.', 'three.', 'four', 'teen', 'five.', 'six.', 'seven.', 'eight.'];
    const meetsAt = parts.map((_, i) => i === 4);
    expect(joinedWhereLettersMeet(parts, meetsAt)).toBe('two. three. fourteen five. six.');
    expect(joinedWhereLettersMeet(['a', 'b', 'c'], [false, true, true])).toBe('abc');
    expect(joinedWhereLettersMeet(['a.', 'b.'], [false, false])).toBe('');
  });
});
