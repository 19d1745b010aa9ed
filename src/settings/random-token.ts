/**
 * Short random tokens (a-z, 0-9) for ids nobody should be able to guess or derive: custom-term
 * ids, which are written into web pages (security review H1), and settings revisions.
 * `crypto.getRandomValues` is in every extension context, content scripts included.
 */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export function randomToken(length = 12): string {
  // 252 is the largest multiple of 36 below 256: bytes above it are skipped, so every letter is equally likely.
  let token = '';
  while (token.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < 252 && token.length < length) token += ALPHABET[byte % 36];
    }
  }
  return token;
}
