// Status writes whose answer was lost. When the connection drops, the request times out or the
// API server answers 5xx (it was killed after storing, say), the write may have been stored all
// the same: its phase change is then in status.phaseHistory but was never reported to the audit
// sink, and nothing else would report it while the process lives (the resync runs at start).
// Such a write is remembered by the time of the history entry it appended; the first copy seen
// with that entry, or a later one, settles it: every transition of that copy's history is reported
// again, and the store skips those it has by their idempotency key.
import { historyTransitions } from '../audit/rows.ts';
import type { AuditSink } from '../audit/sink.ts';
import { httpStatusOf } from '../kube/resources.ts';
import type { JobResource } from './status-writer.ts';

/** Whether a failed write may have been stored: no HTTP answer, or a server error. */
export function mayHaveBeenStored(error: unknown): boolean {
  const status = httpStatusOf(error);
  return status === undefined || status >= 500;
}

export class UnconfirmedWrites {
  /** Per resource uid, the time of the phase-history entry the unconfirmed write appended. */
  private readonly entryTimes = new Map<string, number>();

  remember(resource: JobResource, at: Date): void {
    const uid = resource.metadata.uid;
    if (uid) this.entryTimes.set(uid, at.getTime());
  }

  /**
   * Reports the history of `resource` once it is known to hold what the write appended or a later
   * phase change. A copy without either may be older than the write, or the write was not stored
   * and the phase change is still to be written (and reported) again, so it waits.
   */
  settle(resource: JobResource, audit: AuditSink): void {
    const uid = resource.metadata.uid ?? '';
    const at = this.entryTimes.get(uid);
    if (at === undefined) return;
    const history = resource.status?.phaseHistory ?? [];
    if (!history.some((entry) => Date.parse(entry.time) >= at)) return;
    this.entryTimes.delete(uid);
    for (const transition of historyTransitions(resource)) audit.record(transition);
  }

  /** The resource is gone: nothing left to settle. */
  forget(uid: string | undefined): void {
    if (uid) this.entryTimes.delete(uid);
  }
}
