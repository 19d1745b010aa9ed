/**
 * The pointer-timing settings' values in words (issue #15): "0.35 seconds", "12 pixels", and
 * the range a refused value should be in. The options page's sliders, their explanations and
 * the test area say values this way.
 */
import { t } from '../i18n/message';
import { timingScale, type TimingKey } from './timing-scale';

/** Up to three decimals: every whole millisecond, in seconds. */
const decimal = (n: number) => n.toLocaleString(undefined, { maximumFractionDigits: 3 });

/** Milliseconds in words: "0.35 seconds", "1 second". */
export const secondsInWords = (ms: number): string => (ms === 1000 ? t('valueOneSecond') : t('valueSeconds', decimal(ms / 1000)));

/** A timing setting's stored value in words, in its unit: "0.35 seconds", "12 pixels". */
export function timingInWords(key: TimingKey, stored: number): string {
  return timingScale(key).unit === 'seconds' ? secondsInWords(stored) : t('valuePixels', decimal(stored));
}

/** "Not saved: choose from 0.1 to 3 seconds." */
export function outOfRangeInWords(key: TimingKey): string {
  const { min, max, unit } = timingScale(key);
  return t(unit === 'seconds' ? 'numberOutOfRangeSeconds' : 'numberOutOfRangePixels', [decimal(min), decimal(max)]);
}
