import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { installExplainMenu } from '../../../src/background/glossary-tab';

afterEach(() => vi.restoreAllMocks());

type Clicked = (info: { menuItemId: string | number; linkUrl?: string; selectionText?: string }) => void;

describe('context menus', () => {
  it('offers "Open PDF with Dystonia Glossary" on links to PDFs only, and opens the reader with that link', async () => {
    const created: Array<Record<string, unknown>> = [];
    let clicked: Clicked | undefined;
    vi.spyOn(browser.contextMenus, 'removeAll').mockResolvedValue(undefined);
    vi.spyOn(browser.contextMenus, 'create').mockImplementation((props) => {
      created.push(props as Record<string, unknown>);
      return 1;
    });
    vi.spyOn(browser.contextMenus.onClicked, 'addListener').mockImplementation((listener) => void (clicked = listener as Clicked));
    const openTab = vi.spyOn(browser.tabs, 'create').mockResolvedValue({} as never);

    installExplainMenu('Explain', 'Open PDF with Dystonia Glossary', () => Promise.reject(new Error('not used')));
    await vi.waitFor(() => expect(created).toHaveLength(2));
    const pdfMenu = created.find((m) => m.id === 'open-pdf')!;
    expect(pdfMenu).toMatchObject({ title: 'Open PDF with Dystonia Glossary', contexts: ['link'] });
    // Links whose path ends in .pdf, with or without a query.
    expect(pdfMenu.targetUrlPatterns).toEqual(expect.arrayContaining(['*://*/*.pdf', '*://*/*.pdf?*']));

    clicked!({ menuItemId: 'open-pdf', linkUrl: 'https://clinic.example/letter.pdf?id=3' });
    expect(openTab).toHaveBeenCalledOnce();
    const url = new URL(openTab.mock.calls[0]![0].url!);
    expect(url.pathname).toBe('/reader.html');
    expect(url.searchParams.get('file')).toBe('https://clinic.example/letter.pdf?id=3');
  });
});
