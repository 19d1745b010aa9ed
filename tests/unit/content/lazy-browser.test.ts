import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** A namespace whose `runtime` counts its reads: reading it is what builds a browser's bindings. */
function namespace(id: string | undefined) {
  const reads = { runtime: 0 };
  const api = {
    get runtime() {
      reads.runtime++;
      return { id, getURL: (path: string) => `ext://${path}` };
    },
    storage: { local: 'local area' },
  };
  return { api, reads };
}

describe('lazy-browser (the content script’s wxt/browser)', () => {
  it('reads nothing of the extension API when the script loads, and the namespace at its first use', async () => {
    const chrome = namespace('abc');
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', chrome.api);
    const { browser } = await import('../../../src/content/lazy-browser');
    expect(chrome.reads.runtime).toBe(0);
    expect(browser.runtime.getURL('/popup.html')).toBe('ext:///popup.html');
    expect((browser.storage as unknown as { local: string }).local).toBe('local area');
  });

  it('prefers `browser` where it is the extension’s (Firefox), and falls back to `chrome` where `browser` is not', async () => {
    const firefox = namespace('ff-id');
    vi.stubGlobal('browser', firefox.api);
    vi.stubGlobal('chrome', { storage: { local: 'chrome’s' } });
    const { browser } = await import('../../../src/content/lazy-browser');
    expect((browser.storage as unknown as { local: string }).local).toBe('local area');

    vi.resetModules();
    vi.stubGlobal('browser', namespace(undefined).api);
    const again = await import('../../../src/content/lazy-browser');
    expect((again.browser.storage as unknown as { local: string }).local).toBe('chrome’s');
  });
});
