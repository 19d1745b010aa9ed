/**
 * A short fingerprint of a list of forms: what a cached compiled matcher was compiled from.
 * cyrb53 (a public-domain 53-bit string hash): not cryptographic, but a cache key only needs
 * accidental collisions to be negligible, and it costs well under a millisecond.
 */
import type { MatchForm } from './forms';

export function formsFingerprint(forms: readonly MatchForm[]): string {
  const text = JSON.stringify(forms.map((f) => [f.text, f.entryId, f.caseSensitive, f.gate, f.givesContext]));
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${text.length.toString(36)}-${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}
