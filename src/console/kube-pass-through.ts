// GET and POST /ui/api/kube/<API server path>: the console's requests passed to the Kubernetes API
// server as the person who makes them. The upstream request carries the caller's own bearer token
// and nothing of the operator's: its address and CA come from the operator's kubeconfig, but never
// its user (no ServiceAccount token, no client certificate), so the API server's RBAC and
// admission decide, and a refusal is the API server's own answer. Only the paths and query
// parameters of kube-paths.ts pass, with the Content-Type and Accept headers and a body of at
// most 256 KiB. Answers stream through as they arrive (a watch is a stream of JSON lines), with
// their status code and Content-Type.
import { readFileSync } from 'node:fs';
import {
  Agent as HttpAgent,
  request as httpRequest,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { KubeConfig } from '@kubernetes/client-node';
import { bearerToken } from '../access/request.ts';
import type { Caller } from '../access/types.ts';
import { sendJson } from '../http/json-answer.ts';
import { decidePassThrough, KUBE_PREFIX, MAX_WATCH_SECONDS, underKubePrefix } from './kube-paths.ts';
import { BodyTooLarge, MAX_BODY_BYTES, readBody } from './request-body.ts';
import type { WatchLimiter } from './watch-limiter.ts';

/** Where the API server is and how to trust it; no credentials. */
export interface ApiServerTarget {
  /** The server's URL; a path in it (a proxy's prefix) comes before every API path. */
  url: URL;
  agent: HttpAgent;
}

/**
 * The API server of the kubeconfig's current cluster: server URL, CA (caData or caFile),
 * skipTLSVerify and tlsServerName. The kubeconfig's user is not read at all.
 */
export function apiServerTarget(kubeConfig: KubeConfig): ApiServerTarget {
  const cluster = kubeConfig.getCurrentCluster();
  if (!cluster) throw new Error('the kubeconfig has no current cluster');
  const url = new URL(cluster.server);
  if (url.protocol === 'http:') return { url, agent: new HttpAgent({ keepAlive: true }) };
  const ca = cluster.caData
    ? Buffer.from(cluster.caData, 'base64')
    : cluster.caFile
      ? readFileSync(cluster.caFile)
      : undefined;
  const agent = new HttpsAgent({
    keepAlive: true,
    ...(ca ? { ca } : {}),
    rejectUnauthorized: !cluster.skipTLSVerify,
    ...(cluster.tlsServerName ? { servername: cluster.tlsServerName } : {}),
  });
  return { url, agent };
}

export interface PassThroughOptions {
  target: ApiServerTarget;
  watches: WatchLimiter;
  maxBodyBytes?: number;
  /** How long a request that is not a watch may wait for the API server (default 60 s). */
  timeoutMs?: number;
  logger?: { warn(details: Record<string, unknown>, message: string): void };
}

/** Seconds a client refused for too many watches is told to wait. */
const RETRY_AFTER_SECONDS = 5;

/**
 * A refusal of the operator's own, shaped as the API server's (a Status) so the console reads
 * every answer of the pass-through one way; `error` as the operator's other APIs have it.
 */
export function sendStatus(
  res: ServerResponse,
  code: number,
  reason: string,
  message: string,
  headers: Record<string, string> = {},
): true {
  return sendJson(
    res,
    code,
    {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message,
      reason,
      code,
      error: message,
    },
    { headers },
  );
}

const REASONS: Record<number, string> = { 400: 'BadRequest', 403: 'Forbidden', 405: 'MethodNotAllowed' };

export function kubePassThrough(options: PassThroughOptions) {
  const { target, watches } = options;
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const basePath = target.url.pathname.replace(/\/+$/, '');
  const send = target.url.protocol === 'http:' ? httpRequest : httpsRequest;

  return async (req: IncomingMessage, res: ServerResponse, caller: Caller): Promise<boolean> => {
    const rawUrl = req.url ?? '/';
    const written =
      rawUrl === KUBE_PREFIX || rawUrl.startsWith(`${KUBE_PREFIX}/`) || rawUrl.startsWith(`${KUBE_PREFIX}?`);
    // The server lets POST through by the parsed path (underKubePrefix), so every request whose
    // parsed path is here is answered here, also one written otherwise (/ui/api/./kube/...).
    if (!written) {
      if (!underKubePrefix(new URL(rawUrl, 'http://localhost').pathname)) return false;
      return sendStatus(
        res,
        400,
        'BadRequest',
        `a path under ${KUBE_PREFIX}/ must be written as it is: no "." or ".." segments, escapes or doubled slashes`,
      );
    }
    const decision = decidePassThrough(req.method ?? 'GET', rawUrl);
    if (!decision.allowed)
      return sendStatus(res, decision.status, REASONS[decision.status] ?? 'BadRequest', decision.message);
    // The server let only authenticated callers this far: the token is there.
    const token = bearerToken(req) ?? '';

    let body: Buffer | undefined;
    if (decision.method === 'POST') {
      try {
        body = await readBody(req, maxBodyBytes);
      } catch (error) {
        if (!(error instanceof BodyTooLarge)) return true; // the client went away
        return sendStatus(res, 413, 'RequestEntityTooLarge', error.message, { connection: 'close' });
      }
    }

    let release = () => {};
    if (decision.watch) {
      const slot = watches.acquire(caller.user.username);
      if (!slot.ok)
        return sendStatus(res, 429, 'TooManyRequests', slot.reason, {
          'retry-after': String(RETRY_AFTER_SECONDS),
        });
      release = slot.release;
    }

    const headers: Record<string, string | number> = { authorization: `Bearer ${token}` };
    const accept = req.headers.accept;
    headers.accept = accept && accept.length <= 1024 ? accept : 'application/json';
    if (body) {
      headers['content-type'] = req.headers['content-type'] ?? 'application/json';
      headers['content-length'] = body.length;
    }
    const upstream = send(new URL(`${basePath}${decision.path}`, target.url), {
      method: decision.method,
      headers,
      agent: target.agent,
    });
    // Either side closing ends the other and frees the watch's slot (release runs once). An
    // answer read to its end leaves its connection open for the next request.
    let answered = false;
    res.once('close', () => {
      release();
      if (!answered) upstream.destroy();
    });
    // A watch is ended by the API server after timeoutSeconds; silence well past that means it is gone.
    const idleMs = decision.watch ? (MAX_WATCH_SECONDS + 30) * 1000 : timeoutMs;
    upstream.setTimeout(idleMs, () =>
      upstream.destroy(new Error(`the Kubernetes API server did not answer within ${idleMs / 1000} s`)),
    );
    upstream.on('response', (answer) => {
      res.writeHead(answer.statusCode ?? 502, {
        'content-type': answer.headers['content-type'] ?? 'application/json',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      // The browser learns at once that its watch is open, before the first event.
      if (decision.watch) res.flushHeaders();
      answer.once('end', () => {
        answered = true;
      });
      answer.on('error', () => res.destroy());
      answer.pipe(res);
    });
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      release();
      if (res.headersSent) {
        // Cut short: the browser sees the stream end without its final chunk, and watches again.
        res.destroy();
        return;
      }
      if (res.destroyed) return;
      options.logger?.warn(
        { err: error, path: decision.path.split('?')[0] },
        'console: the Kubernetes API server could not be reached',
      );
      sendStatus(
        res,
        502,
        'BadGateway',
        `the operator could not reach the Kubernetes API server: ${error.code ?? error.message}`,
      );
    });
    upstream.end(body);
    return true;
  };
}
