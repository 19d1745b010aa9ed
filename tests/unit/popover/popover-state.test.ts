import { describe, expect, it } from 'vitest';
import {
  initialPopoverState,
  lastOpened,
  reducePopover,
  shownEntry,
  type PopoverEvent,
  type PopoverState,
} from '../../../src/popover/popover-state';

const run = (events: PopoverEvent[], from: PopoverState = initialPopoverState): PopoverState => events.reduce(reducePopover, from);

/** The state, known to be open (the test fails here if it is not). */
function shown(state: PopoverState): Exclude<PopoverState, { mode: 'closed' }> {
  if (state.mode === 'closed') throw new Error('expected an open explanation');
  return state;
}

const hover = (anchor: string, entryId: string): PopoverEvent => ({ type: 'open', anchor, entryId, source: 'hover', pinned: false });
const tap = (anchor: string, entryId: string): PopoverEvent => ({ type: 'open', anchor, entryId, source: 'tap', pinned: true });

describe('popover state: opening', () => {
  it('starts closed, with nothing to reopen', () => {
    expect(initialPopoverState).toEqual({ mode: 'closed', last: null });
    expect(lastOpened(initialPopoverState)).toBeNull();
    expect(shownEntry(initialPopoverState)).toBeNull();
  });

  it('a rest opens it unpinned on that occurrence, showing the term’s entry', () => {
    const state = run([hover('t1', 'putamen')]);
    expect(state).toEqual({ mode: 'unpinned', anchor: 't1', source: 'hover', history: ['putamen'] });
    expect(shownEntry(state)).toBe('putamen');
  });

  it('a tap opens it pinned', () => {
    expect(run([tap('t1', 'putamen')])).toMatchObject({ mode: 'pinned', source: 'tap' });
  });

  it('records the keyboard as what opened it, pinned (Enter) or not (Tab focus)', () => {
    const enter = run([{ type: 'open', anchor: 't1', entryId: 'putamen', source: 'keyboard', pinned: true }]);
    expect(enter).toMatchObject({ mode: 'pinned', source: 'keyboard' });
    const tab = run([{ type: 'open', anchor: 't1', entryId: 'putamen', source: 'keyboard', pinned: false }]);
    expect(tab).toMatchObject({ mode: 'unpinned', source: 'keyboard' });
  });

  it('records commands and the popup as sources too', () => {
    expect(run([{ type: 'open', anchor: 't1', entryId: 'putamen', source: 'command', pinned: true }])).toMatchObject({ source: 'command' });
    expect(run([{ type: 'open', anchor: 't1', entryId: 'putamen', source: 'popup', pinned: true }])).toMatchObject({ source: 'popup' });
  });

  it('opening the open term again never unpins it: a rest after a click keeps the pin', () => {
    const state = run([tap('t1', 'putamen'), hover('t1', 'putamen')]);
    expect(state).toMatchObject({ mode: 'pinned', anchor: 't1', source: 'hover' });
  });

  it('another term opened from a pinned one starts unpinned (the popover closes the first)', () => {
    expect(run([tap('t1', 'putamen'), hover('t2', 'dystonia')])).toMatchObject({ mode: 'unpinned', anchor: 't2', history: ['dystonia'] });
  });

  it('opening starts the history afresh, on the same term too', () => {
    const followed = run([hover('t1', 'putamen'), { type: 'follow', entryId: 'basal-ganglia' }]);
    expect(run([hover('t1', 'putamen')], followed)).toMatchObject({ history: ['putamen'] });
    expect(run([hover('t2', 'dystonia')], followed)).toMatchObject({ history: ['dystonia'] });
  });

  it('opens from closed whatever was open before', () => {
    const state = run([tap('t1', 'putamen'), { type: 'close' }, hover('t2', 'dystonia')]);
    expect(state).toEqual({ mode: 'unpinned', anchor: 't2', source: 'hover', history: ['dystonia'] });
  });
});

