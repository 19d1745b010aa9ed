import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchForCandidateText, type CandidateWatch } from '../../../src/content/candidate-text';

/** Idle callbacks wait in a queue the test runs to the end: nothing depends on the machine's speed. */
const idleQueue: Array<() => void> = [];
const idle = (run: () => void) => void idleQueue.push(run);
/** Lets mutation records arrive, then runs every idle callback, including those they schedule. */
async function settle(): Promise<void> {
  await Promise.resolve();
  for (let run = idleQueue.shift(); run; run = idleQueue.shift()) run();
}
const holdsTerm = (text: string) => /\bdystonia\b/i.test(text);
const scanFor = (holds: (text: string) => boolean) => ({ read: holds });
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

  it('hands every text node over as it is, in order, and stops reading once stopped', async () => {
    setBody(Array.from({ length: 2000 }, (_, i) => `<p>paragraph ${i} of ordinary text</p>`).join(''));
    const seen: string[] = [];
    start(vi.fn(), (text) => {
      seen.push(text);
      return false;
    });
    await settle();
    expect(seen).toHaveLength(2000);
    expect(seen.at(-1)).toBe('paragraph 1999 of ordinary text');
    watch!.stop();
    const before = seen.length;
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'more' }));
    await settle();
    expect(seen.length).toBe(before);
  });
});
