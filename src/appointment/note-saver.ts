/**
 * Notes typed on the appointment page are saved once typing pauses, and at once when their box
 * is left, Print is pressed or the page is hidden: storage is not written at every key, and a
 * note is not lost to a tab closed straight after typing.
 */
export interface NoteSaver {
  typed(entryId: string, note: string): void;
  /** Saves `entryId`'s note now, if it has changed since it was last saved. */
  flush(entryId: string): void;
  flushAll(): void;
}

export function createNoteSaver(
  save: (entryId: string, note: string) => Promise<unknown>,
  pauseMs: number,
  onError: (error: unknown) => void,
): NoteSaver {
  const unsaved = new Map<string, { note: string; timer: ReturnType<typeof setTimeout> }>();
  const flush = (entryId: string) => {
    const waiting = unsaved.get(entryId);
    if (!waiting) return;
    clearTimeout(waiting.timer);
    unsaved.delete(entryId);
    save(entryId, waiting.note).catch(onError);
  };
  return {
    typed(entryId, note) {
      clearTimeout(unsaved.get(entryId)?.timer);
      unsaved.set(entryId, { note, timer: setTimeout(() => flush(entryId), pauseMs) });
    },
    flush,
    flushAll: () => [...unsaved.keys()].forEach(flush),
  };
}
