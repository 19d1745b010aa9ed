/**
 * What one action changed in the settings, as a change that can be applied again on top of
 * settings someone else has changed in the meantime. Two tabs that switch off two different
 * sites at the same moment each read the same settings and write back their own list; the
 * second write would drop the first site (security review L5). Replaying each writer's change
 * ("add this site", "set this colour") on the newer value keeps both. Pure.
 */
import { CATEGORIES } from '../glossary/types';
import type { Settings } from './settings';

const LIST_KEYS = ['disabledSites', 'allowedSites', 'categories'] as const;
type ListKey = (typeof LIST_KEYS)[number];
type ValueKey = Exclude<keyof Settings, ListKey>;

interface ListChange {
  added: string[];
  removed: string[];
}

export interface SettingsChange {
  /** Fields set to a new value. */
  values: Partial<Pick<Settings, ValueKey>>;
  /** Items added to or removed from a list; the other items are left as they are. */
  lists: Partial<Record<ListKey, ListChange>>;
}

const isListKey = (key: keyof Settings): key is ListKey => (LIST_KEYS as readonly string[]).includes(key);

/** The change that turns `before` into `after`. */
export function changeBetween(before: Settings, after: Settings): SettingsChange {
  const change: SettingsChange = { values: {}, lists: {} };
  for (const key of Object.keys(after) as (keyof Settings)[]) {
    if (isListKey(key)) {
      const was: readonly string[] = before[key];
      const now: readonly string[] = after[key];
      const added = now.filter((item) => !was.includes(item));
      const removed = was.filter((item) => !now.includes(item));
      if (added.length > 0 || removed.length > 0) change.lists[key] = { added, removed };
    } else if (before[key] !== after[key]) {
      (change.values as Record<string, unknown>)[key] = after[key];
    }
  }
  return change;
}

export function isEmptyChange(change: SettingsChange): boolean {
  return Object.keys(change.values).length === 0 && Object.keys(change.lists).length === 0;
}

/** The fields a change touches. */
export function changedKeys(change: SettingsChange): (keyof Settings)[] {
  return [...(Object.keys(change.values) as ValueKey[]), ...(Object.keys(change.lists) as ListKey[])];
}

/** `settings` with the change made: values set, list items added (at the end) or removed. */
export function applyChange(settings: Settings, change: SettingsChange): Settings {
  const next: Settings = { ...settings, ...change.values };
  for (const [key, { added, removed }] of Object.entries(change.lists) as [ListKey, ListChange][]) {
    const kept: string[] = settings[key].filter((item) => !removed.includes(item));
    const list = [...kept, ...added.filter((item) => !kept.includes(item))];
    // Categories keep the glossary's order, so the same choice always has the same cache key.
    if (key === 'categories') next.categories = CATEGORIES.filter((c) => list.includes(c));
    else next[key] = list;
  }
  return next;
}

/** Whether `settings` already show this change (nothing would be lost by not writing it again). */
export function changeHolds(settings: Settings, change: SettingsChange): boolean {
  for (const [key, value] of Object.entries(change.values)) if (settings[key as ValueKey] !== value) return false;
  for (const [key, { added, removed }] of Object.entries(change.lists) as [ListKey, ListChange][]) {
    const list: readonly string[] = settings[key];
    if (!added.every((item) => list.includes(item)) || removed.some((item) => list.includes(item))) return false;
  }
  return true;
}
