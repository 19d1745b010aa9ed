import { describe, expect, it, vi } from 'vitest';
import { cachedMessages } from '../../../src/i18n/message';

describe('cachedMessages', () => {
  it('asks for each message once, when it is first wanted', () => {
    const getMessage = vi.fn((key: string) => `words of ${key}`);
    const message = cachedMessages(getMessage);
    expect(getMessage).not.toHaveBeenCalled();
    expect(message('ui_close')).toBe('words of ui_close');
    expect(message('ui_close')).toBe('words of ui_close');
    expect(message('ui_more')).toBe('words of ui_more');
    expect(getMessage.mock.calls).toEqual([['ui_close'], ['ui_more']]);
  });

  it('shows the name of a message no locale has, or where there is no i18n API, rather than nothing', () => {
    const message = cachedMessages((key) => (key === 'ui_more' ? '' : undefined));
    expect(message('ui_more')).toBe('ui_more');
    expect(message('ui_less')).toBe('ui_less');
  });
});
