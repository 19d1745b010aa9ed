/**
 * The two message channels, typed at both ends (src/contracts/messages.ts): requests to a tab's
 * content script, answered as ContentReplies says, and requests to the background, answered as
 * BackgroundReplies says.
 *
 * A listener reads every message through the validators (message-validation.ts) before its
 * handlers see it: anything else is ignored (no reply, one warning per listener; a request of
 * the other direction, which extension pages hear too, silently). A handler answers with a
 * promise of its reply, or undefined to leave the request to other listeners (a frame that is
 * not the one asked, a background with nothing to say). Replies go back through
 * `sendResponse`, which the browsers' own APIs take as the polyfill does: content scripts use
 * the browser's own (wxt.config.ts), where Chromium ignores a returned promise.
 */
import { browser, type Browser } from 'wxt/browser';
import type { BackgroundReplies, BackgroundRequest, ContentReplies, ContentRequest } from './messages';
import { parseBackgroundRequest, parseContentRequest } from './message-validation';

type Sender = Browser.runtime.MessageSender;
type Request = { type: string };
type Replies<R extends Request> = Record<R['type'], unknown>;

/** A promise of the reply (which may yet be nothing, for the sender's `undefined`), or nothing: no reply from this listener. */
type Answer<T> = Promise<T | void> | void;

/** One handler per request type, each answering with its type's reply. */
type RequestHandlers<R extends Request, M extends Replies<R>> = {
  [K in R['type']]?: (request: Extract<R, { type: K }>, sender: Sender) => Answer<M[K]>;
};
/** One handler for every type: it answers a request with that request's reply. */
type RequestHandler<R extends Request, M extends Replies<R>> = <Q extends R>(request: Q, sender: Sender) => Answer<M[Q['type']]>;

export type ContentHandlers = RequestHandlers<ContentRequest, ContentReplies>;
export type ContentHandler = RequestHandler<ContentRequest, ContentReplies>;
export type BackgroundHandlers = RequestHandlers<BackgroundRequest, BackgroundReplies>;
export type BackgroundHandler = RequestHandler<BackgroundRequest, BackgroundReplies>;

/** Asks the background; undefined when nothing answered. */
export function sendToBackground<Q extends BackgroundRequest>(request: Q): Promise<BackgroundReplies[Q['type']] | undefined> {
  // The channel's one unchecked claim: the reply is what the background's handler for this
  // type returned (RequestHandlers checks that there), cloned on the way.
  return browser.runtime.sendMessage<Q, BackgroundReplies[Q['type']] | undefined>(request);
}

/** Asks a tab's content scripts (only the frame `frameId`, when given); undefined when no frame answered. */
export function sendToTab<Q extends ContentRequest>(
  tabId: number,
  request: Q,
  options?: { frameId?: number },
): Promise<ContentReplies[Q['type']] | undefined> {
  // The same claim as sendToBackground's, for the content script's handlers.
  return browser.tabs.sendMessage<Q, ContentReplies[Q['type']] | undefined>(tabId, request, options);
}

/** One handler from one per type (a type without one gets no reply). */
function handlerOf<R extends Request, M extends Replies<R>>(handlers: RequestHandlers<R, M> | RequestHandler<R, M>): RequestHandler<R, M> {
  if (typeof handlers === 'function') return handlers;
  return <Q extends R>(request: Q, sender: Sender) => {
    // TypeScript cannot tie `handlers[request.type]` to `request`'s own type: this is that handler.
    const handler = handlers[request.type as R['type']] as ((request: Q, sender: Sender) => Answer<M[Q['type']]>) | undefined;
    return handler?.(request, sender);
  };
}

/** A content script's handler made of one per type (the engine's, and the first stage's own). */
export const contentHandler = (handlers: ContentHandlers): ContentHandler => handlerOf<ContentRequest, ContentReplies>(handlers);

/** What a malformed message says it is, for the console: its type, not what it carries. */
function typeOf(message: unknown): unknown {
  return typeof message === 'object' && message !== null && 'type' in message ? message.type : typeof message;
}

/** Listens for requests `parse` accepts; returns how to stop. */
function listen<R extends Request, M extends Replies<R>>(
  parse: (value: unknown) => R | null,
  otherDirection: (value: unknown) => unknown,
  handlers: RequestHandlers<R, M> | RequestHandler<R, M>,
): () => void {
  const handle = handlerOf(handlers);
  let warned = false;
  const listener = (message: unknown, sender: Sender, sendResponse: (reply?: unknown) => void): boolean => {
    const request = parse(message);
    if (!request) {
      if (!warned && !otherDirection(message)) {
        warned = true;
        console.warn('[dystonia-glossary] ignored a malformed message (said once)', typeOf(message));
      }
      return false;
    }
    const answer = handle(request, sender);
    if (!answer) return false;
    answer.then(sendResponse, (error: unknown) => {
      console.error(`[dystonia-glossary] could not answer ${request.type}`, error);
      sendResponse(undefined);
    });
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Answers requests to this content script (or the page that stands in for one, the welcome page). */
export function handleContentRequests(handlers: ContentHandlers | ContentHandler): () => void {
  return listen(parseContentRequest, parseBackgroundRequest, handlers);
}

/** Answers content scripts' requests (in the background, and the popup, which hears them too). */
export function handleBackgroundRequests(handlers: BackgroundHandlers | BackgroundHandler): () => void {
  return listen(parseBackgroundRequest, parseContentRequest, handlers);
}
