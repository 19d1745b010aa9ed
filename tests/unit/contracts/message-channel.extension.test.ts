import { afterEach, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Browser } from 'wxt/browser';
import { handleBackgroundRequests, handleContentRequests, sendToBackground, sendToTab } from '../../../src/contracts/message-channel';
import type { BackgroundRequest, CandidateReply, PageInspection, PageTerms } from '../../../src/contracts/messages';
import type { EntryBundle } from '../../../src/glossary/entry-bundle';

const sender: Browser.runtime.MessageSender = { id: fakeBrowser.runtime.id, tab: { id: 7 } as Browser.tabs.Tab, frameId: 0 };
const terms: PageTerms = { counts: { dystonia: 2 }, hostname: 'example.org', active: true };

/** The fake browser's own trigger, with the `sendResponse` real browsers pass (its type leaves it out). */
const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;

/** Delivers a message as the browser would, to every listener with a `sendResponse`; resolves with what came back, if anything. */
async function deliver(message: unknown): Promise<{ replied: boolean; reply?: unknown }> {
  let reply: { value: unknown } | undefined;
  const answered = new Promise<void>((resolve) => {
    const sendResponse = (value?: unknown) => {
      reply = { value };
      resolve();
    };
    void trigger(message, sender, sendResponse).then((results) => {
      if (!results.includes(true)) resolve();
    });
  });
  await answered;
  return reply ? { replied: true, reply: reply.value } : { replied: false };
}

describe('the message channel', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  let error: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    fakeBrowser.reset();
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it("answers a content request with its handler's typed reply, given the sender", async () => {
    const seen: unknown[] = [];
    handleContentRequests({
      'get-page-terms': (_request, from) => {
        seen.push(from);
        return Promise.resolve(terms);
      },
      'jump-to-term': (request) => Promise.resolve(request.entryId === 'dystonia'),
    });
    expect(await deliver({ type: 'get-page-terms' })).toEqual({ replied: true, reply: terms });
    expect(await deliver({ type: 'jump-to-term', entryId: 'dystonia' })).toEqual({ replied: true, reply: true });
    expect(seen).toEqual([sender]);
  });

  it('hands the handler only the fields the request type has', async () => {
    const handler = vi.fn(() => Promise.resolve(true));
    handleContentRequests({ 'jump-to-term': handler });
    await deliver({ type: 'jump-to-term', entryId: 'a', html: '<img>' });
    expect(handler).toHaveBeenCalledWith({ type: 'jump-to-term', entryId: 'a' }, sender);
  });

  it('gives a malformed message no reply and no handler, and says so once', async () => {
    const handler = vi.fn(() => Promise.resolve(true));
    handleContentRequests({ 'jump-to-term': handler });
    expect(await deliver({ type: 'jump-to-term', entryId: 3 })).toEqual({ replied: false });
    expect(await deliver('get-page-terms')).toEqual({ replied: false });
    expect(await deliver({ type: 'evil' })).toEqual({ replied: false });
    expect(handler).not.toHaveBeenCalled();
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it("ignores the other direction's requests without a warning (extension pages hear both)", async () => {
    const handler = vi.fn(() => Promise.resolve(terms));
    handleContentRequests({ 'get-page-terms': handler });
    expect(await deliver({ type: 'page-terms-changed', distinct: 2 })).toEqual({ replied: false });
    expect(handler).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
  });

  it('leaves a request without a handler, or whose handler returns nothing, to other listeners', async () => {
    handleBackgroundRequests({ 'page-terms-changed': () => undefined });
    expect(await deliver({ type: 'page-terms-changed', distinct: 2 })).toEqual({ replied: false });
    expect(await deliver({ type: 'page-glossary' })).toEqual({ replied: false });
    fakeBrowser.runtime.onMessage.addListener((_message: unknown, _from: unknown, sendResponse: (value: unknown) => void) => {
      sendResponse('the other listener');
      return true;
    });
    expect(await deliver({ type: 'page-glossary' })).toEqual({ replied: true, reply: 'the other listener' });
    expect(warn).not.toHaveBeenCalled();
  });

  it('answers undefined when the handler fails, and reports it', async () => {
    handleBackgroundRequests({ 'get-entries': () => Promise.reject(new Error('storage gone')) });
    expect(await deliver({ type: 'get-entries', ids: ['a'] })).toEqual({ replied: true, reply: undefined });
    expect(error).toHaveBeenCalledWith(expect.stringContaining('get-entries'), expect.any(Error));
  });

  it('stops listening when told to', async () => {
    const stop = handleBackgroundRequests({ 'open-glossary': () => Promise.resolve(true) });
    expect(await deliver({ type: 'open-glossary' })).toEqual({ replied: true, reply: true });
    stop();
    expect(await deliver({ type: 'open-glossary' })).toEqual({ replied: false });
  });

  it('sends to the background and types the reply by the request', async () => {
    const reply: CandidateReply = { off: false, holds: true };
    const listener = vi.fn(() => Promise.resolve(reply));
    fakeBrowser.runtime.onMessage.addListener(listener);
    const batch = { carry: '', texts: ['putamen'], joinedCarry: '', joined: [] };
    const request = { type: 'may-hold-terms', hostname: 'example.org', batch } satisfies BackgroundRequest;
    const answer = sendToBackground(request);
    expectTypeOf(answer).resolves.toEqualTypeOf<CandidateReply | undefined>();
    expect(await answer).toEqual(reply);
    expect(listener).toHaveBeenCalledWith(request, expect.anything());
    type EntriesReply = Awaited<ReturnType<typeof sendToBackground<{ type: 'get-entries'; ids: string[] }>>>;
    expectTypeOf<EntriesReply>().toEqualTypeOf<EntryBundle | undefined>();
  });

  it("sends to a tab's frame and types the reply by the request", async () => {
    const inspection: PageInspection = { method: null, busy: false, drawn: 0, passes: 0, terms: [], popover: null };
    const tabsSend = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(inspection);
    const answer = sendToTab(7, { type: 'inspect', brief: true }, { frameId: 0 });
    expectTypeOf(answer).resolves.toEqualTypeOf<PageInspection | undefined>();
    expect(await answer).toEqual(inspection);
    expect(tabsSend).toHaveBeenCalledWith(7, { type: 'inspect', brief: true }, { frameId: 0 });
    expectTypeOf<ReturnType<typeof sendToTab<{ type: 'jump-to-term'; entryId: string }>>>().resolves.toEqualTypeOf<boolean | undefined>();
    expectTypeOf<ReturnType<typeof sendToTab<{ type: 'next-term' }>>>().resolves.toEqualTypeOf<void | undefined>();
  });
});
