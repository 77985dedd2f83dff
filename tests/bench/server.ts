/**
 * A tiny static server for the bench: serves one build directory on 127.0.0.1, gzip-compresses text
 * (compressed once, up front, so compression never costs time during a measured load), sends the
 * cache headers of a typical static host with validators, and counts what it sends. Counting on the
 * server sees every request, including those MapLibre's web worker makes (GeoJSON), which the
 * page's resource timing does not.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, sep } from 'node:path';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { APP_HOST } from '../e2e/chromium.ts';

export type Kind = 'js' | 'css' | 'data' | 'fonts' | 'html' | 'other';
export const KINDS: readonly Kind[] = ['js', 'css', 'data', 'fonts', 'html', 'other'];

const TYPES: Record<string, [contentType: string, kind: Kind, compress: boolean]> = {
  '.html': ['text/html; charset=utf-8', 'html', true],
  '.js': ['text/javascript; charset=utf-8', 'js', true],
  '.mjs': ['text/javascript; charset=utf-8', 'js', true],
  '.css': ['text/css; charset=utf-8', 'css', true],
  '.json': ['application/json', 'data', true],
  '.geojson': ['application/geo+json', 'data', true],
  '.svg': ['image/svg+xml', 'other', true],
  '.png': ['image/png', 'other', false],
  '.woff2': ['font/woff2', 'fonts', false],
  '.woff': ['font/woff', 'fonts', false],
  '.ttf': ['font/ttf', 'fonts', true],
  '.pbf': ['application/x-protobuf', 'fonts', true],
};

interface Entry {
  raw: Buffer;
  gzip: Buffer | null;
  contentType: string;
  kind: Kind;
  etag: string;
}

/** What the bench's results header says about the server: only what the code below does. */
export const SERVER_HEADERS =
  'node http on 127.0.0.1, gzip level 9 for text; /assets/* (hashed names): Cache-Control: public, max-age=31536000, immutable; other files: Cache-Control: no-cache; every file has an ETag and a Last-Modified, and a matching If-None-Match gets 304 without a body';

/** One response: body bytes as sent (`encoded`) and as the page sees them (`decoded`). */
export interface Transfer {
  path: string;
  kind: Kind;
  encoded: number;
  decoded: number;
  /** When the request reached the server, ms since the epoch (as `performance.timeOrigin`). */
  at: number;
  /** 200, or 304 (revalidated: no body). */
  status: number;
}

export interface BytesByKind {
  /** Bytes on the wire (gzip where the server compressed), response bodies only. */
  encoded: Record<Kind, number>;
  /** Bytes after decompression. */
  decoded: Record<Kind, number>;
  requests: Record<Kind, number>;
}

export function kindOf(path: string): Kind {
  return TYPES[extname(path).toLowerCase()]?.[1] ?? 'other';
}

export function summarize(transfers: readonly Transfer[]): BytesByKind {
  const zero = () => Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
  const out: BytesByKind = { encoded: zero(), decoded: zero(), requests: zero() };
  for (const t of transfers) {
    if (t.status !== 200) continue;
    out.encoded[t.kind] += t.encoded;
    out.decoded[t.kind] += t.decoded;
    out.requests[t.kind] += 1;
  }
  return out;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export interface StaticServer {
  origin: string;
  /** Responses since the last `reset()`. */
  transfers(): Transfer[];
  /** When the last request since `reset()` reached the server (ms since the epoch), or null. */
  lastRequestAt(): number | null;
  reset(): void;
  close(): Promise<void>;
}

/** The first port the bench's servers try (each takes the next free one, up to 4499). */
export const FIRST_PORT = 4300;

/**
 * Serves `dir` at http://127.0.0.1:<the first free port from `firstPort`>/. `bare`: every file
 * `Cache-Control: no-cache` without validators (the headers that once had files downloaded twice),
 * for one check.
 */
export async function serveStatic(
  dir: string,
  { bare = false, firstPort = FIRST_PORT } = {},
): Promise<StaticServer> {
  const files = new Map<string, Entry>();
  for (const path of walk(dir)) {
    const [contentType, kind, compress] = TYPES[extname(path).toLowerCase()] ?? [
      'application/octet-stream',
      'other' as Kind,
      false,
    ];
    const raw = readFileSync(path);
    const gzip = compress ? gzipSync(raw, { level: 9 }) : null;
    const url = '/' + relative(dir, path).split(sep).join('/');
    files.set(url, {
      raw,
      gzip: gzip && gzip.length < raw.length ? gzip : null,
      contentType,
      kind,
      etag: `"${createHash('sha1').update(raw).digest('base64url').slice(0, 20)}"`,
    });
  }
  const lastModified = new Date(Math.floor(Date.now() / 1000) * 1000).toUTCString();
  let log: Transfer[] = [];

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith('/')) path += 'index.html';
    const entry = files.get(path);
    if (!entry || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(entry ? 405 : 404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const at = Date.now();
    const gzip = entry.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? entry.gzip! : entry.raw;
    const headers = bare
      ? { 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' }
      : {
          // Like a static host: hashed assets are immutable, the rest is revalidated.
          'Cache-Control': path.startsWith('/assets/')
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
          ETag: entry.etag,
          'Last-Modified': lastModified,
          Vary: 'Accept-Encoding',
        };
    const match = String(req.headers['if-none-match'] ?? '')
      .split(',')
      .some((tag) => tag.trim().replace(/^W\//, '') === entry.etag);
    if (match && !bare) {
      res.writeHead(304, headers).end();
      log.push({ path, kind: entry.kind, encoded: 0, decoded: 0, at, status: 304 });
      return;
    }
    res.writeHead(200, {
      ...headers,
      'Content-Type': entry.contentType,
      'Content-Length': body.length,
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    res.end(body);
    log.push({
      path,
      kind: entry.kind,
      encoded: body.length,
      decoded: entry.raw.length,
      at,
      status: 200,
    });
  });
  // Ports up to 4499: the range this machine gives the bench (--port: where in it to start).
  for (let port = firstPort; ; port++) {
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
      server.once('error', resolve);
      server.listen(port, APP_HOST, () => resolve(null));
    });
    if (!error) break;
    if (error.code !== 'EADDRINUSE' || port >= 4499) throw error;
  }
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${APP_HOST}:${port}`,
    transfers: () => [...log],
    lastRequestAt: () => log.at(-1)?.at ?? null,
    reset: () => {
      log = [];
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Files sent in full more than once in one load: path and how many times. */
export function downloadedTwice(transfers: readonly Transfer[]): { path: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const t of transfers)
    if (t.status === 200) counts.set(t.path, (counts.get(t.path) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 1).map(([path, count]) => ({ path, count }));
}
