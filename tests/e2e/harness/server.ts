/** Serves test fixtures from 127.0.0.1 on a free port. No other host is ever contacted. */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
};

export interface FixtureServer {
  url(path: string): string;
  close(): Promise<void>;
}

export const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');

/** `headers` adds response headers per path (e.g. a strict CSP for one fixture). */
export async function startFixtureServer(
  root = FIXTURES_DIR,
  headers: Record<string, Record<string, string>> = {},
): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers[path] }).end(body),
      () => res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  return {
    url: (path) => `http://127.0.0.1:${address.port}${path.startsWith('/') ? path : `/${path}`}`,
    // A browser still open keeps idle keep-alive connections, which would hold close() until they time out.
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
