/**
 * The content script's context, in place of WXT's `ContentScriptContext` (wxt.config.ts
 * aliases it; security review M1). WXT's announces every start on the page's own window
 * (`postMessage({type: "<extension id>:content:wxt:content-script-started", …}, "*")`) so
 * that a newer copy can switch an older one off during development: any page could read the
 * extension's id there, and replay the message to switch the glossary off on itself.
 *
 * This one says nothing to the page. It is invalidated only when the extension itself is
 * gone (updated, reloaded or removed: `runtime.id` is then undefined in an orphaned script),
 * which it checks every few seconds; that is all the content script needs to stop cleanly.
 */

const CHECK_EVERY_MS = 5_000;

export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {
    const timer = setInterval(() => {
      if (!extensionAlive()) this.notifyInvalidated();
    }, CHECK_EVERY_MS);
    this.onInvalidated(() => clearInterval(timer));
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get isInvalid(): boolean {
    return this.controller.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.controller.signal.addEventListener('abort', cb);
    return () => this.controller.signal.removeEventListener('abort', cb);
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }
}

/**
 * Read from the browser's own namespace, not the polyfill: the first-stage content script
 * uses this context too, and stays a few kilobytes without the polyfill (issue #13).
 */
function extensionAlive(): boolean {
  try {
    const g = globalThis as { browser?: { runtime?: { id?: string } }; chrome?: { runtime?: { id?: string } } };
    return Boolean((g.browser ?? g.chrome)?.runtime?.id);
  } catch {
    return false;
  }
}
