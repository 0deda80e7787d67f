// The operator's real HTTPS server with the console's routes, a fake reviewer (what TokenReview and
// SubjectAccessReview would say), and an HTTPS client that can send a body and read a stream.
import type { IncomingHttpHeaders } from 'node:http';
import { request } from 'node:https';
import type { AddressInfo } from 'node:net';
import { KubeConfig } from '@kubernetes/client-node';
import { Registry } from 'prom-client';
import type { AccessAttributes, AccessReviewer, UserInfo } from '../../../src/access/types.ts';
import { consoleRoutes } from '../../../src/console/index.ts';
import type { TemplateSource } from '../../../src/console/templates-api.ts';
import { type RouteHandler, startHttpServer } from '../../../src/observability/http-server.ts';
import { type KeyPair, selfSignedKeyPair } from '../../../src/observability/tls.ts';

/** token -> user; grants as `user verb resource namespace`. */
export function fakeReviewer(
  tokens: Record<string, UserInfo>,
  grants: Set<string>,
): AccessReviewer & { reviews: AccessAttributes[] } {
  const reviews: AccessAttributes[] = [];
  return {
    reviews,
    async authenticate(token) {
      return tokens[token] ?? null;
    },
    async allowed(user, attributes) {
      reviews.push(attributes);
      const what =
        'nonResourceURL' in attributes
          ? `${attributes.verb} ${attributes.nonResourceURL}`
          : `${attributes.verb} ${attributes.resource} ${attributes.namespace}`;
      return grants.has(`${user.username} ${what}`);
    },
  };
}

/**
 * A kubeconfig whose current cluster is `server` (trusting `ca`) and whose user has a token of its
 * own, and the client certificate `client` if given: credentials the pass-through must never send.
 */
export function kubeConfigFor(server: string, ca?: string, client?: KeyPair): KubeConfig {
  const config = new KubeConfig();
  config.loadFromOptions({
    clusters: [
      {
        name: 'c',
        server,
        skipTLSVerify: false,
        ...(ca ? { caData: Buffer.from(ca).toString('base64') } : {}),
      },
    ],
    users: [
      {
        name: 'operator',
        token: 'the-operators-own-token',
        ...(client
          ? {
              certData: Buffer.from(client.cert).toString('base64'),
              keyData: Buffer.from(client.key).toString('base64'),
            }
          : {}),
      },
    ],
    contexts: [{ name: 'ctx', cluster: 'c', user: 'operator' }],
    currentContext: 'ctx',
  });
  return config;
}

export interface ConsoleServer {
  base: string;
  pair: KeyPair;
  close(): void;
}

export async function startConsoleServer(options: {
  reviewer: AccessReviewer;
  directory: string;
  kubeConfig: KubeConfig;
  templates?: TemplateSource;
  enabled?: boolean;
  /** Tried after the console's, as the operator's other APIs are. */
  handlers?: RouteHandler[];
}): Promise<ConsoleServer> {
  const pair = await selfSignedKeyPair(['127.0.0.1']);
  const routes = consoleRoutes({
    enabled: options.enabled ?? true,
    directory: options.directory,
    kubeConfig: options.kubeConfig,
    templates: () => options.templates ?? { get: () => undefined, list: () => [] },
  });
  const server = await startHttpServer({
    tls: pair,
    port: 0,
    host: '127.0.0.1',
    registry: new Registry(),
    access: options.reviewer,
    publicHandlers: routes.publicHandlers,
    handlers: [...routes.handlers, ...(options.handlers ?? [])],
    acceptsPost: routes.acceptsPost,
    readiness: { informersSynced: () => true, role: () => 'single', clusters: () => [] },
  });
  return {
    base: `https://127.0.0.1:${(server.address() as AddressInfo).port}`,
    pair,
    close: () => {
      server.closeAllConnections();
      server.close();
    },
  };
}

export interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** The body's bytes as sent (still compressed, if the server compressed it). */
  bytes: Buffer;
}

export interface CallOptions {
  method?: string;
  token?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  ca: string;
}

/** The request's options, with the path exactly as written (a URL would resolve `..` and escapes). */
function target(url: string, options: CallOptions) {
  const match = /^https:\/\/([^/:]+):([0-9]+)(\/.*)$/.exec(url);
  if (!match) throw new Error(`not an https URL with a port and path: ${url}`);
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  return {
    host: match[1],
    port: Number(match[2]),
    path: match[3],
    method: options.method ?? 'GET',
    headers,
    ca: options.ca,
  };
}

/** A whole answer. */
export function call(url: string, options: CallOptions): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(target(url, options), (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const bytes = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text: bytes.toString(), bytes });
      });
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

export interface OpenStream {
  status: number;
  headers: IncomingHttpHeaders;
  /** Resolves with everything read once `text` contains `wanted`. */
  until(wanted: string, timeoutMs?: number): Promise<string>;
  /** Resolves when the server ends the answer. */
  ended: Promise<string>;
  close(): void;
}

/** An answer read as it arrives (a watch). */
export function open(url: string, options: CallOptions): Promise<OpenStream> {
  return new Promise((resolve, reject) => {
    const req = request(target(url, options), (res) => {
      let text = '';
      const waiters: (() => void)[] = [];
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        text += chunk;
        for (const wake of waiters.splice(0)) wake();
      });
      const ended = new Promise<string>((done) => {
        res.on('end', () => done(text));
        res.on('close', () => done(text));
        res.on('error', () => done(text));
      });
      resolve({
        status: res.statusCode ?? 0,
        headers: res.headers,
        ended,
        until: (wanted, timeoutMs = 5_000) =>
          new Promise((done, fail) => {
            const timer = setTimeout(
              () => fail(new Error(`no "${wanted}" in ${JSON.stringify(text)}`)),
              timeoutMs,
            );
            const check = () => {
              if (text.includes(wanted)) {
                clearTimeout(timer);
                done(text);
              } else waiters.push(check);
            };
            check();
          }),
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
    req.end(options.body);
  });
}
