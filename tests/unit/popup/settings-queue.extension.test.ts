import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { createSettingsQueue } from '../../../src/popup/settings-queue';
import type { Settings } from '../../../src/settings/settings';
import { loadSettings, updateSettings } from '../../../src/storage/settings-storage';

const pause = (s: Settings): Settings => ({ ...s, enabled: false });
const resume = (s: Settings): Settings => ({ ...s, enabled: true });
const enabled = async () => (await loadSettings()).settings.enabled;

describe('settings queue', () => {
  beforeEach(() => fakeBrowser.reset());

  // Unqueued, the Undo reads the settings before the pause has landed, finds nothing to change, and the pause stays.
  it('a quick pause then Undo ends unpaused', async () => {
    const onError = vi.fn();
    const change = createSettingsQueue<Settings>(updateSettings, onError);
    await Promise.all([change(pause), change(resume)]);
    expect(await enabled()).toBe(true);
    expect(onError).not.toHaveBeenCalled();
  });

  it('runs changes in order, and one that fails does not stop the next', async () => {
    const ran: string[] = [];
    const onError = vi.fn();
    const change = createSettingsQueue<string[]>(async (edit) => {
      const next = edit(ran);
      if (next.length === 0) throw new Error('refused');
      ran.splice(0, ran.length, ...next);
    }, onError);
    const first = change((r) => [...r, 'a']);
    void change(() => []);
    await change((r) => [...r, 'b']);
    await first;
    expect(ran).toEqual(['a', 'b']);
    expect(onError).toHaveBeenCalledExactlyOnceWith(new Error('refused'));
  });
});
