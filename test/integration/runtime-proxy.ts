// A TCP pass-through in front of the test kube-apiserver that a test can cut and restore, so an
// informer or leader elector loses its API connection without disturbing the shared server. TLS stays
// end to end (the proxy only moves bytes), so the client verifies the real server certificate.
import { connect, createServer, type Server, type Socket } from 'node:net';
import { KubeConfig } from '@kubernetes/client-node';
import { required, stackEnv } from '../support/stack.ts';

/**
 * reset: every connection is refused with a RST; blackhole: connections and bytes vanish (requests
 * hang); mute: requests still reach the server, its answers vanish (a write is stored, unanswered).
 */
export type Cut = 'reset' | 'blackhole' | 'mute';

export class SeverableProxy {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private readonly target: URL;
  private state: 'open' | Cut = 'open';

  private constructor(target: URL) {
    this.target = target;
    this.server = createServer((client) => this.accept(client));
  }

  static async start(target: string): Promise<SeverableProxy> {
    const proxy = new SeverableProxy(new URL(target));
    await new Promise<void>((resolve, reject) => {
      proxy.server.once('error', reject);
      proxy.server.listen(0, '127.0.0.1', resolve);
    });
    return proxy;
  }

  get url(): string {
    const address = this.server.address();
    if (address === null || typeof address === 'string') throw new Error('proxy is not listening');
    return `https://127.0.0.1:${address.port}`;
  }

  /** Cuts every open connection and treats new ones as `how` says until restore(). */
  cut(how: Cut): void {
    this.state = how;
    if (how === 'reset') this.destroyAll();
  }

  /** Lets traffic through again; connections that lived through a cut are closed (their streams are torn). */
  restore(): void {
    this.destroyAll();
    this.state = 'open';
  }

  async close(): Promise<void> {
    this.destroyAll();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** A KubeConfig for the test stack whose server URL points at this proxy. */
  kubeConfig(): KubeConfig {
    const direct = new KubeConfig();
    direct.loadFromFile(required(stackEnv('kube'), 'KUBECONFIG'));
    const current = direct.getCurrentCluster();
    if (!current) throw new Error('the test kubeconfig has no current cluster');
    const proxied = new KubeConfig();
    proxied.loadFromOptions({
      clusters: direct.clusters.map((c) => (c.name === current.name ? { ...c, server: this.url } : c)),
      users: direct.users,
      contexts: direct.contexts,
      currentContext: direct.getCurrentContext(),
    });
    return proxied;
  }

  private accept(client: Socket): void {
    if (this.state === 'reset') {
      client.resetAndDestroy();
      return;
    }
    this.track(client);
    if (this.state === 'blackhole') {
      client.on('data', () => {});
      return;
    }
    const upstream = connect(Number(this.target.port), this.target.hostname);
    this.track(upstream);
    // Bytes move only while the proxy is open; during a blackhole cut they are dropped.
    client.on('data', (chunk) => {
      if (this.state === 'open' || this.state === 'mute') upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (this.state === 'open') client.write(chunk);
    });
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  }

  private track(socket: Socket): void {
    this.sockets.add(socket);
    socket.on('error', () => {});
    socket.on('close', () => this.sockets.delete(socket));
  }

  private destroyAll(): void {
    for (const socket of this.sockets) socket.resetAndDestroy();
    this.sockets.clear();
  }
}

/** Polls until `condition` holds, failing with `what` after `timeoutMs`. */
export async function eventually(what: string, condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
