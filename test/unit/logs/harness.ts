// The logs handler on a plain node:http server on 127.0.0.1, with an in-memory LogSource and a
// fake Caller (what SubjectAccessReview would say), and temp files for job output.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AccessAttributes, Caller } from '../../../src/access/types.ts';
import { type LogApiOptions, logHandler } from '../../../src/logs/log-api.ts';
import type { AttemptOutput, LogListing, LogLookup, LogSource } from '../../../src/logs/types.ts';

export class MemorySource implements LogSource {
  readonly calls: string[] = [];
  private readonly entries = new Map<string, { attempts: AttemptOutput[]; active: boolean }>();

  set(listing: LogListing, namespace: string, name: string, attempts: AttemptOutput[], active = true): void {
    this.entries.set(`${listing}/${namespace}/${name}`, { attempts, active });
  }

  setActive(listing: LogListing, namespace: string, name: string, active: boolean): void {
    const entry = this.entries.get(`${listing}/${namespace}/${name}`);
    if (entry) entry.active = active;
  }

  lookup(listing: LogListing, namespace: string, name: string): LogLookup {
    const key = `${listing}/${namespace}/${name}`;
    this.calls.push(key);
    const entry = this.entries.get(key);
    if (!entry) return { found: false };
    return { found: true, attempts: entry.attempts, active: () => entry.active };
  }
}

/** A caller allowed exactly the `verb resource/subresource namespace` strings given. */
export function fakeCaller(grants: string[], reviews: AccessAttributes[] = [], username = 'alice'): Caller {
  return {
    user: { username, groups: [] },
    async can(attributes) {
      reviews.push(attributes);
      if ('nonResourceURL' in attributes) return false;
      const resource = attributes.subresource
        ? `${attributes.resource}/${attributes.subresource}`
        : attributes.resource;
      return grants.includes(`${attributes.verb} ${resource} ${attributes.namespace}`);
    },
  };
}

export interface Served {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export async function serve(source: LogSource, caller: Caller, options: LogApiOptions = {}): Promise<Served> {
  const handle = logHandler(source, options);
  const server = createServer((req, res) => {
    handle(req, res, caller).then(
      (handled) => {
        if (!handled) {
          res.writeHead(404, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: 'not the log route' }));
        }
      },
      (error: unknown) => {
        res.writeHead(503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: String(error) }));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function tempDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'logs-test-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Open descriptors of this process (Linux). */
export function openFds(): number {
  return readdirSync('/proc/self/fd').length;
}

export async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}
