/**
 * What the explanation is doing (closed, unpinned, pinned; which term, which entries), as a pure
 * reducer (no DOM, no timers) so every transition can be tested on its own. The popover holds
 * one such state and draws itself from it (glossary-popover.ts); the interactions ask it.
 *
 * The state is plain data: occurrence and entry ids, never the term's element or the entry
 * itself, so it can be compared, logged and kept across a re-render of the page.
 *
 * Two ways of being open, because the user sees two: `unpinned` goes again as the pointer (or
 * focus, with terms as Tab stops) moves away; `pinned` stays until dismissed (WCAG 1.4.13).
 * How it opened is `source`: the keyboard and the commands open it pinned, Tab focus does not.
 * Where focus is stays with the DOM, which alone knows it.
 */

import type { OpenSource } from '../contracts/messages';

/** At least one id: the explanation always shows an entry, and Back never goes below the first. */
type EntryHistory = readonly [string, ...string[]];

interface ShownPopover {
  readonly mode: 'unpinned' | 'pinned';
  /** The occurrence the explanation belongs to (TermRef.id). */
  readonly anchor: string;
  readonly source: OpenSource;
  /** Entry ids, the term's own first; the last one is shown (related terms followed, undone by Back). */
  readonly history: EntryHistory;
}

/** The term and entry most recently opened: "reopen last" brings it back after an accidental dismissal. */
export interface LastOpened {
  readonly anchor: string;
  readonly entryId: string;
}

interface ClosedPopover {
  readonly mode: 'closed';
  readonly last: LastOpened | null;
}

export type PopoverState = ClosedPopover | ShownPopover;

export type PopoverEvent =
  /** Shows the term's entry, its history started afresh. */
  | { type: 'open'; anchor: string; entryId: string; source: OpenSource; pinned: boolean }
  /** Keeps it until dismissed: moving the hand away will not close it. */
  | { type: 'pin' }
  /** A related term chosen inside the explanation. */
  | { type: 'follow'; entryId: string }
  | { type: 'back' }
  | { type: 'close' };

export const initialPopoverState: PopoverState = { mode: 'closed', last: null };

const nonEmpty = (ids: readonly string[]): ids is EntryHistory => ids.length > 0;

/** The next state; the same object when the event changes nothing (pinning a pinned one, Back at the first entry). */
export function reducePopover(state: PopoverState, event: PopoverEvent): PopoverState {
  switch (event.type) {
    case 'open': {
      const { anchor, entryId, source, pinned } = event;
      // Opening the term already open never unpins it (a rest after a click); another term starts unpinned.
      const keepsPin = state.mode === 'pinned' && state.anchor === anchor;
      return { mode: pinned || keepsPin ? 'pinned' : 'unpinned', anchor, source, history: [entryId] };
    }
    case 'pin':
      return state.mode === 'unpinned' ? { ...state, mode: 'pinned' } : state;
    case 'follow':
      return state.mode === 'closed' ? state : { ...state, history: [...state.history, event.entryId] };
    case 'back': {
      if (state.mode === 'closed') return state;
      const history = state.history.slice(0, -1);
      return nonEmpty(history) ? { ...state, history } : state;
    }
    case 'close':
      return state.mode === 'closed' ? state : { mode: 'closed', last: lastOpened(state) };
  }
}

/** What "reopen last" reopens: while open, the term and its own entry (not a related one followed since). */
export function lastOpened(state: PopoverState): LastOpened | null {
  return state.mode === 'closed' ? state.last : { anchor: state.anchor, entryId: state.history[0] };
}

/** The entry shown, or null while closed. */
export function shownEntry(state: PopoverState): string | null {
  return state.mode === 'closed' ? null : (state.history.at(-1) ?? null);
}
