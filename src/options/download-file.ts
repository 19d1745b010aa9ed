/** Saves text as a file the way a page can: a Blob URL and a link with `download`, clicked. */
export function downloadJson(doc: Document, text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  doc.body.append(link);
  link.click();
  link.remove();
  // Firefox needs the URL a moment after the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
