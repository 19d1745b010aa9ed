/**
 * The size budget of one `storage.sync` item. Chrome and Firefox both refuse a write of an
 * item larger than QUOTA_BYTES_PER_ITEM (8,192 bytes), measured as the key's length plus the
 * JSON of the value. Settings are one such item, so everything that saves them (the options
 * form, an import, a toggle) checks this first and says so in words instead of letting the
 * browser refuse half-way (security review H4, M8). Pure.
 * https://developer.chrome.com/docs/extensions/reference/api/storage#property-sync-sync-QUOTA_BYTES_PER_ITEM
 */

export const SYNC_QUOTA_BYTES_PER_ITEM = 8192;

/** UTF-8 bytes: the browsers count bytes, and a byte count is never less than the character count. */
export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** The size the browser's quota check sees for `key: value`. */
export function syncItemBytes(key: string, value: unknown): number {
  return utf8Bytes(key) + utf8Bytes(JSON.stringify(value) ?? '');
}

/** Kilobytes for messages, rounded up so "8.1 KB" never reads as fitting in 8 KB. */
export function kilobytes(bytes: number): string {
  return (Math.ceil(bytes / 102.4) / 10).toFixed(1);
}

export function megabytes(bytes: number): string {
  return (Math.ceil(bytes / (1024 * 102.4)) / 10).toFixed(1);
}
