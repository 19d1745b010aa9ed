import { describe, expect, it } from 'vitest';
import {
  claimHoverIntent,
  DEFAULT_HOVER_INTENT,
  growRestBox,
  initialHoverIntent,
  nextHoverIntentDeadline,
  reduceHoverIntent,
  type HoverIntentConfig,
  type HoverIntentState,
} from '../../../src/popover/hover-intent';
import { seededRandom } from '../../support/seeded-random';

/** One pointer sample: time (ms), position, and the term under it (null: plain text). */
interface Sample {
  t: number;
  x: number;
  y: number;
  target: string | null;
}

const FRAME = 1000 / 60;

/**
 * Feeds samples to the reducer the way term-interactions does: a `tick` at each deadline
 * the reducer asks for (a resting mouse sends no events), then the sample. After the last
 * sample the pointer rests until `until`. Returns every open with its time.
 */
function run(samples: Sample[], config: HoverIntentConfig = DEFAULT_HOVER_INTENT, until = samples.at(-1)!.t + 3000) {
  let state: HoverIntentState<string> = initialHoverIntent();
  const opens: { target: string; t: number }[] = [];
  const tickUntil = (limit: number) => {
    for (
      let deadline = nextHoverIntentDeadline(state, config);
      deadline !== null && deadline <= limit;
      deadline = nextHoverIntentDeadline(state, config)
    ) {
      const step = reduceHoverIntent(state, { type: 'tick', t: deadline }, config);
      state = step.state;
      if (step.open) opens.push({ target: step.open, t: deadline });
    }
  };
  for (const s of samples) {
    tickUntil(s.t);
    const step = reduceHoverIntent(state, { type: 'pointer', target: s.target, x: s.x, y: s.y, t: s.t }, config);
    state = step.state;
    if (step.open) opens.push({ target: step.open, t: s.t });
  }
  tickUntil(until);
  return { opens, state };
}

/** A term occupying a box on one line of text. */
const TERM = { id: 'putamen', left: 100, right: 180, top: 100, bottom: 120 };
const over = (x: number, y: number) => (x >= TERM.left && x <= TERM.right && y >= TERM.top && y <= TERM.bottom ? TERM.id : null);

/** A hand resting at (cx, cy) with uniform random jitter of ±amplitude px on each axis, sampled at 60 Hz. */
function jitter(seed: number, cx: number, cy: number, amplitude: number, ms: number, start = 0): Sample[] {
  const rnd = seededRandom(seed);
  const out: Sample[] = [];
  for (let t = start; t <= start + ms; t += FRAME) {
    const x = cx + (rnd() * 2 - 1) * amplitude;
    const y = cy + (rnd() * 2 - 1) * amplitude;
    out.push({ t, x, y, target: over(x, y) });
  }
  return out;
}

