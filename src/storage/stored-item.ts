/**
 * A declared item (src/contracts/storage.ts) in the browser's storage, through WXT's storage
 * item: what callers get back has always been through the item's reader, so a corrupted value
 * never reaches them as if it were valid.
 */
import { storage } from 'wxt/utils/storage';
import type { StorageItem } from '../contracts/storage';

export interface StoredItem<Value, Reading, Context extends unknown[]> {
  load(...context: Context): Promise<Reading>;
  save(value: Value): Promise<void>;
  watch(onChange: (reading: Reading) => void, ...context: Context): () => void;
  remove(): Promise<void>;
  /** The value exactly as stored, unread: only to put it back as it was (src/storage/replace-stored.ts). */
  stored(): Promise<unknown>;
  /** Puts back a value `stored()` gave; null removes the item. */
  restore(value: unknown): Promise<void>;
}

/**
 * Free of side effects for the bundler: a script that never uses an item drops it, with its
 * reader and everything the reader imports (the engine would otherwise carry custom-term validation).
 */
/* @__NO_SIDE_EFFECTS__ */
export function storedItem<Value, Reading, Context extends unknown[]>(
  item: StorageItem<Value, Reading, Context>,
): StoredItem<Value, Reading, Context> {
  // The same options as before the declarations (issue #16), so WXT stores nothing more than it did.
  const wxt = storage.defineItem<unknown>(`${item.area}:${item.key}`, item.version === undefined ? {} : { version: item.version });
  return {
    load: async (...context) => item.read(await wxt.getValue(), ...context),
    save: (value) => wxt.setValue(value),
    watch: (onChange, ...context) => wxt.watch((value) => onChange(item.read(value, ...context))),
    remove: () => wxt.removeValue(),
    stored: () => wxt.getValue(),
    restore: (value) => wxt.setValue(value),
  };
}
