// GET and HEAD /ui/ and /ui/*: the console's built files (HTML, JavaScript, CSS), served to anyone
// without a token, like any console's sign-in page: they hold no data, and everything with data is
// asked for with the person's token. /ui/api/ is not theirs (authenticated handlers answer it).
// - The files in assets/ carry a content hash in their names (Vite): cached for a year, immutable.
//   Which file it is decides, not the path it was asked by (`..` and symlinks resolved).
// - A path without a file is a page of the app (the browser's router): index.html, never cached,
//   so a new release is picked up at the next load. A missing asset (under /ui/assets/, or named
//   .js, .css, .png ...) is a 404, not the app.
// - Every answer carries a Content-Security-Policy that admits the console's own files only, and
//   refuses framing (clickjacking).
// - Scripts, styles and HTML go brotli- or gzip-compressed to a browser that takes it
//   (compressed-files.ts), with Vary: Accept-Encoding and an ETag per encoding.
// - Files are read only from inside the directory: the path is resolved and its prefix checked,
//   and a symlink that leads out of the directory is refused as if the file were missing.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { PublicHandler } from '../observability/http-server.ts';
import { CompressedFiles, chooseEncoding, isCompressible } from './compressed-files.ts';

export const UI_PREFIX = '/ui/';
const API_PREFIX = '/ui/api/';
const ASSETS_PREFIX = '/ui/assets/';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
});
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const NO_CACHE = 'no-cache';

/** What `npm run build` has not made yet (the message of the 503, and of the log at start). */
export const NOT_BUILT =
  'the web console is enabled but not built: run `npm run build` (it builds the console into dist/ui)';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

function answer(res: ServerResponse, status: number, text: string, head: boolean, cache = 'no-store'): true {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'content-type': 'text/plain; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': cache,
  });
  res.end(head ? undefined : text);
  return true;
}

/**
 * Whether a path the directory has no file for is a page of the app: anything but the assets
 * folder and names with a file type the console is built of. Kubernetes names may hold dots
 * (/ui/models/team-a/resnet.v2 is a page).
 */
function isPage(rawPath: string, relative: string): boolean {
  if (rawPath.startsWith(ASSETS_PREFIX)) return false;
  const extension = extname(relative).toLowerCase();
  return extension === '' || !(extension in TYPES);
}

/** The regular file at `relative` under `root` (its real path), or undefined: missing, outside, or not a file. */
async function fileInside(root: string, relative: string) {
  const candidate = resolve(root, relative);
  if (!candidate.startsWith(root + sep)) return undefined;
  try {
    // A symlink may point anywhere: where it really leads must be inside too.
    const real = await realpath(candidate);
    if (!real.startsWith(root + sep)) return undefined;
    const stats = await stat(real);
    return stats.isFile() ? { path: real, size: stats.size, mtimeMs: stats.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

/** A weak tag per file version and encoding: each representation is cached apart (RFC 9110, 8.8.3). */
function entityTag(file: { size: number; mtimeMs: number }, encoding?: string): string {
  const version = `${file.size.toString(16)}-${Math.floor(file.mtimeMs).toString(16)}`;
  return `W/"${version}${encoding ? `-${encoding}` : ''}"`;
}

export interface StaticFilesOptions {
  /** The built console (Vite's output), with index.html at its top. */
  directory: string;
}

export function staticFiles(options: StaticFilesOptions): PublicHandler {
  let root: string | undefined;
  const compressed = new CompressedFiles();
  return async (req, res) => {
    const rawPath = (req.url ?? '/').split('?')[0] ?? '/';
    if (rawPath === '/ui') {
      // Relative URLs of the app resolve against /ui/, not /.
      res.writeHead(308, { ...SECURITY_HEADERS, location: UI_PREFIX, 'content-length': 0 });
      res.end();
      return true;
    }
    if (!rawPath.startsWith(UI_PREFIX) || rawPath.startsWith(API_PREFIX)) return false;
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) return answer(res, 405, 'the console files are read with GET', head);
    let relative: string;
    try {
      relative = decodeURIComponent(rawPath.slice(UI_PREFIX.length));
    } catch {
      return answer(res, 400, 'malformed path', head);
    }
    if (relative.includes('\0')) return answer(res, 400, 'malformed path', head);
    // Resolved once the directory exists (it may be built after the operator started).
    root ??= await realpath(options.directory).catch(() => undefined);
    if (!root) return answer(res, 503, NOT_BUILT, head);
    let file = extname(relative) === '' ? undefined : await fileInside(root, relative);
    if (!file) {
      if (!isPage(rawPath, relative)) return answer(res, 404, 'no such file', head);
      file = await fileInside(root, 'index.html');
      if (!file) return answer(res, 503, NOT_BUILT, head);
    }
    const extension = extname(file.path).toLowerCase();
    const compressible = isCompressible(extension, file.size);
    const encoding = compressible ? chooseEncoding(req.headers['accept-encoding']) : undefined;
    const etag = entityTag(file, encoding);
    // Chosen by the file served, not the path asked for: /ui/assets/../index.html is the page.
    const cache = file.path.startsWith(join(root, 'assets') + sep) ? IMMUTABLE : NO_CACHE;
    const headers = {
      ...SECURITY_HEADERS,
      'content-type': TYPES[extension] ?? 'application/octet-stream',
      'cache-control': cache,
      etag,
      ...(compressible ? { vary: 'Accept-Encoding' } : {}),
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      res.end();
      return true;
    }
    if (encoding) {
      const body = await compressed.get(file, encoding).catch(() => undefined);
      if (body) {
        res.writeHead(200, { ...headers, 'content-encoding': encoding, 'content-length': body.length });
        res.end(head ? undefined : body);
        return true;
      }
    }
    // Uncompressed (compressing failed: the file as it is, under its own tag).
    res.writeHead(200, { ...headers, etag: entityTag(file), 'content-length': file.size });
    if (head) {
      res.end();
      return true;
    }
    // A read error mid-file cuts the answer short; the browser loads the page again.
    await pipeline(createReadStream(file.path), res).catch(() => res.destroy());
    return true;
  };
}

/** Whether the directory holds the built console (its index.html). */
export async function consoleBuilt(directory: string): Promise<boolean> {
  return stat(join(directory, 'index.html'))
    .then((s) => s.isFile())
    .catch(() => false);
}
