// A JSON answer of the operator's read-only APIs: never cached, never sniffed as anything else.
import type { ServerResponse } from 'node:http';

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  options: { head?: boolean; headers?: Record<string, string | number> } = {},
): true {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    ...options.headers,
  });
  res.end(options.head ? undefined : text);
  return true;
}
