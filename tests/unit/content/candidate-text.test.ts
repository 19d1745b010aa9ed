import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchForCandidateText, type CandidateWatch } from '../../../src/content/candidate-text';

/** Idle callbacks run as zero-delay timers: the test decides nothing about timing. */
const idle = (run: () => void) => void setTimeout(run, 0);
const holdsTerm = (text: string) => /\bdystonia\b/i.test(text);
const settle = () => new Promise((r) => setTimeout(r, 20));

describe('watching a frame for text that could hold a term (the first stage)', () => {
  let watch: CandidateWatch | null = null;
  afterEach(() => {
    watch?.stop();
    document.body.innerHTML = '';
  });

  const start = (onFound = vi.fn(), mayHold = holdsTerm) => {
    watch = watchForCandidateText(document, mayHold, onFound, idle);
    return onFound;
  };

  it('finds a term in the text the page shows, once', async () => {
    document.body.innerHTML = '<p>Nothing here.</p><p>Cervical <b>dystonia</b> is common.</p>';
    const found = start();
    await settle();
    expect(found).toHaveBeenCalledTimes(1);
    expect(watch!.settled).toBe(false);
  });

  it('reads a term-less page to the end, then settles and waits', async () => {
    document.body.innerHTML = '<p>Only the weather today.</p>';
    const found = start();
    await settle();
    expect(found).not.toHaveBeenCalled();
    expect(watch!.settled).toBe(true);
  });

  it('finds what the page adds later: a new element, and text streamed into an existing node', async () => {
    document.body.innerHTML = '<p id="p">Loading</p>';
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
    document.body.innerHTML = '<script>var dystonia = 1</script><style>.dystonia{}</style><template><p>dystonia</p></template><div id="host"></div>';
    const found = start();
    await settle();
    expect(found).not.toHaveBeenCalled();
    watch!.stop();
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>focal dystonia</p>';
    const again = start();
    await settle();
    expect(again).toHaveBeenCalledTimes(1);
  });

  it('hands long text over in chunks, and stops reading once stopped', async () => {
    document.body.innerHTML = Array.from({ length: 2000 }, (_, i) => `<p>paragraph ${i} of ordinary text</p>`).join('');
    const seen: string[] = [];
    start(vi.fn(), (text) => {
      seen.push(text);
      return false;
    });
    await settle();
    await settle();
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.join('')).toContain('paragraph 1999 of');
    watch!.stop();
    const before = seen.length;
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'more' }));
    await settle();
    expect(seen.length).toBe(before);
  });
});
