// TokenReview and SubjectAccessReview against the API server, with answers cached briefly (the
// API server's own webhook authenticator caches the same way). A token is cached by its hash.
import { createHash } from 'node:crypto';
import { AuthenticationV1Api, AuthorizationV1Api, type KubeConfig } from '@kubernetes/client-node';
import { BoundedCache } from './bounded-cache.ts';
import type { AccessAttributes, AccessReviewer, UserInfo } from './types.ts';

export interface KubeAccessReviewerOptions {
  /** How long an answer is reused; a revoked token or binding is honoured after at most this. */
  ttlMs?: number;
  maxEntries?: number;
}

export class KubeAccessReviewer implements AccessReviewer {
  private readonly authentication: AuthenticationV1Api;
  private readonly authorization: AuthorizationV1Api;
  private readonly users: BoundedCache<UserInfo | null>;
  private readonly decisions: BoundedCache<boolean>;

  constructor(kubeConfig: KubeConfig, options: KubeAccessReviewerOptions = {}) {
    this.authentication = kubeConfig.makeApiClient(AuthenticationV1Api);
    this.authorization = kubeConfig.makeApiClient(AuthorizationV1Api);
    const ttlMs = options.ttlMs ?? 10_000;
    const maxEntries = options.maxEntries ?? 4096;
    this.users = new BoundedCache(maxEntries, ttlMs);
    this.decisions = new BoundedCache(maxEntries, ttlMs);
  }

  async authenticate(token: string): Promise<UserInfo | null> {
    const key = createHash('sha256').update(token).digest('base64url');
    const cached = this.users.get(key);
    if (cached !== undefined) return cached;
    const review = await this.authentication.createTokenReview({
      body: { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenReview', spec: { token } },
    });
    const user =
      review.status?.authenticated && review.status.user?.username ? review.status.user : undefined;
    const info: UserInfo | null = user
      ? {
          username: user.username ?? '',
          groups: user.groups ?? [],
          ...(user.uid ? { uid: user.uid } : {}),
          ...(user.extra ? { extra: user.extra } : {}),
        }
      : null;
    this.users.set(key, info);
    return info;
  }

  async allowed(user: UserInfo, attributes: AccessAttributes): Promise<boolean> {
    const key = JSON.stringify([user.username, user.uid, user.groups, user.extra, attributes]);
    const cached = this.decisions.get(key);
    if (cached !== undefined) return cached;
    const review = await this.authorization.createSubjectAccessReview({
      body: {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SubjectAccessReview',
        spec: {
          user: user.username,
          groups: user.groups,
          ...(user.uid ? { uid: user.uid } : {}),
          ...(user.extra ? { extra: user.extra } : {}),
          ...('nonResourceURL' in attributes
            ? { nonResourceAttributes: { verb: attributes.verb, path: attributes.nonResourceURL } }
            : { resourceAttributes: { ...attributes } }),
        },
      },
    });
    const allowed = review.status?.allowed === true;
    this.decisions.set(key, allowed);
    return allowed;
  }
}
