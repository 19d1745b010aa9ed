import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HandProposal } from '../../../src/calibration/hand-steadiness';
import { createCalibrationSection, REST_MS, RESTS } from '../../../src/options/calibration-section';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { stubI18n } from '../popup/stub-i18n';

describe('the calibration section', () => {
  beforeEach(() => {
    stubI18n();
    vi.useFakeTimers();
    document.body.replaceChildren(
      createCalibrationSection(
        document,
        () => DEFAULT_SETTINGS,
        async () => undefined,
      ).element,
    );
  });
  afterEach(() => vi.useRealTimers());

  const status = () => document.querySelector('.calibration-status')!.textContent ?? '';
  const enterTarget = () =>
    document.querySelector('.calibration-target')!.dispatchEvent(new PointerEvent('pointerenter', { clientX: 10, clientY: 10 }));

  it("starting again mid-rest begins afresh: the abandoned rest's timer does not end the new one early", () => {
    document.querySelector<HTMLButtonElement>('.calibration-start')!.click();
    enterTarget();
    expect(status()).toMatch(/^Measuring rest 1 /);
    vi.advanceTimersByTime(REST_MS / 2);
    document.querySelector<HTMLButtonElement>('.calibration-start')!.click();
    enterTarget();
    // Past the abandoned rest's end, before the new one's.
    vi.advanceTimersByTime(REST_MS / 2 + 100);
    expect(status()).toMatch(/^Measuring rest 1 /);
    vi.advanceTimersByTime(REST_MS / 2);
    expect(status()).toMatch(/^Rest 2 /);
  });

  it('saves the proposal at once to be tried, and puts the previous values back in one press', async () => {
    const applied: HandProposal[] = [];
    document.body.replaceChildren(
      createCalibrationSection(
        document,
        () => DEFAULT_SETTINGS,
        async (p) => void applied.push(p),
      ).element,
    );
    document.querySelector<HTMLButtonElement>('.calibration-start')!.click();
    // A ±15 px wander at 5 Hz in every rest: far from the defaults.
    for (let rest = 0; rest < RESTS; rest++) {
      enterTarget();
      for (let t = 0; t < REST_MS; t += 16) {
        const x = 200 + 15 * Math.sin((2 * Math.PI * 5 * t) / 1000);
        document.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: 200 }));
        vi.advanceTimersByTime(16);
      }
      vi.advanceTimersByTime(100);
      document.querySelector('.calibration-target')!.dispatchEvent(new PointerEvent('pointerleave'));
    }
    const putBack = document.querySelector<HTMLButtonElement>('.calibration-undo')!;
    expect(putBack.hidden).toBe(true);
    document.querySelector<HTMLButtonElement>('.calibration-apply')!.click();
    await vi.waitFor(() => expect(putBack.hidden).toBe(false));
    expect(applied[0]!.hoverRadiusPx).toBeGreaterThan(DEFAULT_SETTINGS.hoverRadiusPx);
    putBack.click();
    await vi.waitFor(() => expect(applied).toHaveLength(2));
    expect(applied[1]).toEqual({
      hoverRadiusPx: DEFAULT_SETTINGS.hoverRadiusPx,
      hoverRestMs: DEFAULT_SETTINGS.hoverRestMs,
      hoverFallbackMs: DEFAULT_SETTINGS.hoverFallbackMs,
    });
    await vi.waitFor(() => expect(putBack.hidden).toBe(true));
  });
});
