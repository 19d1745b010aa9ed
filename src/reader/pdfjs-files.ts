/**
 * Where the extension keeps Mozilla's pdf.js (wxt.config.ts copies the release files there,
 * unchanged): only the PDF reader page loads them, never a content script.
 */
export const PDFJS_FILES = {
  library: '/pdfjs/pdf.min.mjs',
  worker: '/pdfjs/pdf.worker.min.mjs',
} as const;
