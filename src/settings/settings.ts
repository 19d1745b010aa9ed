/**
 * The user's settings: one typed shape, with defaults. Pure (no browser API); storage,
 * versioning and migrations live beside it in this folder.
 */
import { CATEGORIES, type Category } from '../glossary/types';
import { SYNC_QUOTA_BYTES_PER_ITEM, syncItemBytes } from './sync-quota';

export const HIGHLIGHT_STYLES = ['underline', 'background', 'both', 'none-until-hover'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;
/** How highlights are drawn (src/highlight/term-drawing.ts): painted over the page's text, or as elements. */
export const HIGHLIGHT_METHODS = ['paint', 'elements'] as const;
export type HighlightMethod = (typeof HIGHLIGHT_METHODS)[number];
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];
export type Theme = (typeof THEMES)[number];
/** Where explanations open: next to the term, clear of its line and the next, or in a panel docked at an edge of the window. */
/**
 * How often a term is highlighted: every time, once in each section (from one heading to the
 * next; the default), or once on the page. The calmer densities leave headings alone.
 */
export const READING_DENSITIES = ['every', 'section', 'page'] as const;
export type ReadingDensity = (typeof READING_DENSITIES)[number];
export const EXPLANATION_PLACEMENTS = ['beside', 'docked'] as const;
type ExplanationPlacement = (typeof EXPLANATION_PLACEMENTS)[number];

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
  readingDensity: ReadingDensity;
  /** Categories to highlight. */
  categories: Category[];
  hoverRestMs: number;
  hoverRadiusPx: number;
  hoverFallbackMs: number;
  exitGraceMs: number;
  popoverFontSizePx: number;
  explanationPlacement: ExplanationPlacement;
  theme: Theme;
  showBadge: boolean;
  /**
   * 'paint' (default): highlights drawn over the page's own text, nothing in the page changes.
   * 'elements': terms wrapped in elements, which keyboards can reach and screen readers
   * describe; risky pages are still painted.
   */
  highlightMethod: HighlightMethod;
  /**
   * Whether the user's own terms are highlighted inside frames too. Off by default: a frame
   * (an ad, an embed) could learn from the highlights which of them its text contains
   * (security review H1); the top page is what the user is reading.
   */
  customTermsInFrames: boolean;
  /**
   * Whether Tab stops at each highlighted term (terms drawn as elements only: painted terms
   * are not elements). Off by default, so a page's own tab order is not flooded; the
   * next/previous-term keys reach terms either way.
   */
  termsAreTabStops: boolean;
  /** Whether the explanations the user opens are remembered, on this device only (My terms, issue #17). */
  keepHistory: boolean;
  /** Whether that history keeps the page's address too, not only its title. Off by default: an address says more than a title. */
  historyWithAddress: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  allowedSites: [],
  highlightStyle: 'underline',
  highlightColor: '#5b5bd6',
  readingDensity: 'section',
  categories: [...CATEGORIES],
  hoverRestMs: 350,
  hoverRadiusPx: 12,
  hoverFallbackMs: 1050,
  exitGraceMs: 400,
  popoverFontSizePx: 16,
  explanationPlacement: 'beside',
  theme: 'auto',
  showBadge: true,
  highlightMethod: 'paint',
  customTermsInFrames: false,
  termsAreTabStops: false,
  keepHistory: true,
  historyWithAddress: false,
});

/** Whether highlighting should run on a page with this hostname. */
export function isActiveOn(settings: Pick<Settings, 'enabled' | 'disabledSites' | 'allowedSites'>, hostname: string): boolean {
  if (!settings.enabled) return false;
  if (settings.disabledSites.includes(hostname)) return false;
  return settings.allowedSites.length === 0 || settings.allowedSites.includes(hostname);
}

/** Whether the user wants highlighting on this site, leaving the global pause aside (the popup's site switch). */
export function isSiteEnabled(settings: Pick<Settings, 'disabledSites' | 'allowedSites'>, hostname: string): boolean {
  return isActiveOn({ ...settings, enabled: true }, hostname);
}

export function setSiteEnabled(settings: Settings, hostname: string, on: boolean): Settings {
  const disabledSites = settings.disabledSites.filter((h) => h !== hostname);
  if (!on) return { ...settings, disabledSites: [...disabledSites, hostname] };
  const allowedSites =
    settings.allowedSites.length > 0 && !settings.allowedSites.includes(hostname)
      ? [...settings.allowedSites, hostname]
      : settings.allowedSites;
  return { ...settings, disabledSites, allowedSites };
}

/** The toggle command: highlighting on this site off, or back on (also lifting a global pause, which would otherwise hide the change). */
export function toggleSite(settings: Settings, hostname: string): Settings {
  if (isActiveOn(settings, hostname)) return setSiteEnabled(settings, hostname, false);
  return { ...setSiteEnabled(settings, hostname, true), enabled: true };
}

