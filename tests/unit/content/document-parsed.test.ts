import { describe, expect, it } from 'vitest';
import { documentParsed } from '../../../src/content/document-parsed';

const fakeDocument = (readyState: DocumentReadyState) => Object.assign(new EventTarget(), { readyState }) as unknown as Document;

describe('documentParsed', () => {
  it('waits for DOMContentLoaded while the document is loading', async () => {
    const loading = fakeDocument('loading');
    let parsed = false;
    const waiting = documentParsed(loading).then(() => (parsed = true));
    await new Promise((r) => setTimeout(r, 10));
    expect(parsed).toBe(false);
    loading.dispatchEvent(new Event('DOMContentLoaded'));
    await waiting;
    expect(parsed).toBe(true);
  });

  it('resolves at once when the document is already parsed', async () => {
    await expect(documentParsed(fakeDocument('interactive'))).resolves.toBeUndefined();
    await expect(documentParsed(fakeDocument('complete'))).resolves.toBeUndefined();
  });
});
