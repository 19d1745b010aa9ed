/**
 * How the two stages of the content script meet (issue #13). The first stage
 * (entrypoints/content/index.ts) is the only one the browser loads into every frame; it
 * imports the engine (entrypoints/content-engine.ts) once the frame's text could hold a term,
 * and keeps answering messages: itself until the engine is ready, then through the engine.
 *
 * They share the content script's isolated world, which the page cannot see into: the engine
 * leaves its handler there under ENGINE_KEY.
 */
import type { ContentHandler } from '../contracts/message-channel';

/** The engine's answer to a request (a promise of its reply), or undefined when it has none. */
export type EngineHandler = ContentHandler;

const ENGINE_KEY = '__dystoniaGlossaryEngine';
/** The web-accessible file the first stage imports (WXT builds entrypoints/content-engine.ts there). */
export const ENGINE_PATH = '/content-engine.js';

type Shared = { [ENGINE_KEY]?: Promise<EngineHandler> };

/** Called by the engine as it starts, before anything it awaits. */
export function offerEngine(ready: Promise<EngineHandler>): void {
  (globalThis as Shared)[ENGINE_KEY] = ready;
}

/** The engine's handler once it has started, or undefined when the import did not offer one. */
export function engineOffered(): Promise<EngineHandler> | undefined {
  return (globalThis as Shared)[ENGINE_KEY];
}
