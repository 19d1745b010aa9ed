/**
 * "Try these settings" (issue #15): a few words drawn like highlighted terms beside the timing
 * sliders. Resting the pointer on one opens a stand-in for its explanation with the timing the
 * form shows now, saved or not, by the popover's own rule: the hover-intent reducer
 * (src/popover/hover-intent.ts) driven as src/popover/term-interactions.ts drives it on pages.
 * A second timing rule here could teach values that behave differently on pages.
 *
 * As on pages: a click on a word (or Enter or Space on it) keeps it open, and hover never
 * replaces it then; Esc or a click elsewhere closes it; a pointer that leaves both word and
 * box closes it after the exit grace period. What opened it is said in words, so the user can
 * tell a rest from "open anyway". Not reproduced: the safe corridor towards the explanation
 * (the box is right under the words) and the judging of presses (steady-press.ts). DOM only.
 */
import { t, type MessageKey } from '../i18n/message';
import {
  claimHoverIntent,
  initialHoverIntent,
  nextHoverIntentDeadline,
  reduceHoverIntent,
  type HoverIntentConfig,
  type HoverIntentEvent,
  type HoverIntentState,
} from '../popover/hover-intent';
import { h } from '../ui/dom';
import { secondsInWords } from './timing-words';

export interface TestTiming extends HoverIntentConfig {
  exitGraceMs: number;
}

export interface TimingTestArea {
  element: HTMLElement;
}

const WORDS: readonly MessageKey[] = ['testTermPutamen', 'testTermDystonia', 'testTermTremor'];

type OpenedBy = 'rest' | 'fallback' | 'pin';

export function createTimingTestArea(doc: Document, timing: () => TestTiming, now: () => number = () => performance.now()): TimingTestArea {
  const boxId = 'timing-test-explanation';
  const terms = WORDS.map((key) =>
    h(doc, 'span', {
      className: 'test-term',
      text: t(key),
      attrs: { tabindex: '0', role: 'button', 'aria-expanded': 'false', 'aria-controls': boxId },
    }),
  );
  const boxTitle = h(doc, 'p', { className: 'test-explanation-title' });
  const box = h(doc, 'div', { className: 'test-explanation', attrs: { id: boxId } }, boxTitle, h(doc, 'p', { text: t('testExplanation') }));
  box.hidden = true;
  const how = h(doc, 'p', { className: 'test-how' });
  const element = h(
    doc,
    'div',
    { className: 'timing-test', attrs: { role: 'group', 'aria-labelledby': 'timing-test-title' } },
    h(doc, 'h3', { text: t('testAreaTitle'), attrs: { id: 'timing-test-title' } }),
    h(doc, 'p', { className: 'hint', text: t('testAreaHint') }),
    h(doc, 'p', { className: 'test-words' }, ...terms.flatMap((term, i) => (i === 0 ? [term] : [' ', term]))),
    h(doc, 'div', { className: 'test-result', attrs: { 'aria-live': 'polite' } }, box, how),
  );

  let intent: HoverIntentState<HTMLElement> = initialHoverIntent();
  let intentTimer: ReturnType<typeof setTimeout> | undefined;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  let opened: { term: HTMLElement; pinned: boolean } | null = null;

  const intentConfig = (): HoverIntentConfig => {
    const { radius, restMs, fallbackMs } = timing();
    return { radius, restMs, fallbackMs };
  };
  const termAt = (target: EventTarget | null) => terms.find((term) => term.contains(target as Node | null)) ?? null;

  const cancelGrace = () => {
    clearTimeout(graceTimer);
    graceTimer = undefined;
  };
  const open = (term: HTMLElement, by: OpenedBy) => {
    cancelGrace();
    for (const other of terms) other.setAttribute('aria-expanded', String(other === term));
    opened = { term, pinned: by === 'pin' };
    const word = term.textContent ?? '';
    boxTitle.textContent = word;
    box.hidden = false;
    const { restMs, fallbackMs } = timing();
    if (by === 'rest') how.textContent = t('testOpenedRest', [word, secondsInWords(restMs)]);
    else if (by === 'fallback') how.textContent = t('testOpenedFallback', [word, secondsInWords(fallbackMs)]);
    else how.textContent = t('testPinned', word);
  };
  const close = (message: string) => {
    cancelGrace();
    if (!opened) return;
    opened.term.setAttribute('aria-expanded', 'false');
    opened = null;
    box.hidden = true;
    how.textContent = message;
  };
  const startGrace = () => {
    if (graceTimer !== undefined || !opened || opened.pinned) return;
    const graceMs = timing().exitGraceMs;
    graceTimer = setTimeout(() => {
      graceTimer = undefined;
      if (!opened || opened.pinned) return;
      close(t('testClosedAway', secondsInWords(graceMs)));
      // As on pages: resting on the word again reopens it.
      intent = reduceHoverIntent(intent, { type: 'closed-away' }, intentConfig()).state;
    }, graceMs);
  };

  const step = (event: HoverIntentEvent<HTMLElement>) => {
    const config = intentConfig();
    const before = intent;
    const result = reduceHoverIntent(intent, event, config);
    intent = result.state;
    clearTimeout(intentTimer);
    if (result.open) {
      if (opened?.pinned) return;
      // The same rule without its fallback says whether the rest alone opened it.
      const byRest = reduceHoverIntent(before, event, { ...config, fallbackMs: Infinity }).open !== undefined;
      open(result.open, byRest ? 'rest' : 'fallback');
      return;
    }
    const deadline = nextHoverIntentDeadline(intent, config);
    if (deadline !== null) intentTimer = setTimeout(() => step({ type: 'tick', t: now() }), Math.max(0, deadline - now()));
  };

  const onPointer = (e: PointerEvent, leaving: boolean) => {
    // Touch has no hover: a tap is a click, which keeps it open.
    if (e.pointerType === 'touch') return;
    const term = leaving ? null : termAt(e.target);
    step({ type: 'pointer', target: term, x: e.clientX, y: e.clientY, t: now() });
    const onOpened = opened !== null && (term === opened.term || (!leaving && box.contains(e.target as Node | null)));
    if (onOpened) cancelGrace();
    else startGrace();
  };
  element.addEventListener('pointermove', (e) => onPointer(e, false));
  // Past the area's edge no samples come: the pointer is off the words from there.
  element.addEventListener('pointerleave', (e) => onPointer(e, true));

  const pin = (term: HTMLElement) => {
    intent = claimHoverIntent(intent, term);
    if (intent.kind !== 'dwelling') clearTimeout(intentTimer);
    open(term, 'pin');
  };
  for (const term of terms) {
    term.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      pin(term);
    });
  }
  doc.addEventListener('click', (e) => {
    const term = termAt(e.target);
    if (term) pin(term);
    // A press inside the open explanation keeps it, as on pages.
    else if (opened && box.contains(e.target as Node | null)) pin(opened.term);
    else if (opened) close(t('testClosed'));
  });
  doc.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && opened) close(t('testClosed'));
  });

  return { element };
}
