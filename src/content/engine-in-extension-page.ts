/**
 * The content script's engine in one of the extension's own pages (the welcome page's
 * practice text, the PDF reader): loaded by its path, and answering what a web page's content
 * script answers: the keyboard commands, the popup's "On this page", `inspect` (the e2e
 * tests). Not the site switch: these pages are no site. Content scripts' own requests to the
 * background have other types.
 */
import type { ContentRequest } from '../contracts/messages';
import { handleContentRequests } from '../contracts/message-channel';
import { engineOffered } from './engine-handoff';

const PAGE_REQUESTS = new Set<ContentRequest['type']>([
  'next-term',
  'previous-term',
  'reopen-last',
  'get-page-terms',
  'jump-to-term',
  'inspect',
]);

export async function startEngineInExtensionPage(): Promise<void> {
  // The same engine pages get (ENGINE_PATH), by its path on this page's own origin: the address
  // getURL gives is Chrome's per-session one for web pages (use_dynamic_url), which this page's
  // CSP refuses. Written out: web-ext lint accepts only a literal here, and the build leaves it.
  // @ts-expect-error: a file of the built extension, which TypeScript cannot see.
  await import(/* @vite-ignore */ '/content-engine.js');
  const engine = await engineOffered();
  if (!engine) throw new Error('the glossary engine did not start');
  // Commands reach a tab's page through tabs.sendMessage; here the page is this one.
  handleContentRequests((request, sender) => (PAGE_REQUESTS.has(request.type) ? engine(request, sender) : undefined));
}
