// Status writes whose answer was lost. When the connection drops, the request times out or the
// API server answers 5xx (it was killed after storing, say), the write may have been stored all
// the same: its phase change is then in status.phaseHistory but was never reported to the audit
// sink, and nothing else would report it while the process lives (the resync runs at start).
//
// Such a write's transition is kept, and reported once a copy of the resource shows the exact
// history entry the write appended (phase and time: no clocks are compared). Writes are guarded
// by resourceVersion, so once a copy shows one kept write stored, or a later write succeeds from
// a copy that shows none, the other kept writes of that resource can never be stored: they are
// dropped.

import type { JobResource } from '../../api/types.ts';
import type { AuditSink, Transition } from '../../audit/sink.ts';

export class UnconfirmedWrites {
  /** Per resource uid, the transitions of its writes that may have been stored. */
  private readonly kept = new Map<string, Transition[]>();

  remember(transition: Transition): void {
    const kept = this.kept.get(transition.uid) ?? [];
    kept.push(transition);
    this.kept.set(transition.uid, kept);
  }

  /** Reports the kept transitions `resource` shows were stored, and forgets the resource's others. */
  reportStored(resource: JobResource, audit: AuditSink): void {
    const uid = resource.metadata.uid ?? '';
    const kept = this.kept.get(uid);
    if (!kept) return;
    const history = resource.status?.phaseHistory ?? [];
    const stored = kept.filter((t) =>
      history.some((entry) => entry.phase === t.to && entry.time === t.at.toISOString()),
    );
    if (stored.length === 0) return;
    this.kept.delete(uid);
    for (const transition of stored) audit.record(transition);
  }

  /** A write from a copy that showed none of them succeeded: none of them was stored. */
  forget(uid: string | undefined): void {
    if (uid) this.kept.delete(uid);
  }
}
