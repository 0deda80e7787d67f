// What a reconcile returns, kept apart from how it fails (kube-rs `Action`, controller-runtime `Result`):
// `done` waits for the next event, `requeueAfter` is a planned re-check, a thrown TerminalError is final
// and any other thrown error is transient and retried with backoff by the work queue.

export type ReconcileOutcome = { kind: 'done' } | { kind: 'requeue'; afterMs: number };

export const done: ReconcileOutcome = Object.freeze({ kind: 'done' });

export function requeueAfter(ms: number): ReconcileOutcome {
  if (!Number.isFinite(ms) || ms < 0)
    throw new RangeError(`requeue delay must be a finite number >= 0, got ${ms}`);
  return { kind: 'requeue', afterMs: ms };
}

/**
 * A failure that retrying cannot fix (a bad template, a rejected job). The reconciler has already
 * written it to the resource's status; the work queue reports it and does not retry the key.
 */
export class TerminalError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'TerminalError';
  }
}