describe('hover intent: dwell', () => {
  it('opens a term once a still pointer has rested on it for restMs', () => {
    const { opens } = run([{ t: 0, x: 140, y: 110, target: TERM.id }]);
    expect(opens).toEqual([{ target: TERM.id, t: DEFAULT_HOVER_INTENT.restMs }]);
  });

  it('opens at the rest time under ±6 px random jitter at 60 Hz (jitter never restarts the clock), for 200 seeds', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const { opens } = run(jitter(seed, 140, 110, 6, 1500));
      expect(opens, `seed ${seed}`).toHaveLength(1);
      expect(opens[0]!.t, `seed ${seed}`).toBeGreaterThanOrEqual(DEFAULT_HOVER_INTENT.restMs);
      // Opened by the rest, not by the 3× fallback: within one frame of restMs.
      expect(opens[0]!.t, `seed ${seed}`).toBeLessThanOrEqual(DEFAULT_HOVER_INTENT.restMs + FRAME);
    }
  });

  it('opens under the worst ±6 px jitter: the pointer jumping between opposite corners every frame', () => {
    const samples: Sample[] = [];
    for (let i = 0, t = 0; t <= 1000; i++, t += FRAME)
      samples.push({ t, x: 140 + (i % 2 ? 6 : -6), y: 110 + (i % 2 ? 6 : -6), target: TERM.id });
    expect(run(samples).opens[0]!.t).toBeLessThanOrEqual(DEFAULT_HOVER_INTENT.restMs + FRAME);
  });

  it('opens when tremor near the edge of a word keeps carrying the pointer off it and back', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const { opens } = run(jitter(seed, 140, TERM.bottom - 2, 6, 1500));
      expect(opens, `seed ${seed}`).toHaveLength(1);
      expect(opens[0]!.t, `seed ${seed}`).toBeLessThan(DEFAULT_HOVER_INTENT.fallbackMs);
    }
  });

  it('a tremor larger than the radius never rests, but the fallback opens it after 3× rest on the term', () => {
    const wide = { ...TERM, left: 0, right: 1000, top: 0, bottom: 1000 };
    const samples = jitter(7, 500, 500, 30, 2000).map((s) => ({ ...s, target: wide.id }));
    const { opens } = run(samples);
    expect(opens).toHaveLength(1);
    expect(opens[0]!.t).toBeGreaterThanOrEqual(DEFAULT_HOVER_INTENT.fallbackMs);
    expect(opens[0]!.t).toBeLessThanOrEqual(DEFAULT_HOVER_INTENT.fallbackMs + FRAME);
  });

  it('respects the radius setting: with a 4 px radius, ±6 px jitter only opens by the fallback', () => {
    const config = { ...DEFAULT_HOVER_INTENT, radius: 4 };
    const { opens } = run(
      jitter(3, 140, 110, 6, 1500).map((s) => ({ ...s, target: TERM.id })),
      config,
    );
    expect(opens[0]!.t).toBeGreaterThanOrEqual(config.fallbackMs);
  });

  it('respects the rest and fallback settings', () => {
    const config = { radius: 12, restMs: 600, fallbackMs: 1800 };
    expect(run([{ t: 0, x: 140, y: 110, target: TERM.id }], config).opens[0]!.t).toBe(600);
  });
});

