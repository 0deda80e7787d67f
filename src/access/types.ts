// Who is asking, and what they may do, as the Kubernetes API server says: the operator's HTTP
// endpoints answer only what the caller's own RBAC allows (controller-runtime's
// WithAuthenticationAndAuthorization and kube-rbac-proxy do the same).

/** The user a bearer token belongs to, as TokenReview reports it. */
export interface UserInfo {
  username: string;
  uid?: string;
  groups: string[];
  extra?: Record<string, string[]>;
}

/** What a request would do, as a SubjectAccessReview asks it. `namespace: ''` is every namespace. */
export type AccessAttributes =
  | {
      verb: string;
      group: string;
      resource: string;
      /** e.g. `log`, as `pods/log` in RBAC rules: `trainings/log`. */
      subresource?: string;
      namespace: string;
      name?: string;
    }
  | { verb: string; nonResourceURL: string };

export interface AccessReviewer {
  /** The token's user, or null when the API server does not accept the token. */
  authenticate(token: string): Promise<UserInfo | null>;
  allowed(user: UserInfo, attributes: AccessAttributes): Promise<boolean>;
}

/** An authenticated caller of an endpoint. */
export interface Caller {
  user: UserInfo;
  can(attributes: AccessAttributes): Promise<boolean>;
}
