// Slurm's auth/jwt accepts HS256 tokens signed with its jwt_key and carrying the claims
// iat, exp and sun (the Slurm user name). Holding the key, we mint them ourselves.
import { createHmac } from 'node:crypto';

export interface MintOptions {
  key: Buffer;
  user: string;
  lifetimeSeconds: number;
  now?: Date;
}

export interface MintedToken {
  token: string;
  expiresAt: Date;
}

export function mintSlurmToken({ key, user, lifetimeSeconds, now = new Date() }: MintOptions): MintedToken {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAt = issuedAt + lifetimeSeconds;
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(JSON.stringify({ iat: issuedAt, exp: expiresAt, sun: user }));
  const signature = createHmac('sha256', key).update(`${header}.${payload}`).digest('base64url');
  return { token: `${header}.${payload}.${signature}`, expiresAt: new Date(expiresAt * 1000) };
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}
