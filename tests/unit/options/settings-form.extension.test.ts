import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createSettingsForm, parseSiteList } from '../../../src/options/settings-form';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/settings/settings';
import { stubI18n } from '../popup/stub-i18n';

describe('site lists in the settings form (security review M8)', () => {
  let onChange: ReturnType<typeof vi.fn<(next: Settings) => void>>;
  const enter = (text: string) => {
    const area = document.querySelector<HTMLTextAreaElement>('#field-disabledSites')!;
    area.value = text;
    area.dispatchEvent(new Event('change'));
    return area.parentElement!.querySelector('.error')!.textContent;
  };
  beforeEach(() => {
    stubI18n();
    onChange = vi.fn();
    document.body.replaceChildren(createSettingsForm(document, DEFAULT_SETTINGS, onChange).element);
  });

  it('saves a list that fits', () => {
    expect(enter('https://news.example.com/article\nforum.example.org')).toBe('');
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, disabledSites: ['news.example.com', 'forum.example.org'] });
  });

  it('keeps the host of a pasted address, an IPv6 one with its brackets, as the stored settings accept it', () => {
    expect(parseSiteList('http://[::1]:8080/page\nhttps://Example.com:443/x?y\nnot a site')).toEqual({
      sites: ['[::1]', 'example.com'],
      invalid: ['not a site'],
    });
    expect(enter('http://[::1]:8080/page')).toBe('');
    expect(onChange).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, disabledSites: ['[::1]'] });
  });

  it('refuses, in words and before saving, a list the browser could not store', () => {
    const sites = Array.from({ length: 150 }, (_, i) => `site-${i}-${'x'.repeat(50)}.example.com`);
    expect(parseSiteList(sites.join('\n')).invalid).toEqual([]);
    expect(enter(sites.join('\n'))).toMatch(
      /^Too many or too long site names: the settings would take 1\d\.\d KB, and the browser keeps at most 8\.0 KB of settings\. Remove some sites\.$/,
    );
    expect(onChange).not.toHaveBeenCalled();
  });

  it('names at most a few of many invalid entries (security review L4)', () => {
    const text = enter(Array.from({ length: 1000 }, (_, i) => `bad_site_${i}`).join('\n'));
    expect(text.length).toBeLessThan(200);
    expect(text).toContain('(1000 in all)');
  });
});
