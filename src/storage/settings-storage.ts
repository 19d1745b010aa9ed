/**
 * Where settings live: one item in the `sync` area (they follow the user across devices), with
 * its version marker `settings$` (`{ v }`, the same marker WXT's storage items use) beside it
 * (SETTINGS_ITEM and SETTINGS_MARKER_ITEM, src/contracts/storage.ts). Values are read through
 * `readStoredSettings`: a corrupted value never crashes a page, and a value from a newer
 * version is read as far as this one understands it (settings-migrations.ts says why WXT's
 * versioned item is not used here).
 *
 * Every write says which stored revision it was based on (`settings$.rev` and `.base`), so a
 * writer can tell when another tab overwrote its change with one based on older settings, and
 * replay its change on top (security review L5): see `guardChange`.
 *
 * Custom terms live in `local` (custom-terms-storage.ts); they are re-exported here so callers
 * have one place to import storage from.
 */
import { browser } from 'wxt/browser';
import { NEWER_VERSION_TOLD_ITEM, SETTINGS_ITEM, SETTINGS_MARKER_ITEM } from '../contracts/storage';
import { applyChange, changeBetween, changedKeys, changeHolds, isEmptyChange, type SettingsChange } from '../settings/settings-change';
import { SETTINGS_VERSION, type StoredSettingsReading } from '../settings/settings-migrations';
import { fitsSyncQuota, MAX_SITES, readSettings, settingsBytes, type Settings } from '../settings/settings';
import { kilobytes, SYNC_QUOTA_BYTES_PER_ITEM } from '../settings/sync-quota';
import { randomToken } from '../settings/random-token';
import { StorageWriteError } from '../settings/storage-errors';
import { storedItem } from './stored-item';

export { type StoredSettingsReading };
export { loadCustomTerms, watchCustomTerms } from './custom-terms-storage';

const SETTINGS_KEY = SETTINGS_ITEM.key;
const META_KEY = SETTINGS_MARKER_ITEM.key;
/** How long a writer watches for another tab overwriting its change. Read, change and write take milliseconds. */
const GUARD_WINDOW_MS = 3000;
/** Replays per change: two writers that keep overwriting each other give up rather than loop. */
const MAX_REPLAYS = 5;

interface StoredSettings {
  value: unknown;
  meta: Record<string, unknown>;
  version: number;
  rev: string | undefined;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Settings and their marker: one area, so one `get` reads both and one `set` writes both. */
const area = () => browser.storage[SETTINGS_ITEM.area];

async function readStored(): Promise<StoredSettings> {
  const got = await area().get([SETTINGS_KEY, META_KEY]);
  const marker = SETTINGS_MARKER_ITEM.read(got[META_KEY]);
  return { value: got[SETTINGS_KEY] ?? null, meta: marker.fields, version: marker.version, rev: marker.rev };
}

/**
 * Writes value and marker in one `set` (one change event, never half of it). Refused here,
 * in words, when the browser would refuse it for its size (security review H4, M8).
 */
async function writeStored(value: unknown, meta: Record<string, unknown>, base: string | undefined, rev = randomToken()): Promise<string> {
  if (!fitsSyncQuota(value)) {
    throw new StorageWriteError({
      key: 'problemSettingsTooLarge',
      values: [kilobytes(settingsBytes(value)), kilobytes(SYNC_QUOTA_BYTES_PER_ITEM)],
    });
  }
  const marker: Record<string, unknown> = { ...meta, rev };
  if (base === undefined) delete marker.base;
  else marker.base = base;
  await area().set({ [SETTINGS_KEY]: value, [META_KEY]: marker });
  return rev;
}

/**
 * Settings this version would not read back are never written: a toggle that made a 151st
 * disabled site would have every page reset the whole list to empty.
 */
function refuseUnreadable(settings: Settings): void {
  const { invalid } = readSettings(settings);
  if (invalid.length === 0) return;
  if (invalid.every((field) => field === 'disabledSites' || field === 'allowedSites'))
    throw new StorageWriteError({ key: 'tooManySites', values: [String(MAX_SITES)] });
  throw new StorageWriteError({ key: 'problemImportSettingInvalid', values: [invalid[0]!] });
}

export async function loadSettings(): Promise<StoredSettingsReading> {
  const stored = await readStored();
  return SETTINGS_ITEM.read(stored.value, stored.version);
}

/** Replaces the stored settings with these (an import, or the options page's repair), in the current version's shape. */
export async function saveSettings(settings: Settings): Promise<void> {
  refuseUnreadable(settings);
  const stored = await readStored();
  await writeStored(settings, { ...stored.meta, v: SETTINGS_VERSION }, stored.rev);
}

/**
 * Reads, changes and writes back, then makes sure the change survives a write another tab
 * made at the same moment from the same old settings. A value from a newer version is changed
 * only in the fields this change touches, and keeps its newer version marker.
 */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const stored = await readStored();
  const reading = SETTINGS_ITEM.read(stored.value, stored.version);
  const next = change(reading.settings);
  const delta = changeBetween(reading.settings, next);
  if (isEmptyChange(delta)) return next;
  refuseUnreadable(next);
  const guard = guardChange(delta);
  try {
    await writeStored(valueToWrite(stored, reading, next, delta), markerToWrite(stored), stored.rev, guard.rev);
  } catch (error) {
    guard.stop();
    throw error;
  }
  return next;
}

