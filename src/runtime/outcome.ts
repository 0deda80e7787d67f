// What a reconcile returns, kept apart from how it fails (kube-rs `Action`, controller-runtime `Result`):
// `done` waits for the next event, `requeueAfter` is a planned re-check, and a thrown error is
// transient and retried with backoff by the work queue. A failure that retrying cannot fix (a bad
// template, a rejected job) is no throw: the reconciler writes it into the resource's status and
// returns `done`.

export type ReconcileOutcome = { kind: 'done' } | { kind: 'requeue'; afterMs: number };

export const done: ReconcileOutcome = Object.freeze({ kind: 'done' });

export function requeueAfter(ms: number): ReconcileOutcome {
  if (!Number.isFinite(ms) || ms < 0)
    throw new RangeError(`requeue delay must be a finite number >= 0, got ${ms}`);
  return { kind: 'requeue', afterMs: ms };
}
