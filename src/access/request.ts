// The bearer token of an HTTP request, and the caller it makes.
import type { IncomingMessage } from 'node:http';
import type { AccessReviewer, Caller } from './types.ts';

export function bearerToken(request: IncomingMessage): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match?.[1];
}

/** A review that got no answer: the caller is neither allowed nor refused (answer 503). */
export class AccessReviewFailed extends Error {
  override readonly name = 'AccessReviewFailed';
}

/** The authenticated caller, or null without a token the API server accepts. */
export async function authenticatedCaller(
  reviewer: AccessReviewer,
  request: IncomingMessage,
): Promise<Caller | null> {
  const token = bearerToken(request);
  if (!token) return null;
  const user = await reviewer.authenticate(token);
  if (!user) return null;
  return {
    user,
    can: (attributes) =>
      reviewer.allowed(user, attributes).catch((error: unknown) => {
        throw new AccessReviewFailed('SubjectAccessReview failed', { cause: error });
      }),
  };
}