function valueToWrite(stored: StoredSettings, reading: StoredSettingsReading, next: Settings, delta: SettingsChange): unknown {
  if (!reading.newer || !isRecord(stored.value)) return next;
  const touched = Object.fromEntries(changedKeys(delta).map((key) => [key, next[key]]));
  return { ...stored.value, ...touched };
}

const markerToWrite = (stored: StoredSettings) => ({ ...stored.meta, v: Math.max(stored.version, SETTINGS_VERSION) });

/**
 * Watches, for GUARD_WINDOW_MS, for a write that did not build on this one (its `base` is not
 * this write or one built on it): another tab read the settings before this write landed and
 * wrote them back without it. Then, if the stored settings no longer show the change, it is
 * made again on top of them. Storage delivers change events in the order writes happened, so
 * the revisions built on this write are known by the time a later write is seen. A write
 * without a revision (an older version, a test) is taken as the user's final word.
 */
function guardChange(delta: SettingsChange): { rev: string; stop(): void } {
  const rev = randomToken();
  const lineage = new Set([rev]);
  let replays = 0;
  let checking = false;
  let stopped = false;

  const check = async () => {
    checking = false;
    if (stopped) return;
    const stored = await readStored();
    if (stored.rev === undefined || lineage.has(stored.rev)) return;
    const reading = SETTINGS_ITEM.read(stored.value, stored.version);
    if (changeHolds(reading.settings, delta)) return;
    if (++replays > MAX_REPLAYS) {
      console.warn('[dystonia-glossary] a settings change kept being overwritten by another tab; giving up on it', delta);
      stop();
      return;
    }
    const again = randomToken();
    lineage.add(again);
    const next = applyChange(reading.settings, delta);
    refuseUnreadable(next);
    await writeStored(valueToWrite(stored, reading, next, delta), markerToWrite(stored), stored.rev, again);
  };

  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName !== SETTINGS_ITEM.area || !(META_KEY in changes || SETTINGS_KEY in changes)) return;
    const marker = SETTINGS_MARKER_ITEM.read(changes[META_KEY]?.newValue);
    const written = marker.rev;
    if (written === undefined) return stop();
    if (lineage.has(written)) return;
    if (marker.base !== undefined && lineage.has(marker.base)) {
      lineage.add(written);
      return;
    }
    if (checking) return;
    checking = true;
    // Not inside the listener: storage waits for listeners, and this one writes.
    setTimeout(
      () => void check().catch((error: unknown) => console.error('[dystonia-glossary] could not re-apply a settings change', error)),
      0,
    );
  };

  function stop() {
    stopped = true;
    clearTimeout(timer);
    browser.storage.onChanged.removeListener(listener);
  }
  browser.storage.onChanged.addListener(listener);
  const timer = setTimeout(stop, GUARD_WINDOW_MS);
  return { rev, stop };
}

/** Settings changed anywhere (another tab, the popup, another device): read again, in the order of the changes. */
export function watchSettings(onChange: (reading: StoredSettingsReading) => void): () => void {
  let latest = 0;
  const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, areaName: string) => {
    if (areaName !== SETTINGS_ITEM.area) return;
    const marker = changes[META_KEY];
    const versionChanged =
      marker !== undefined && SETTINGS_MARKER_ITEM.read(marker.newValue).version !== SETTINGS_MARKER_ITEM.read(marker.oldValue).version;
    if (!(SETTINGS_KEY in changes) && !versionChanged) return;
    const mine = ++latest;
    void loadSettings().then(
      (reading) => {
        if (mine === latest) onChange(reading);
      },
      (error: unknown) => console.error('[dystonia-glossary] could not read settings after a change', error),
    );
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

const newerVersionTold = storedItem(NEWER_VERSION_TOLD_ITEM);

/** Whether the options page should say the settings come from a newer version; remembers that it has, so it says so once per version. */
export async function tellAboutNewerVersion(reading: StoredSettingsReading): Promise<boolean> {
  if (!reading.newer) return false;
  if ((await newerVersionTold.load()) === reading.storedVersion) return false;
  await newerVersionTold.save(reading.storedVersion);
  return true;
}

/** True when the stored settings should be written back clean (reported once in the options page). Never for a newer version's value. */
export function settingsNeedRepair(reading: StoredSettingsReading): boolean {
  if (reading.newer) return false;
  return reading.notAnObject || reading.invalid.length > 0 || reading.unknown.length > 0 || reading.storedVersion < SETTINGS_VERSION;
}
