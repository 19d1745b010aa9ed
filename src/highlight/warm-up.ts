/**
 * The first screen of highlights would otherwise be the code's first run on the page: V8
 * compiles each function on its first call and runs it slowly until it is warm, which
 * made the first screen take ~20 ms instead of ~8 (Chromium 156, measured with the
 * benchmark page in a fresh renderer). Highlighting a small detached document once, while
 * the page is still loading (the content script starts at document_start), moves that
 * cost out of the way. The sample is never attached to the page and leaves nothing behind.
 */
import type { Matcher } from '../matching';
import { startPageHighlighter } from './page-highlighter';

const SAMPLE = [
  'Cervical dystonia (CD) and writer’s cramp involve the basal ganglia and the putamen.',
  'Botulinum toxin, trihexyphenidyl and deep brain stimulation treat dystonia.',
];

/** Returns how many highlights the sample got (they are removed again): the code paths really ran. */
export async function warmUpHighlighting(matcher: Matcher): Promise<number> {
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
