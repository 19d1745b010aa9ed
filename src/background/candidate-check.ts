/**
 * The background's answer to a frame's first stage (issue #13): could this batch of the
 * frame's text (src/content/candidate-text.ts) hold a glossary term? The scan runs here, warm,
 * for every frame, instead of cold in each frame: the prefilter (src/matching/term-prefilter.ts)
 * of the built-in glossary and, where the frame may show them, of the user's own terms.
 *
 * The batch comes from our own content script, but is read as untrusted data all the same: a
 * request of any other shape is refused where it arrives (src/contracts/message-validation.ts)
 * and gets no answer, which the first stage takes as "yes" and loads the engine, whose own
 * checks then apply. Pure: no browser API.
 */
import type { TextBatch } from '../contracts/messages';
import { prefilterScan, type Prefilter } from '../matching/term-prefilter';

/** Reads the carry, then each text, with one scan (so forms' first words may run across them). */
function streamHolds(carry: string, texts: readonly string[], prefilters: readonly Prefilter[]): boolean {
  const scan = prefilterScan(prefilters);
  if (carry && scan.read(carry)) return true;
  return texts.some((text) => scan.read(text));
}

/** Whether the batch's text, read as it is or joined where letters meet, holds the first words of some form. */
export function batchMayHoldTerm(batch: TextBatch, prefilters: readonly Prefilter[]): boolean {
  return (
    streamHolds(batch.carry, batch.texts, prefilters) ||
    (batch.joined.length > 0 && streamHolds(batch.joinedCarry, batch.joined, prefilters))
  );
}
