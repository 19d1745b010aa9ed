import { afterEach, describe, expect, it, vi } from 'vitest';
import { batchMayHoldTerm } from '../../../src/background/candidate-check';
import { carryOf, joinedWhereLettersMeet, watchForCandidateText, type CandidateWatch } from '../../../src/content/candidate-text';
import type { TextBatch } from '../../../src/contracts/messages';
import { decodePrefilter, encodePrefilter } from '../../../src/matching/term-prefilter';

/** Idle callbacks wait in a queue the test runs to the end: nothing depends on the machine's speed. */
const idleQueue: Array<() => void> = [];
const idle = (run: () => void) => void idleQueue.push(run);
/** Lets mutation records and checks' answers arrive, then runs the next idle callback, until none is left. */
async function settle(): Promise<void> {
  for (;;) {
    await new Promise((done) => setTimeout(done, 0));
    const run = idleQueue.shift();
    if (!run) return;
    run();
  }
}
const holdsTerm = (text: string) => /\bdystonia\b/i.test(text);
/** Every batch checked, in order; `plain` and `joined`: their texts (carries left out), as read. */
let batches: TextBatch[] = [];
const plain = () => batches.flatMap((b) => b.texts);
const joined = () => batches.flatMap((b) => b.joined);
/** A check that answers with `holds` on any text of the batch, its carries included. */
const checkFor = (holds: (text: string) => boolean) => async (batch: TextBatch) => {
  batches.push(batch);
  return [batch.carry, ...batch.texts, batch.joinedCarry, ...batch.joined].some(holds);
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
    batches = [];
  });

  const start = (onFound = vi.fn(), mayHold = holdsTerm) => {
    watch = watchForCandidateText(document, checkFor(mayHold), onFound, idle);
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

  it('never reads what the user writes in an editor: not its text, not what is typed into it', async () => {
    setBody(
      '<div contenteditable="true" id="editor"><p id="typed">my own dystonia notes</p></div><div role="textbox">dystonia</div><div contenteditable="false">nothing</div>',
    );
    const found = start();
    await settle();
    expect(found).not.toHaveBeenCalled();
    expect(plain().join(' ')).not.toMatch(/dystonia/);
    (document.getElementById('typed')!.firstChild as Text).appendData(' and more dystonia');
    document.getElementById('editor')!.append(Object.assign(document.createElement('p'), { textContent: 'a new dystonia line' }));
    await settle();
    expect(found).not.toHaveBeenCalled();
    expect(plain().join(' ')).not.toMatch(/dystonia/);
  });

  it('hands the text over in bounded chunks, every node once and in order, a space between nodes, and stops reading once stopped', async () => {
    setBody(Array.from({ length: 2000 }, (_, i) => `<p>paragraph ${i} of ordinary text.</p>`).join(''));
    start(vi.fn(), () => false);
    await settle();
    expect(joined()).toEqual([]);
    const seen = plain();
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
    expect(plain()).toEqual(['Treatments dystonia']);
  });

  it('never cuts a chunk where letters meet, so a word spread over thousands of nodes is read whole', async () => {
    // 1,000 nodes of ten letters each, no space: well past a chunk's 8,000 characters.
    const pieces = Array.from({ length: 1_000 }, (_, i) => `${'x'.repeat(9)}${i % 10}`);
    const letters = pieces.join('') + 'dystonia';
    setBody(`<p>${pieces.map((piece) => `<span>${piece}</span>`).join('')}dystonia and more</p>`);
    start(vi.fn(), () => false);
    await settle();
    expect(joined().some((text) => text.includes(letters))).toBe(true);
  });

  it('reads a huge text node a chunk at a time, cut between words, and finds a form across the cut', async () => {
    // "cervical" ends at character 8,000, where the first cut falls.
    const text = `${'a '.repeat(3_996)}cervical dystonia ${'b '.repeat(10_000)}`;
    setBody(`<p>${text}</p>`);
    start(vi.fn(), () => false);
    await settle();
    expect(plain().length).toBeGreaterThan(2);
    expect(plain()[0]!.endsWith('cervical')).toBe(true);
    expect(plain().join('')).toBe(text);
    watch!.stop();
    const table = decodePrefilter(encodePrefilter(['cervical dystonia']));
    const found = vi.fn();
    watch = watchForCandidateText(document, async (batch) => batchMayHoldTerm(batch, [table]), found, idle);
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

  it('reads nothing more while a batch is being checked, then goes on with what the page added meanwhile', async () => {
    setBody('<p>First words.</p>');
    let answer: (holds: boolean) => void = () => undefined;
    const found = vi.fn();
    watch = watchForCandidateText(document, (batch) => (batches.push(batch), new Promise((done) => (answer = done))), found, idle);
    await settle();
    expect(plain()).toEqual(['First words.']);
    expect(watch.settled).toBe(false);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'about dystonia' }));
    await settle();
    // The page's addition waits for the answer about the first batch.
    expect(batches).toHaveLength(1);
    answer(false);
    await settle();
    expect(plain()).toEqual(['First words.', 'about dystonia']);
    // Each batch begins with the end of the one before: a form's first words may run across them.
    expect(batches[1]!.carry).toBe('First words.');
    answer(true);
    await settle();
    expect(found).toHaveBeenCalledTimes(1);
  });

  it('counts a check that fails as a yes (the engine then finds out)', async () => {
    setBody('<p>Only the weather today.</p>');
    const found = vi.fn();
    watch = watchForCandidateText(document, () => Promise.reject(new Error('no background')), found, idle);
    await settle();
    expect(found).toHaveBeenCalledTimes(1);
  });

  it("carries the end of a batch into the next, from a word's start", () => {
    expect(carryOf('short text')).toBe('short text');
    const long = `${'word '.repeat(100)}cervical`;
    const carried = carryOf(long);
    expect(long.endsWith(carried)).toBe(true);
    expect(carried.length).toBeLessThanOrEqual(256);
    expect(carried.endsWith(' word cervical')).toBe(true);
    // Cut between words: no piece of a word begins it.
    expect(carried.startsWith(' ')).toBe(true);
  });
});