describe('hover intent: what does not open', () => {
  /** The pointer crossing a line of text at `speed` px/ms, sampled at 60 Hz. */
  function sweep(speed: number, from: number, to: number): Sample[] {
    const out: Sample[] = [];
    for (let t = 0; from + speed * t <= to; t += FRAME) {
      const x = from + speed * t;
      out.push({ t, x, y: 110, target: over(x, 110) });
    }
    return out;
  }

  it('a 2 px/ms sweep across the term opens nothing, even after the pointer stops further on', () => {
    expect(run(sweep(2, 0, 600)).opens).toEqual([]);
  });

  it('a 2 px/ms sweep across a line of adjacent terms opens none of them', () => {
    const samples = sweep(2, 0, 1200).map((s) => ({ ...s, target: `term-${Math.floor(s.x / 60)}` }));
    expect(run(samples, DEFAULT_HOVER_INTENT, 1200 / 2).opens).toEqual([]);
  });

  it('a sweep that stops just beside the term does not open it', () => {
    const samples = sweep(2, 0, TERM.right);
    const last = samples.at(-1)!;
    expect(last.target).toBe(TERM.id);
    // The next frame lands 6 px past the word's end, where the pointer stops.
    samples.push({ t: last.t + FRAME, x: TERM.right + 6, y: 110, target: null });
    expect(run(samples).opens).toEqual([]);
  });

  it('does not reopen a term while the pointer keeps trembling on it (e.g. after Esc)', () => {
    expect(run(jitter(11, 140, TERM.bottom - 2, 6, 4000)).opens).toHaveLength(1);
  });

  it('re-arms a term once the pointer has really been away', () => {
    const samples: Sample[] = [
      { t: 0, x: 140, y: 110, target: TERM.id },
      { t: 500, x: 400, y: 400, target: null },
      { t: 1000, x: 400, y: 401, target: null },
      { t: 1100, x: 140, y: 110, target: TERM.id },
    ];
    expect(run(samples).opens.map((o) => o.t)).toEqual([350, 1100 + 350]);
  });

  for (const restMs of [1000, 1500, 3000]) {
    it(`with a ${restMs} ms rest, a 700 ms slip away that closed the explanation does not stop a rest on the word reopening it`, () => {
      const config = { radius: 12, restMs, fallbackMs: 3 * restMs };
      let state: HoverIntentState<string> = initialHoverIntent();
      const feed = (t: number, target: string | null) => {
        const step = reduceHoverIntent(state, { type: 'pointer', target, x: target ? 140 : 400, y: 110, t }, config);
        state = step.state;
        return step.open;
      };
      feed(0, TERM.id);
      expect(reduceHoverIntent(state, { type: 'tick', t: restMs }, config).open).toBe(TERM.id);
      state = reduceHoverIntent(state, { type: 'tick', t: restMs }, config).state;
      // The slip: 700 ms off the word, shorter than the rest time; the grace period closes the explanation.
      feed(restMs + 100, null);
      feed(restMs + 800, null);
      const before = state;
      state = reduceHoverIntent(state, { type: 'closed-away' }, config).state;
      feed(restMs + 810, TERM.id);
      expect(reduceHoverIntent(state, { type: 'tick', t: restMs + 810 + restMs }, config).open, 'reopens after one rest').toBe(TERM.id);
      // Without the release (the old behaviour) the claim held until the pointer had been away a whole rest.
      expect(
        reduceHoverIntent(
          reduceHoverIntent(before, { type: 'pointer', target: TERM.id, x: 140, y: 110, t: restMs + 810 }, config).state,
          { type: 'tick', t: restMs + 810 + restMs },
          config,
        ).open,
      ).toBeUndefined();
    });
  }

  it('closed-away leaves a claim on a term the pointer is still on (Esc on a hovered term does not reopen it)', () => {
    const fired: HoverIntentState<string> = { kind: 'fired', target: TERM.id, leftAt: null };
    expect(reduceHoverIntent(fired, { type: 'closed-away' }).state).toBe(fired);
  });

  it('moving to another term restarts the dwell there', () => {
    const samples: Sample[] = [
      { t: 0, x: 140, y: 110, target: 'a' },
      { t: 300, x: 240, y: 110, target: 'b' },
    ];
    expect(run(samples).opens).toEqual([{ target: 'b', t: 650 }]);
  });

  it('cancel (pointer left the window) forgets the dwell', () => {
    let state: HoverIntentState<string> = reduceHoverIntent(initialHoverIntent<string>(), {
      type: 'pointer',
      target: 'a',
      x: 0,
      y: 0,
      t: 0,
    }).state;
    state = reduceHoverIntent(state, { type: 'cancel' }).state;
    expect(state.kind).toBe('idle');
    expect(nextHoverIntentDeadline(state)).toBeNull();
  });
});

describe('hover intent: rest box', () => {
  it('accepts samples whose bounding box fits in the radius and rejects one that does not', () => {
    const box = { minX: 0, maxX: 0, minY: 0, maxY: 0 };
    expect(growRestBox(box, 12, 12, 12)).toEqual({ minX: 0, maxX: 12, minY: 0, maxY: 12 });
    expect(growRestBox(box, 24, 0, 12)).not.toBeNull();
    expect(growRestBox(box, 25, 0, 12)).toBeNull();
  });
});

describe('hover intent: claimed by a click or the keyboard', () => {
  it('a dwell on a term that was opened another way does not open it again', () => {
    const dwelling = reduceHoverIntent(initialHoverIntent<string>(), { type: 'pointer', target: 'a', x: 0, y: 0, t: 0 }).state;
    const claimed = claimHoverIntent(dwelling, 'a');
    expect(claimed.kind).toBe('fired');
    expect(reduceHoverIntent(claimed, { type: 'tick', t: 5000 }).open).toBeUndefined();
    // A dwell on another term is left alone.
    expect(claimHoverIntent(dwelling, 'b')).toBe(dwelling);
  });
});
