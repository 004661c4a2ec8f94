/**
 * Serves the built dashboard (dist/web) from memory: the files are read once at start-up, so only those files can
 * ever be served (no path from a request touches the disk). Hashed assets are cached for a year; index.html never.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { HttpError } from './api-route.js';
import { escapeHtml } from './docs-page.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

interface WebFile {
  body: Buffer;
  type: string;
  etag: string;
  immutable: boolean;
}

function readTree(dir: string): Map<string, WebFile> {
  const files = new Map<string, WebFile>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const body = readFileSync(p);
        const url = '/' + relative(dir, p).split(sep).join('/');
        files.set(url, {
          body,
          type: TYPES[extname(p).toLowerCase()] ?? 'application/octet-stream',
          etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
          immutable: url.startsWith('/assets/'),
        });
      }
    }
  };
  walk(dir);
  return files;
}

const NOT_BUILT = (dir: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Dyad</title><link rel="stylesheet" href="/api/docs.css"></head>
<body><main><h1>Dyad</h1><p>The dashboard is not built (nothing at <code>${escapeHtml(dir)}</code>). Run <code>npm run build</code>, or start with <code>npm start</code>, which builds it.</p>
<p>The API is up: <a href="/api/docs">/api/docs</a>.</p></main></body></html>`;

export function serveWeb(app: FastifyInstance, dir: string | undefined): void {
  const files = dir && existsSync(join(dir, 'index.html')) ? readTree(dir) : null;
  app.get('/*', async (req, reply) => {
    const path = req.url.split('?')[0]!;
    if (path.startsWith('/api/')) throw new HttpError(404, `no API route ${req.method} ${path}`);
    if (!files && path === '/') return reply.type('text/html; charset=utf-8').send(NOT_BUILT(dir ?? 'dist/web'));
    const f = files?.get(path === '/' ? '/index.html' : path);
    if (!f) throw new HttpError(404, `not found: ${path}`);
    reply.header('etag', f.etag).header('cache-control', f.immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    if (req.headers['if-none-match'] === f.etag) return reply.code(304).send();
    return reply.type(f.type).send(f.body);
  });
}
