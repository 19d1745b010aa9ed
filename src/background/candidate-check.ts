/**
 * The background's answer to a frame's first stage (issue #13): could this batch of the
 * frame's text (src/content/candidate-text.ts) hold a glossary term? The scan runs here, warm,
 * for every frame, instead of cold in each frame: the prefilter (src/matching/term-prefilter.ts)
 * of the built-in glossary and, where the frame may show them, of the user's own terms.
 *
 * The batch comes from our own content script, but is read as untrusted data all the same:
 * anything but the shape it should have answers "yes", which loads the engine, whose own
 * checks then apply. Pure: no browser API.
 */
import type { TextBatch } from '../contracts/messages';
import { prefilterScan, type Prefilter } from '../matching/term-prefilter';

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

function isTextBatch(v: unknown): v is TextBatch {
  if (typeof v !== 'object' || v === null) return false;
  const b = v as Record<string, unknown>;
  return typeof b.carry === 'string' && typeof b.joinedCarry === 'string' && isStrings(b.texts) && isStrings(b.joined);
}

/** Reads the carry, then each text, with one scan (so forms' first words may run across them). */
function streamHolds(carry: string, texts: readonly string[], prefilters: readonly Prefilter[]): boolean {
  const scan = prefilterScan(prefilters);
  if (carry && scan.read(carry)) return true;
  return texts.some((text) => scan.read(text));
}

/** Whether the batch's text, read as it is or joined where letters meet, holds the first words of some form. */
export function batchMayHoldTerm(batch: unknown, prefilters: readonly Prefilter[]): boolean {
  if (!isTextBatch(batch)) return true;
  return (
    streamHolds(batch.carry, batch.texts, prefilters) ||
    (batch.joined.length > 0 && streamHolds(batch.joinedCarry, batch.joined, prefilters))
  );
}
