/**
 * The first screen of highlights would otherwise be the code's first run on the page: V8
 * compiles each function on its first call and runs it slowly until it is warm, which
 * made the first screen take ~26 ms instead of ~11 (medians of 8 runs of the benchmark
 * article, each in a fresh renderer, Chromium 156). Highlighting a small detached document
 * a few times while the page is still loading (the content script starts at
 * document_start) moves that cost out of the way. The sample, plain text and link text,
 * is never attached to the page and leaves nothing behind.
 */
import type { Matcher } from '../matching';
import { startPageHighlighter } from './page-highlighter';

const SAMPLE = [
  'Cervical dystonia (CD) and writer’s cramp involve the basal ganglia and the putamen.',
  'Botulinum toxin, trihexyphenidyl and deep brain stimulation treat dystonia.',
];

/** Returns how many highlights the sample got (they are removed again): the code paths really ran. */
export async function warmUpHighlighting(matcher: Matcher): Promise<number> {
  // A few rounds: V8 optimises a function after some calls, not after the first.
  let marks = 0;
  for (let round = 0; round < 3; round++) marks = await warmUpOnce(matcher);
  return marks;
}

async function warmUpOnce(matcher: Matcher): Promise<number> {
  const doc = document.implementation.createHTMLDocument('');
  for (const text of SAMPLE) {
    const paragraph = doc.body.appendChild(doc.createElement('p'));
    paragraph.append(text, doc.createElement('a'));
    paragraph.lastChild!.textContent = text;
  }
  const highlighter = await startPageHighlighter(doc, matcher, { firstOccurrenceOnly: false, timing: false });
  await highlighter.idle();
  const marks = [...highlighter.counts().values()].reduce((sum, n) => sum + n, 0);
  highlighter.stop();
  return marks;
}
