import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCalibrationSection, REST_MS } from '../../../src/options/calibration-section';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { stubI18n } from '../popup/stub-i18n';

describe('the calibration section', () => {
  beforeEach(() => {
    stubI18n();
    vi.useFakeTimers();
    document.body.replaceChildren(createCalibrationSection(document, () => DEFAULT_SETTINGS, async () => undefined).element);
  });
  afterEach(() => vi.useRealTimers());

  const status = () => document.querySelector('.calibration-status')!.textContent ?? '';
  const enterTarget = () => document.querySelector('.calibration-target')!.dispatchEvent(new PointerEvent('pointerenter', { clientX: 10, clientY: 10 }));

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
});
