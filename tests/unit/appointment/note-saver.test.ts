import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNoteSaver } from '../../../src/appointment/note-saver';

describe('saving appointment notes', () => {
  let save: ReturnType<typeof vi.fn<(entryId: string, note: string) => Promise<unknown>>>;
  let onError: ReturnType<typeof vi.fn<(error: unknown) => void>>;
  beforeEach(() => {
    vi.useFakeTimers();
    save = vi.fn(async () => true);
    onError = vi.fn();
  });
  afterEach(() => vi.useRealTimers());

  it('saves the last text once typing pauses, not at every key', () => {
    const notes = createNoteSaver(save, 500, onError);
    notes.typed('putamen', 'A');
    vi.advanceTimersByTime(300);
    notes.typed('putamen', 'As');
    vi.advanceTimersByTime(300);
    notes.typed('putamen', 'Ask');
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(save.mock.calls).toEqual([['putamen', 'Ask']]);
  });

  it('saves at once when asked (box left, Print, page hidden), and only what changed', () => {
    const notes = createNoteSaver(save, 500, onError);
    notes.typed('putamen', 'Ask about it');
    notes.typed('dystonia', 'Mine started at 40');
    notes.flush('putamen');
    expect(save.mock.calls).toEqual([['putamen', 'Ask about it']]);
    notes.flushAll();
    notes.flushAll();
    vi.advanceTimersByTime(1000);
    expect(save.mock.calls).toEqual([
      ['putamen', 'Ask about it'],
      ['dystonia', 'Mine started at 40'],
    ]);
  });

  it('keeps each term’s note apart', () => {
    const notes = createNoteSaver(save, 500, onError);
    notes.typed('putamen', 'one');
    notes.typed('dystonia', 'two');
    vi.advanceTimersByTime(500);
    expect(save.mock.calls).toEqual([
      ['putamen', 'one'],
      ['dystonia', 'two'],
    ]);
  });

  it('reports a failed save', async () => {
    const failure = new Error('storage full');
    save.mockRejectedValue(failure);
    const notes = createNoteSaver(save, 500, onError);
    notes.typed('putamen', 'x');
    notes.flushAll();
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith(failure));
  });
});
