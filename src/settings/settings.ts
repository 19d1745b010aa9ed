/**
 * The user's settings: one typed shape, with defaults. Pure (no browser API); storage,
 * versioning and migrations live beside it in this folder.
 */
import { CATEGORIES, type Category } from '../glossary/types';

export type HighlightStyle = 'underline' | 'background' | 'both' | 'none-until-hover';
export type Theme = 'auto' | 'light' | 'dark';

export interface Settings {
  /** Global pause: false turns highlighting off everywhere. */
  enabled: boolean;
  /** Hostnames where highlighting is off. */
  disabledSites: string[];
  /** When non-empty, highlighting runs only on these hostnames. */
  allowedSites: string[];
  highlightStyle: HighlightStyle;
  /** Underline/background colour, CSS hex. */
  highlightColor: string;
  firstOccurrenceOnly: boolean;
  /** Categories to highlight. */
  categories: Category[];
  hoverRestMs: number;
  hoverRadiusPx: number;
  hoverFallbackMs: number;
  exitGraceMs: number;
  popoverFontSizePx: number;
  theme: Theme;
  showBadge: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  allowedSites: [],
  highlightStyle: 'underline',
  highlightColor: '#5b5bd6',
  firstOccurrenceOnly: false,
  categories: [...CATEGORIES],
  hoverRestMs: 350,
  hoverRadiusPx: 12,
  hoverFallbackMs: 1050,
  exitGraceMs: 400,
  popoverFontSizePx: 16,
  theme: 'auto',
  showBadge: true,
});

/** Whether highlighting should run on a page with this hostname. */
export function isActiveOn(settings: Pick<Settings, 'enabled' | 'disabledSites' | 'allowedSites'>, hostname: string): boolean {
  if (!settings.enabled) return false;
  if (settings.disabledSites.includes(hostname)) return false;
  return settings.allowedSites.length === 0 || settings.allowedSites.includes(hostname);
}
