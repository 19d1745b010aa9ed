/**
 * Where the reader's PDF comes from (issue #18): an address (the popup's "Open this PDF",
 * the context menu on a link) or a file the user chose or dropped. Bytes from an address are
 * fetched by this page: with the site's host permission, which is asked for here, on the
 * user's click, for that one site (or not at all where the site already allows it).
 */
import { getDocument, GlobalWorkerOptions, type PDFDocumentProxy } from 'pdfjs-dist';
import { originPattern } from './pdf-address';

export type Fetched = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'permission' | 'failed' };

export interface PermissionApi {
  contains(pattern: string): Promise<boolean>;
  request(pattern: string): Promise<boolean>;
}

/** The PDF at `url`; when it cannot be read and the site's permission is not held, says so (the page then asks). */
export async function fetchPdf(url: URL, permissions: PermissionApi): Promise<Fetched> {
  // With the user's cookies first (a clinic portal's letter); a site that lets any page read
  // its files (CORS) allows that without them only, and without the site's permission.
  for (const credentials of ['include', 'omit'] as const) {
    try {
      // The one request the extension makes: the PDF the user asked the reader to open, from its own site (PRIVACY.md).
      // eslint-disable-next-line no-restricted-syntax
      const response = await fetch(url, { credentials });
      if (!response.ok) return { ok: false, reason: 'failed' };
      return { ok: true, bytes: new Uint8Array(await response.arrayBuffer()) };
    } catch {
      // A network error, or the site's answer withheld from an extension page without its permission.
    }
  }
  return { ok: false, reason: (await permissions.contains(originPattern(url))) ? 'failed' : 'permission' };
}

export type Opened = { ok: true; pdf: PDFDocumentProxy } | { ok: false; reason: 'not-pdf' | 'password' };

/** pdf.js with its worker from the extension's own files, no eval, no fonts or scripts from anywhere else. */
export async function openPdf(bytes: Uint8Array, workerSrc: string): Promise<Opened> {
  GlobalWorkerOptions.workerSrc = workerSrc;
  try {
    const pdf = await getDocument({ data: bytes, isEvalSupported: false, enableXfa: false, useSystemFonts: false }).promise;
    return { ok: true, pdf };
  } catch (error) {
    return { ok: false, reason: (error as { name?: string }).name === 'PasswordException' ? 'password' : 'not-pdf' };
  }
}