/** Numeric settings: limits shared by validation and the options form. */
export const NUMBER_LIMITS = {
  hoverRestMs: { min: 100, max: 3000, step: 50 },
  hoverRadiusPx: { min: 2, max: 64, step: 1 },
  hoverFallbackMs: { min: 300, max: 6000, step: 50 },
  exitGraceMs: { min: 0, max: 3000, step: 50 },
  popoverFontSizePx: { min: 12, max: 32, step: 1 },
} as const satisfies Partial<Record<keyof Settings, { min: number; max: number; step: number }>>;

const isBoolean = (v: unknown) => typeof v === 'boolean';
const oneOf = (values: readonly string[]) => (v: unknown) => typeof v === 'string' && values.includes(v);
const inRange = (limits: { min: number; max: number }) => (v: unknown) =>
  typeof v === 'number' && Number.isFinite(v) && v >= limits.min && v <= limits.max;
const HOSTNAME = /^[a-z0-9.-]{1,253}$|^\[[0-9a-f:]+\]$/i;
/** A host name as `location.hostname` gives it (an IPv6 address in brackets): the one check for stored, imported and typed sites. */
export const isSiteHostname = (h: string): boolean => HOSTNAME.test(h);
/**
 * A cap on the number of sites per list. It is not what keeps a list saveable: 150 long
 * hostnames are 20 KB, far over the 8 KB a `sync` item may hold, so the byte budget below is
 * checked too (security review M8).
 */
export const MAX_SITES = 150;
const isHostList = (v: unknown) => Array.isArray(v) && v.length <= MAX_SITES && v.every((h) => typeof h === 'string' && isSiteHostname(h));

/** One check per field: the settings schema, used for stored values and imports alike. */
const FIELD_CHECKS: { [K in keyof Settings]: (v: unknown) => boolean } = {
  enabled: isBoolean,
  disabledSites: isHostList,
  allowedSites: isHostList,
  highlightStyle: oneOf(HIGHLIGHT_STYLES),
  highlightColor: (v) => typeof v === 'string' && /^#[0-9a-f]{6}$/i.test(v),
  readingDensity: oneOf(READING_DENSITIES),
  categories: (v) => Array.isArray(v) && v.every((c) => (CATEGORIES as readonly unknown[]).includes(c)),
  hoverRestMs: inRange(NUMBER_LIMITS.hoverRestMs),
  hoverRadiusPx: inRange(NUMBER_LIMITS.hoverRadiusPx),
  hoverFallbackMs: inRange(NUMBER_LIMITS.hoverFallbackMs),
  exitGraceMs: inRange(NUMBER_LIMITS.exitGraceMs),
  popoverFontSizePx: inRange(NUMBER_LIMITS.popoverFontSizePx),
  explanationPlacement: oneOf(EXPLANATION_PLACEMENTS),
  theme: oneOf(THEMES),
  showBadge: isBoolean,
  highlightMethod: oneOf(HIGHLIGHT_METHODS),
  customTermsInFrames: isBoolean,
  termsAreTabStops: isBoolean,
  keepHistory: isBoolean,
  historyWithAddress: isBoolean,
};

export interface SettingsReading {
  /** Always complete and valid: bad or missing fields hold their defaults. */
  settings: Settings;
  /** Fields whose value had the wrong type or was out of range (they fell back to the default). */
  invalid: (keyof Settings)[];
  /** Fields this version does not know (ignored). */
  unknown: string[];
  /** The value was not an object at all (everything fell back to the defaults). */
  notAnObject: boolean;
}

/**
 * Reads a stored or imported settings object without trusting it: anything corrupted falls
 * back to its default, so a bad value can never crash a page or the popup.
 */
export function readSettings(raw: unknown): SettingsReading {
  const settings: Settings = { ...DEFAULT_SETTINGS, categories: [...DEFAULT_SETTINGS.categories] };
  if (raw === undefined || raw === null) return { settings, invalid: [], unknown: [], notAnObject: false };
  if (typeof raw !== 'object' || Array.isArray(raw)) return { settings, invalid: [], unknown: [], notAnObject: true };
  const invalid: (keyof Settings)[] = [];
  const unknown: string[] = [];
  const record = raw as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (!Object.hasOwn(FIELD_CHECKS, key)) {
      unknown.push(key);
      continue;
    }
    const field = key as keyof Settings;
    if (value === undefined) continue;
    if (FIELD_CHECKS[field](value))
      (settings as unknown as Record<string, unknown>)[field] = Array.isArray(value) ? [...new Set(value)] : value;
    else invalid.push(field);
  }
  return { settings, invalid, unknown, notAnObject: false };
}

/** The key settings are stored under in the `sync` area: it counts towards the item's size. */
export const SETTINGS_KEY = 'settings';

/** The size of these settings as the browser's `sync` quota counts it. */
export function settingsBytes(settings: unknown): number {
  return syncItemBytes(SETTINGS_KEY, settings);
}

/**
 * Whether these settings can be saved. Settings stay in `sync` so site lists follow the user
 * to their other devices; everything but the two site lists takes about 400 bytes, which
 * leaves room for a hundred or more ordinary site names.
 */
export function fitsSyncQuota(settings: unknown): boolean {
  return settingsBytes(settings) <= SYNC_QUOTA_BYTES_PER_ITEM;
}
