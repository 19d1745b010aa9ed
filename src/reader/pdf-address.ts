/**
 * Which addresses the reader opens, and the host permission each needs (issue #18). The
 * reader page fetches the PDF itself; an extension page may read another site only with that
 * site's host permission, asked for at the moment of use (optional host permissions), one
 * origin at a time.
 */

/** The reader page, and the query parameter that names the PDF it opens. */
export const READER_PATH = '/reader.html' as const;
export const READER_FILE_PARAM = 'file';

/** Whether an address looks like a PDF: its path ends in .pdf (the browser's viewer shows it at that address). */
export function looksLikePdf(address: string | undefined): boolean {
  const url = parse(address);
  return url !== null && /\.pdf$/i.test(url.pathname);
}

/** A web address the reader may fetch (http or https), or null. */
export function readablePdfAddress(address: string | null | undefined): URL | null {
  const url = parse(address);
  return url && (url.protocol === 'https:' || url.protocol === 'http:') ? url : null;
}

/** The host permission pattern of the address's origin: what `permissions.request` asks for. */
export function originPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}

/** The reader's address for a PDF (relative to the extension's root). */
export function readerPathFor(address: string): `${typeof READER_PATH}?${string}` {
  return `${READER_PATH}?${READER_FILE_PARAM}=${encodeURIComponent(address)}`;
}

function parse(address: string | null | undefined): URL | null {
  if (!address) return null;
  try {
    return new URL(address);
  } catch {
    return null;
  }
}
