/**
 * "Calibrate to my hand" (issue #15): the user rests the pointer on a target three times; the
 * samples go to src/calibration/hand-steadiness.ts, and the result is told in words with the
 * hover settings it suggests, saved only when the user chooses. DOM only.
 *
 * A rest begins when the pointer comes onto the target and lasts REST_MS whatever it does
 * (a resting mouse sends no events at all: a steady hand); the samples of the whole rest count,
 * including those off the target (a jerk), since the popover's own rule sees them too.
 */
import { measureHand, type CalibrationRest, type HandProposal, type PointerSample } from '../calibration/hand-steadiness';
import { t } from '../i18n/message';
import type { Settings } from '../settings/settings';
import { h } from '../ui/dom';

export const REST_MS = 3000;
export const RESTS = 3;

export interface CalibrationSection {
  element: HTMLElement;
}

const seconds = (ms: number) => (ms / 1000).toLocaleString(undefined, { maximumFractionDigits: 2 });

export function createCalibrationSection(
  doc: Document,
  current: () => Settings,
  apply: (proposal: HandProposal) => Promise<void>,
): CalibrationSection {
  const status = h(doc, 'p', { className: 'calibration-status', attrs: { 'aria-live': 'polite' } });
  const result = h(doc, 'div', { className: 'calibration-result', attrs: { 'aria-live': 'polite' } });
  const target = h(doc, 'div', { className: 'calibration-target', attrs: { 'aria-label': t('calibrationTarget'), role: 'img' } });
  const start = h(doc, 'button', { className: 'calibration-start', text: t('calibrationStart'), attrs: { type: 'button' } });
  target.hidden = true;

  let rests: CalibrationRest[] = [];
  let resting: { startedAt: number; samples: PointerSample[] } | null = null;
  let waitingToLeave = false;
  let running = false;
  /** The timer that ends the rest under way: cleared when the user starts again, or it would end the next rest early. */
  let restTimer: number | undefined;
  const view = doc.defaultView!;

  const onMove = (event: PointerEvent) => {
    if (!resting) return;
    // Every position the browser had, not only the last one of each frame.
    const events = typeof event.getCoalescedEvents === 'function' ? event.getCoalescedEvents() : [];
    for (const e of events.length > 0 ? events : [event]) resting.samples.push({ t: e.timeStamp, x: e.clientX, y: e.clientY });
  };
  const beginRest = (event: PointerEvent) => {
    if (!running || resting || waitingToLeave) return;
    resting = { startedAt: event.timeStamp, samples: [{ t: event.timeStamp, x: event.clientX, y: event.clientY }] };
    status.textContent = t('calibrationResting', [String(rests.length + 1), String(RESTS)]);
    restTimer = view.setTimeout(endRest, REST_MS);
  };
  const endRest = () => {
    if (!resting) return;
    rests.push({ startedAt: resting.startedAt, endedAt: resting.startedAt + REST_MS, samples: resting.samples });
    resting = null;
    if (rests.length < RESTS) {
      waitingToLeave = true;
      status.textContent = t('calibrationRestNext', [String(rests.length + 1), String(RESTS)]);
      return;
    }
    finish();
  };
  const finish = () => {
    running = false;
    target.hidden = true;
    doc.removeEventListener('pointermove', onMove);
    status.textContent = '';
    start.textContent = t('calibrationAgain');
    const measure = measureHand(rests);
    if (!measure) {
      result.replaceChildren(h(doc, 'p', { text: t('calibrationTooShort') }));
      return;
    }
    const now = current();
    const p = measure.proposal;
    const tremor =
      measure.tremorHz === null
        ? t('calibrationNoTremor')
        : t('calibrationTremor', [measure.tremorHz.toLocaleString(undefined, { maximumFractionDigits: 1 })]);
    const jerks =
      measure.jerksPerSecond < 0.1
        ? t('calibrationNoJerks')
        : t('calibrationJerks', [measure.jerksPerSecond.toLocaleString(undefined, { maximumFractionDigits: 1 })]);
    const same = p.hoverRadiusPx === now.hoverRadiusPx && p.hoverRestMs === now.hoverRestMs && p.hoverFallbackMs === now.hoverFallbackMs;
    const found = h(doc, 'p', {
      className: 'calibration-found',
      text: [t('calibrationWander', [String(Math.round(measure.wanderPx))]), tremor, jerks].join(' '),
    });
    if (same) {
      result.replaceChildren(found, h(doc, 'p', { className: 'calibration-proposal', text: t('calibrationSame') }));
      return;
    }
    const proposal = h(doc, 'p', {
      className: 'calibration-proposal',
      text: t('calibrationProposal', [
        String(p.hoverRadiusPx),
        String(now.hoverRadiusPx),
        seconds(p.hoverRestMs),
        seconds(now.hoverRestMs),
        seconds(p.hoverFallbackMs),
        seconds(now.hoverFallbackMs),
      ]),
    });
    const done = h(doc, 'p', { className: 'calibration-applied', attrs: { 'aria-live': 'polite' } });
    const use = h(doc, 'button', { className: 'calibration-apply', text: t('calibrationApply'), attrs: { type: 'button' } });
    // Saved at once, so the new values can be tried on any term; one press puts the old ones back.
    const previous: HandProposal = { hoverRadiusPx: now.hoverRadiusPx, hoverRestMs: now.hoverRestMs, hoverFallbackMs: now.hoverFallbackMs };
    const putBack = h(doc, 'button', {
      className: 'calibration-undo',
      text: t('calibrationPutBack', [String(previous.hoverRadiusPx), seconds(previous.hoverRestMs), seconds(previous.hoverFallbackMs)]),
      attrs: { type: 'button' },
    });
    putBack.hidden = true;
    use.addEventListener('click', () => {
      use.disabled = true;
      apply(p).then(
        () => {
          done.textContent = t('calibrationApplied');
          putBack.hidden = false;
        },
        () => (use.disabled = false),
      );
    });
    putBack.addEventListener('click', () => {
      putBack.disabled = true;
      apply(previous).then(
        () => {
          done.textContent = t('calibrationPutBackDone');
          putBack.hidden = true;
          use.disabled = false;
          use.focus();
        },
        () => (putBack.disabled = false),
      );
    });
    result.replaceChildren(found, proposal, use, done, putBack);
    use.focus();
  };

  start.addEventListener('click', () => {
    view.clearTimeout(restTimer);
    rests = [];
    resting = null;
    waitingToLeave = false;
    running = true;
    result.replaceChildren();
    target.hidden = false;
    status.textContent = t('calibrationRestFirst', [String(RESTS)]);
    doc.addEventListener('pointermove', onMove);
  });
  target.addEventListener('pointerenter', beginRest);
  // A pointer already on the target when a rest may begin starts it with its next move.
  target.addEventListener('pointermove', beginRest);
  target.addEventListener('pointerleave', () => (waitingToLeave = false));

  const element = h(
    doc,
    'section',
    { className: 'card calibration' },
    h(doc, 'h2', { text: t('sectionCalibration') }),
    h(doc, 'p', { text: t('calibrationIntro') }),
    start,
    status,
    target,
    result,
  );
  return { element };
}
