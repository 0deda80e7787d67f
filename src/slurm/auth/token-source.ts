// Where slurmrestd tokens come from: a static token, a file re-read when it changes, or
// tokens minted per user from the cluster's HS256 jwt_key and renewed before they expire.
import { readFile, stat } from 'node:fs/promises';
import { mintSlurmToken } from './jwt.ts';

export interface TokenSource {
  /** A token valid for `user`; throws when this source cannot act as that user. */
  token(user: string): Promise<string>;
  /** Forget cached tokens after slurmrestd refused one, so the next call gets a fresh one. */
  invalidate(user: string): void;
  /** Users this source can act as; null when any user (a signing key). */
  readonly users: readonly string[] | null;
}

function wrongUser(user: string, owner: string): Error {
  return new Error(
    `a static Slurm token acts only as "${owner}", not as "${user}"; per-tenant users need an HS256 key`,
  );
}

export function staticTokenSource(owner: string, token: string): TokenSource {
  return {
    users: [owner],
    async token(user) {
      if (user !== owner) throw wrongUser(user, owner);
      return token;
    },
    invalidate() {},
  };
}

/** A token kept in a file (e.g. a projected Secret), re-read whenever the file changes. */
export function fileTokenSource(owner: string, path: string): TokenSource {
  let cached: { token: string; mtimeMs: number } | null = null;
  return {
    users: [owner],
    async token(user) {
      if (user !== owner) throw wrongUser(user, owner);
      const { mtimeMs } = await stat(path);
      if (!cached || cached.mtimeMs !== mtimeMs) {
        cached = { token: (await readFile(path, 'utf8')).trim(), mtimeMs };
      }
      return cached.token;
    },
    invalidate() {
      cached = null;
    },
  };
}

export interface MintingOptions {
  key: Buffer;
  lifetimeSeconds: number;
  /** Renew when less than this share of the lifetime is left. */
  renewBefore?: number;
  now?: () => Date;
}

export function mintingTokenSource({
  key,
  lifetimeSeconds,
  renewBefore = 0.2,
  now = () => new Date(),
}: MintingOptions): TokenSource {
  const cache = new Map<string, { token: string; renewAt: number }>();
  return {
    users: null,
    async token(user) {
      const at = now();
      const cached = cache.get(user);
      if (cached && at.getTime() < cached.renewAt) return cached.token;
      const minted = mintSlurmToken({ key, user, lifetimeSeconds, now: at });
      const renewAt = minted.expiresAt.getTime() - renewBefore * lifetimeSeconds * 1000;
      cache.set(user, { token: minted.token, renewAt });
      return minted.token;
    },
    invalidate(user) {
      cache.delete(user);
    },
  };
}
