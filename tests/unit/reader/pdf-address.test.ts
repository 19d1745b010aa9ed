import { describe, expect, it } from 'vitest';
import { looksLikePdf, originPattern, READER_FILE_PARAM, readablePdfAddress, readerPathFor } from '../../../src/reader/pdf-address';

describe('PDF addresses', () => {
  it('recognises a PDF by its path, whatever the query, fragment or case', () => {
    expect(looksLikePdf('https://clinic.example/letters/2026-11.pdf')).toBe(true);
    expect(looksLikePdf('https://clinic.example/Leaflet.PDF?download=1#page=2')).toBe(true);
    expect(looksLikePdf('https://clinic.example/pdf-guide.html')).toBe(false);
    expect(looksLikePdf('https://clinic.example/?file=a.pdf')).toBe(false);
    expect(looksLikePdf(undefined)).toBe(false);
    expect(looksLikePdf('not an address')).toBe(false);
  });

  it('reads only web addresses, and asks for the one site the PDF is on (any port)', () => {
    expect(readablePdfAddress('javascript:alert(1)')).toBeNull();
    expect(readablePdfAddress('file:///home/me/letter.pdf')).toBeNull();
    expect(readablePdfAddress(null)).toBeNull();
    const url = readablePdfAddress('http://127.0.0.1:8080/a.pdf')!;
    expect(originPattern(url)).toBe('http://127.0.0.1/*');
    expect(originPattern(readablePdfAddress('https://www.dystonia.example/x/y.pdf')!)).toBe('https://www.dystonia.example/*');
  });

  it('names the PDF in the reader’s address, encoded, so its own query survives the round trip', () => {
    const address = 'https://clinic.example/get.pdf?id=7&lang=en#page=2';
    const path = readerPathFor(address);
    expect(path.startsWith('/reader.html?')).toBe(true);
    expect(new URL(path, 'chrome-extension://id').searchParams.get(READER_FILE_PARAM)).toBe(address);
  });
});
