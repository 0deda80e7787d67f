// The part of a ReconcileContext the status writer uses, for its tests: audit transitions are
// recorded in a list; logs and Events go nowhere.
import type { Transition } from '../../src/audit/sink.ts';
import type { ReconcileContext } from '../../src/reconcilers/context.ts';
import { UnconfirmedWrites } from '../../src/reconcilers/unconfirmed-writes.ts';

export function recordingContext(now: () => Date = () => new Date()) {
  const recorded: Transition[] = [];
  const ctx = {
    now,
    log: { info() {} },
    audit: { record: (t: Transition) => recorded.push(t) },
    events: { normal() {}, warning() {} },
    unconfirmedWrites: new UnconfirmedWrites(),
  } as unknown as ReconcileContext;
  return { ctx, recorded };
}
