import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { entriesById, GLOSSARY } from '../../../src/glossary';
import { createPagePanel, type PagePanelActions } from '../../../src/popup/page-panel';
import { stubI18n } from './stub-i18n';

const byId = entriesById(GLOSSARY);

describe('"this page" panel', () => {
  let actions: { [K in keyof PagePanelActions]: Mock<PagePanelActions[K]> };
  beforeEach(() => {
    stubI18n();
    actions = { onSiteToggle: vi.fn(), onJump: vi.fn(), onReopenLast: vi.fn(), onOpenPdf: vi.fn(), onOpenReader: vi.fn() };
    document.body.replaceChildren();
  });
  const mount = () => {
    const panel = createPagePanel(document, (id) => byId.get(id), actions);
    document.body.append(panel.element);
    return panel;
  };

  it('lists the page’s terms A–Z with counts; a click jumps to the term', () => {
    const panel = mount();
    panel.showPage({ counts: { 'botulinum-toxin': 3, 'basal-ganglia': 2, 'unknown-id': 1 }, hostname: 'example.com', active: true });
    const buttons = Array.from(document.querySelectorAll<HTMLButtonElement>('.page-term'));
    expect(buttons.map((b) => [b.dataset.entryId, b.querySelector('.page-term-count')!.textContent])).toEqual([
      ['basal-ganglia', '2'],
      ['botulinum-toxin', '3'],
    ]);
    expect(buttons[1]!.getAttribute('aria-label')).toBe('Show “botulinum toxin” on the page, found 3 times');
    buttons[1]!.click();
    expect(actions.onJump).toHaveBeenCalledWith('botulinum-toxin');
    expect(document.querySelector('.switch')!.textContent).toBe('Highlight terms on example.com');
  });

  it('the site switch reports its new state; the all-sites switch is not beside it', () => {
    const panel = mount();
    panel.showPage({ counts: {}, hostname: 'example.com', active: true });
    panel.showSwitches({ siteOn: true, everywhereOn: true });
    document.querySelector<HTMLInputElement>('.site-toggle')!.click();
    expect(actions.onSiteToggle).toHaveBeenCalledWith(false);
    expect(document.querySelectorAll('.page-panel input')).toHaveLength(1);
    expect(document.querySelector('.everywhere-toggle')).toBeNull();
    expect(document.querySelector('.page-message')!.textContent).toBe('No glossary terms on this page.');
  });

  it('while paused everywhere, the site switch shows off and says why; turning it on asks for this site on', () => {
    const panel = mount();
    panel.showPage({ counts: {}, hostname: 'example.com', active: false });
    panel.showSwitches({ siteOn: true, everywhereOn: false });
    const site = document.querySelector<HTMLInputElement>('.site-toggle')!;
    const hint = document.querySelector<HTMLElement>('.paused-hint')!;
    expect(site.checked).toBe(false);
    expect(hint.hidden).toBe(false);
    expect(site.getAttribute('aria-describedby')).toBe(hint.id);
    site.click();
    expect(actions.onSiteToggle).toHaveBeenCalledWith(true);
    panel.showSwitches({ siteOn: true, everywhereOn: true });
    expect(site.checked).toBe(true);
    expect(hint.hidden).toBe(true);
    expect(site.hasAttribute('aria-describedby')).toBe(false);
  });

  it('explains pages it cannot read and pages where highlighting is off', () => {
    const panel = mount();
    panel.showPage(undefined);
    expect(document.querySelector('.page-message')!.textContent).toMatch(/can't be shown/);
    expect(document.querySelector<HTMLInputElement>('.site-toggle')!.disabled).toBe(true);
    panel.showPage({ counts: {}, hostname: 'example.com', active: false });
    expect(document.querySelector('.page-message')!.textContent).toBe('Highlighting is off on this page.');
    expect(document.querySelector<HTMLElement>('.reopen-last')!.hidden).toBe(true);
  });

  it('offers "Open this PDF with the glossary" on a PDF tab only, instead of "not available"; the file reader always', () => {
    const panel = mount();
    panel.showPage(undefined);
    panel.showPdf(false);
    const openPdf = document.querySelector<HTMLButtonElement>('.open-pdf')!;
    expect(openPdf.hidden).toBe(true);
    expect(document.querySelector<HTMLElement>('.page-message')!.hidden).toBe(false);
    panel.showPdf(true);
    expect(openPdf.hidden).toBe(false);
    expect(document.querySelector<HTMLElement>('.page-message')!.hidden).toBe(true);
    openPdf.click();
    expect(actions.onOpenPdf).toHaveBeenCalledOnce();
    document.querySelector<HTMLButtonElement>('.open-reader')!.click();
    expect(actions.onOpenReader).toHaveBeenCalledOnce();
  });
});
