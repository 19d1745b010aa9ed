/**
 * What the first-stage content script reads of the stored settings, without the settings
 * module (which validates and migrates every field, and is the engine's to load): whether the
 * user has plainly switched highlighting off for this site or everywhere, and whether their own
 * terms may be highlighted in frames. Anything unreadable counts as "maybe on": the engine,
 * which reads settings properly, then decides. Both stored shapes are understood: v1's
 * `paused`/`blockedSites` and v2's `enabled`/`disabledSites`/`allowedSites`
 * (settings-migrations.ts).
 */
export interface SiteSwitchHint {
  /** Plainly off here: the global pause, or this site switched off or not among the allowed ones. */
  off: boolean;
  customTermsInFrames: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const strings = (v: unknown): string[] | null => (Array.isArray(v) && v.every((s) => typeof s === 'string') ? v : null);

export function readSiteSwitchHint(stored: unknown, hostname: string): SiteSwitchHint {
  if (!isRecord(stored)) return { off: false, customTermsInFrames: false };
  const paused = stored.enabled === false || stored.paused === true;
  const disabled = strings(stored.disabledSites) ?? strings(stored.blockedSites) ?? [];
  const allowed = strings(stored.allowedSites) ?? [];
  const off = paused || disabled.includes(hostname) || (allowed.length > 0 && !allowed.includes(hostname));
  return { off, customTermsInFrames: stored.customTermsInFrames === true };
}
