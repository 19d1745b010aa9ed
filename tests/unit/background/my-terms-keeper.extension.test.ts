import { beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { createMyTermsKeeper } from '../../../src/background/my-terms-keeper';
import { DEFAULT_SETTINGS } from '../../../src/settings/settings';
import { loadMyTerms } from '../../../src/storage/my-terms-storage';
import { saveSettings } from '../../../src/storage/settings-storage';

type Sender = Browser.runtime.MessageSender;
/** A content script in a web page's top frame, as the browser describes it. */
const page = (title: string, url = 'https://news.example.org/dystonia?id=7') => ({ frameId: 0, url, tab: { id: 3, title, url } }) as Sender;
const popup = () => ({ url: browser.runtime.getURL('/popup.html') }) as Sender;
const welcome = () => ({ frameId: 0, url: browser.runtime.getURL('/welcome.html'), tab: { id: 4, title: 'Welcome' } }) as Sender;

describe('My terms, kept by the background (issue #17)', () => {
  let clock = Date.UTC(2026, 11, 1);
  const keeper = () => createMyTermsKeeper(() => (clock += 120_000));
  beforeEach(() => fakeBrowser.reset());

  it('records each lookup with the tab’s title and no address, counting repeats', async () => {
    const k = keeper();
    await k.lookedUp('putamen', page('Dystonia explained'));
    await k.lookedUp('dystonia', page('Dystonia explained'));
    await k.lookedUp('putamen', popup());
    const { history } = await loadMyTerms();
    expect(history.map(({ id, count, title }) => ({ id, count, title }))).toEqual([
      { id: 'putamen', count: 2, title: '' },
      { id: 'dystonia', count: 1, title: 'Dystonia explained' },
    ]);
    expect(history.some((l) => 'url' in l)).toBe(false);
  });

  it('takes the top frame’s own title and address where the browser does not tell the tab’s (Firefox without `tabs`)', async () => {
    const k = keeper();
    await saveSettings({ ...DEFAULT_SETTINGS, historyWithAddress: true });
    const top = { frameId: 0, url: 'https://news.example.org/a', tab: { id: 3 } } as Sender;
    const inner = { frameId: 5, url: 'https://ads.example.com/frame', tab: { id: 3 } } as Sender;
    await k.lookedUp('putamen', top, 'Dystonia explained');
    await k.lookedUp('dystonia', inner, 'Buy now');
    const { history } = await loadMyTerms();
    expect(history.map(({ id, title, url }) => ({ id, title, url }))).toEqual([
      { id: 'dystonia', title: '', url: undefined },
      { id: 'putamen', title: 'Dystonia explained', url: 'https://news.example.org/a' },
    ]);
  });

  it('writes nothing while history is off, and keeps addresses only when asked to', async () => {
    const k = keeper();
    await saveSettings({ ...DEFAULT_SETTINGS, keepHistory: false });
    expect(await k.lookedUp('putamen', page('A'))).toBe(false);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await saveSettings({ ...DEFAULT_SETTINGS, historyWithAddress: true });
    await k.lookedUp('putamen', page('A'));
    expect((await loadMyTerms()).history[0]!.url).toBe('https://news.example.org/dystonia?id=7');
  });

  it('counts every one of many lookups arriving at once from many tabs', async () => {
    const k = keeper();
    await Promise.all(Array.from({ length: 30 }, (_, i) => k.lookedUp(`term-${i % 10}`, page(`Tab ${i}`))));
    const { history } = await loadMyTerms();
    expect(history).toHaveLength(10);
    expect(history.reduce((sum, l) => sum + l.count, 0)).toBe(30);
  });

  it('does not count the welcome page’s practice text', async () => {
    expect(await keeper().lookedUp('putamen', welcome())).toBe(false);
    expect((await loadMyTerms()).history).toEqual([]);
  });

  it('saves and unsaves from anywhere, but takes notes, removals and clearing only from the extension’s own pages', async () => {
    const k = keeper();
    expect(await k.setSaved('putamen', true)).toBe(true);
    expect(await k.isSaved('putamen')).toBe(true);
    await k.lookedUp('putamen', page('A'));
    expect(await k.setNote('putamen', 'from a page', page('A'))).toBe(false);
    expect(await k.clearHistory(page('A'))).toBe(false);
    expect(await k.forgetLookup('putamen', page('A'))).toBe(false);
    expect(await k.setNote('putamen', 'Ask about side effects.', popup())).toBe(true);
    expect((await loadMyTerms()).saved).toEqual([{ id: 'putamen', savedAt: expect.any(Number), note: 'Ask about side effects.' }]);
    expect((await loadMyTerms()).history).toHaveLength(1);
    expect(await k.clearHistory(popup())).toBe(true);
    expect((await loadMyTerms()).history).toEqual([]);
    expect(await k.setSaved('putamen', false)).toBe(false);
    expect((await loadMyTerms()).saved).toEqual([]);
  });

  it('refuses what is not an entry id', async () => {
    const k = keeper();
    expect(await k.lookedUp('<img src=x>', page('A'))).toBe(false);
    expect(await k.setSaved('x'.repeat(500), true)).toBe(false);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