describe('popover state: pinning', () => {
  it('a rest-opened explanation, then pinned, is pinned on the same term with the same history', () => {
    const open = run([hover('t1', 'putamen'), { type: 'follow', entryId: 'basal-ganglia' }]);
    const pinned = reducePopover(open, { type: 'pin' });
    expect(pinned).toEqual({ mode: 'pinned', anchor: 't1', source: 'hover', history: ['putamen', 'basal-ganglia'] });
    // The entries did not change: the popover has no reason to draw the entry again.
    expect(shown(pinned).history).toBe(shown(open).history);
  });

  it('pinning a pinned or a closed one changes nothing (the same state)', () => {
    const pinned = run([tap('t1', 'putamen')]);
    expect(reducePopover(pinned, { type: 'pin' })).toBe(pinned);
    const closed = run([{ type: 'close' }], pinned);
    expect(reducePopover(closed, { type: 'pin' })).toBe(closed);
    expect(reducePopover(initialPopoverState, { type: 'pin' })).toBe(initialPopoverState);
  });
});

describe('popover state: related terms and Back', () => {
  it('following related terms pushes their entries; Back pops them, showing the one before', () => {
    let state = run([hover('t1', 'putamen'), { type: 'follow', entryId: 'basal-ganglia' }, { type: 'follow', entryId: 'dystonia' }]);
    expect(state).toMatchObject({ anchor: 't1', history: ['putamen', 'basal-ganglia', 'dystonia'] });
    expect(shownEntry(state)).toBe('dystonia');
    state = reducePopover(state, { type: 'back' });
    expect(shownEntry(state)).toBe('basal-ganglia');
    state = reducePopover(state, { type: 'back' });
    expect(state).toMatchObject({ mode: 'unpinned', anchor: 't1', history: ['putamen'] });
  });

  it('Back never goes below the term’s own entry: at one entry it returns the same state', () => {
    const first = run([hover('t1', 'putamen'), { type: 'follow', entryId: 'dystonia' }, { type: 'back' }]);
    expect(reducePopover(first, { type: 'back' })).toBe(first);
    expect(shownEntry(run([{ type: 'back' }, { type: 'back' }], first))).toBe('putamen');
  });

  it('the same entry may come twice (A, B, A), and Back walks each step', () => {
    const state = run([hover('t1', 'putamen'), { type: 'follow', entryId: 'dystonia' }, { type: 'follow', entryId: 'putamen' }]);
    expect(state).toMatchObject({ history: ['putamen', 'dystonia', 'putamen'] });
    expect(shownEntry(reducePopover(state, { type: 'back' }))).toBe('dystonia');
  });

  it('following and Back keep the pin', () => {
    const state = run([tap('t1', 'putamen'), { type: 'follow', entryId: 'dystonia' }, { type: 'back' }]);
    expect(state.mode).toBe('pinned');
  });

  it('a closed explanation follows nothing and goes back nowhere (the same state)', () => {
    const closed = run([hover('t1', 'putamen'), { type: 'close' }]);
    expect(reducePopover(closed, { type: 'follow', entryId: 'dystonia' })).toBe(closed);
    expect(reducePopover(closed, { type: 'back' })).toBe(closed);
  });
});

describe('popover state: closing and reopen last', () => {
  it('closing an unpinned or a pinned one closes it', () => {
    expect(run([hover('t1', 'putamen'), { type: 'close' }]).mode).toBe('closed');
    expect(run([tap('t1', 'putamen'), { type: 'close' }]).mode).toBe('closed');
  });

  it('closing keeps the term and its own entry for "reopen last", not a related one followed since', () => {
    const state = run([hover('t1', 'putamen'), { type: 'follow', entryId: 'dystonia' }, { type: 'close' }]);
    expect(state).toEqual({ mode: 'closed', last: { anchor: 't1', entryId: 'putamen' } });
    expect(lastOpened(state)).toEqual({ anchor: 't1', entryId: 'putamen' });
    expect(shownEntry(state)).toBeNull();
  });

  it('while open, "reopen last" is the open term', () => {
    expect(lastOpened(run([hover('t1', 'putamen'), hover('t2', 'dystonia')]))).toEqual({ anchor: 't2', entryId: 'dystonia' });
  });

  it('closing a closed one changes nothing: what to reopen survives (the same state)', () => {
    const closed = run([hover('t1', 'putamen'), { type: 'close' }]);
    expect(reducePopover(closed, { type: 'close' })).toBe(closed);
    expect(reducePopover(initialPopoverState, { type: 'close' })).toBe(initialPopoverState);
  });

  it('reopening after a close starts unpinned unless asked: the old pin is gone', () => {
    expect(run([tap('t1', 'putamen'), { type: 'close' }, hover('t1', 'putamen')]).mode).toBe('unpinned');
  });
});
