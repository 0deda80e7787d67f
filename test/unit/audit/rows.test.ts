import { describe, expect, it } from 'vitest';
import { appendPhase, PHASE_HISTORY_LIMIT } from '../../../src/api/phase-history.ts';
import type { Training } from '../../../src/api/types.ts';
import { historyTransitions, transitionKey } from '../../../src/audit/rows.ts';
import type { Transition } from '../../../src/audit/sink.ts';

const uid = '3f2b8c9e-1d4a-4e6b-9c2f-0a1b2c3d4e5f';

function training(status: Training['status']): Training {
  return {
    apiVersion: 'ml.hpc.dev/v1alpha1',
    kind: 'Training',
    metadata: { uid, name: 't', namespace: 'ns', creationTimestamp: new Date('2025-01-01T00:00:00Z') },
    spec: { model: 'm', template: 'demo-train' },
    ...(status ? { status } : {}),
  };
}

describe('audit rows', () => {
  it('key a transition by what it is, not by how it is described', () => {
    const t: Transition = {
      kind: 'Training',
      namespace: 'ns',
      name: 't',
      uid,
      from: 'Pending',
      to: 'Submitted',
      reason: 'Submitted',
      message: 'a',
      slurmState: null,
      slurmJobId: 1,
      at: new Date('2025-01-01T00:00:00.123Z'),
    };
    const described: Transition = { ...t, message: 'b', reason: 'Other', at: new Date(t.at) };
    expect(transitionKey(t)).toBe(transitionKey(described));
    expect(transitionKey(t)).not.toBe(transitionKey({ ...t, at: new Date(t.at.getTime() + 1) }));
    expect(transitionKey(t)).not.toBe(transitionKey({ ...t, from: null }));
  });

  it('read every transition from status.phaseHistory, at the instant the operator recorded it', () => {
    let history = appendPhase(undefined, 'Pending', 'Created', new Date('2025-01-01T00:00:00.001Z'));
    history = appendPhase(history, 'Submitted', 'Submitted', new Date('2025-01-01T00:00:01.002Z'));
    history = appendPhase(history, 'Succeeded', 'Completed', new Date('2025-01-01T00:00:09.003Z'));
    const status = {
      phase: 'Succeeded',
      message: 'done',
      slurm: { jobId: 7 },
      phaseHistory: history,
    } as const;
    const transitions = historyTransitions(training(status));
    expect(transitions.map((t) => [t.from, t.to, t.reason, t.at.toISOString()])).toEqual([
      [null, 'Pending', 'Created', '2025-01-01T00:00:00.001Z'],
      ['Pending', 'Submitted', 'Submitted', '2025-01-01T00:00:01.002Z'],
      ['Submitted', 'Succeeded', 'Completed', '2025-01-01T00:00:09.003Z'],
    ]);
    // Only the last one can take the current status's details.
    expect(transitions.map((t) => t.slurmJobId)).toEqual([null, null, 7]);
  });

  it('skip the first entry of a full history, whose predecessor was dropped', () => {
    let history = appendPhase(undefined, 'Pending', undefined, new Date(0));
    for (let i = 1; i <= PHASE_HISTORY_LIMIT; i++)
      history = appendPhase(history, i % 2 ? 'Submitted' : 'Running', undefined, new Date(i * 1000));
    expect(history).toHaveLength(PHASE_HISTORY_LIMIT);
    expect(history[0]?.time).toBe(new Date(1000).toISOString());
    const transitions = historyTransitions(training({ phase: 'Running', phaseHistory: history }));
    expect(transitions).toHaveLength(PHASE_HISTORY_LIMIT - 1);
    expect(transitions[0]?.from).toBe('Submitted');
    expect(transitions.some((t) => t.from === null)).toBe(false);
  });
});
