/**
 * The bench's pages, served from 127.0.0.1 on two ports: `origin` for top-level pages and
 * `otherOrigin` for cross-origin iframes (same site, so Chromium and Firefox keep them in the
 * page's process and its heap). Nothing is cached, so every run fetches every page.
 */
import { createServer, type Server } from 'node:http';

export interface BenchServer {
  origin: string;
  otherOrigin: string;
  /** Path (without query) → body; may be added to after the start. */
  pages: Record<string, string | Uint8Array>;
  close(): void;
}

export async function startBenchServer(pages: Record<string, string | Uint8Array> = {}): Promise<BenchServer> {
  const handler = (req: { url?: string }, res: import('node:http').ServerResponse) => {
    const path = (req.url ?? '').replace(/\?.*$/, '');
    const body = pages[path];
    if (body === undefined) return void res.writeHead(404).end();
    const type = path.endsWith('.js') ? 'text/javascript' : path.endsWith('.pdf') ? 'application/pdf' : 'text/html; charset=utf-8';
    // PDFs may be read by any page (CORS), as many sites allow: the reader then needs no site permission in Firefox either.
    const cors = path.endsWith('.pdf') ? { 'access-control-allow-origin': '*' } : {};
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store', ...cors }).end(body);
  };
  const listen = async (): Promise<[Server, string]> => {
    const server = createServer(handler);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const address = server.address();
    return [server, `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`];
  };
  const [main, origin] = await listen();
  const [other, otherOrigin] = await listen();
  return {
    origin,
    otherOrigin,
    pages,
    close() {
      main.close();
      other.close();
    },
  };
}
