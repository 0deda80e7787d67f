// classify(): the one named state of a Training or Prediction, table-driven. The transitions
// each state leads to are in job-transitions.test.ts; both lists are checked against the table
// in docs/architecture.md.
import { describe, expect, it } from 'vitest';
import type { Training, TrainingStatus } from '../../../src/api/types.ts';
import type { Placement, PlacementWait } from '../../../src/reconcilers/job/placement.ts';
import { classify, JOB_STATE_NAMES, type JobState } from '../../../src/reconcilers/job/states.ts';
import { SUBMIT_MARKER_ANNOTATION, type SubmitMarker } from '../../../src/reconcilers/job/submit-marker.ts';
import { documentedStates } from '../../support/state-table.ts';

const placed = { cluster: { name: 'lab' } } as unknown as Placement;
const unplaced: PlacementWait = {
  condition: { type: 'Admitted', status: 'False', reason: 'ClusterNotFound', message: 'none' },
  requeueMs: 60_000,
};
const at = '2026-01-01T00:00:00.000Z';
const marker = (attempt: number): SubmitMarker => ({
  uid: 'u1',
  attempt,
  at,
  cluster: 'lab',
  user: 'alice',
  plan: { modelPath: '/models/ns/m/runs/t-u1' },
});
const annotated = (value: SubmitMarker | string) => ({
  [SUBMIT_MARKER_ANNOTATION]: typeof value === 'string' ? value : JSON.stringify(value),
});
/** The marker as releases before the annotation wrote it. */
const legacyMarker = {
  type: 'Submitted',
  status: 'Unknown',
  reason: 'Submitting',
  message: 'm',
  lastTransitionTime: at,
} as const;

function training(
  status: TrainingStatus = {},
  spec: Partial<Training['spec']> = {},
  deleting = false,
  annotations?: Record<string, string>,
): Training {
  return {
    apiVersion: 'ml.hpc.dev/v1alpha1',
    kind: 'Training',
    metadata: {
      namespace: 'ns',
      name: 't',
      uid: 'u1',
      ...(deleting ? { deletionTimestamp: new Date() } : {}),
      ...(annotations ? { annotations } : {}),
    },
    spec: { model: 'm', template: 'demo-train', ...spec },
    status,
  };
}

const cases: { name: string; resource: Training; world?: Placement | PlacementWait; state: JobState }[] = [
  {
    name: 'a new Training',
    resource: training(),
    state: { name: 'New', attempt: 1, key: 'slurm-ml-operator/u1/1' },
  },
  {
    name: 'being deleted, whatever its phase',
    resource: training({ phase: 'Running', slurm: { jobId: 7 } }, {}, true),
    state: { name: 'Deleting' },
  },
  ...(['Succeeded', 'Failed', 'Cancelled', 'Lost'] as const).map((phase) => ({
    name: `final: ${phase}`,
    resource: training({ phase, slurm: { jobId: 7 } }),
    state: { name: 'Final' } as JobState,
  })),
  {
    name: 'a running job',
    resource: training({ phase: 'Running', attempts: 2, slurm: { cluster: 'lab', jobId: 7 } }),
    state: { name: 'Active', jobId: 7, attempt: 2, key: 'slurm-ml-operator/u1/2', suspend: false },
  },
  {
    name: 'a running job, even when no cluster takes new jobs (bug 2)',
    resource: training({ phase: 'Running', attempts: 1, slurm: { cluster: 'lab', jobId: 7 } }),
    world: unplaced,
    state: { name: 'Active', jobId: 7, attempt: 1, key: 'slurm-ml-operator/u1/1', suspend: false },
  },
  {
    name: 'a submitted job of a suspended Training (it is cancelled there)',
    resource: training({ phase: 'Submitted', attempts: 1, slurm: { jobId: 7 } }, { suspend: true }),
    state: { name: 'Active', jobId: 7, attempt: 1, key: 'slurm-ml-operator/u1/1', suspend: true },
  },
  {
    name: 'the marker without a job id',
    resource: training({ phase: 'Pending', attempts: 2 }, {}, false, annotated(marker(3))),
    state: { name: 'Submitting', attempt: 3, key: 'slurm-ml-operator/u1/3', marker: marker(3) },
  },
  {
    name: 'the marker on a resource with no status yet (the first attempt)',
    resource: training(undefined, {}, false, annotated(marker(1))),
    state: { name: 'Submitting', attempt: 1, key: 'slurm-ml-operator/u1/1', marker: marker(1) },
  },
  {
    name: 'the marker, suspended and unplaced: the job may exist, so find it first',
    resource: training({}, { suspend: true }, false, annotated(marker(1))),
    world: unplaced,
    state: { name: 'Submitting', attempt: 1, key: 'slurm-ml-operator/u1/1', marker: marker(1) },
  },
  {
    name: 'a marker whose attempt the status recorded is laid down (a retry is a new attempt)',
    resource: training(
      { phase: 'Pending', reason: 'Retrying', attempts: 1 },
      {},
      false,
      annotated(marker(1)),
    ),
    state: { name: 'New', attempt: 2, key: 'slurm-ml-operator/u1/2' },
  },
  {
    name: 'an unreadable marker (edited by hand): the next attempt is looked up, at no known time',
    resource: training({ phase: 'Pending', reason: 'Retrying', attempts: 1 }, {}, false, annotated('{oops')),
    state: {
      name: 'Submitting',
      attempt: 2,
      key: 'slurm-ml-operator/u1/2',
      marker: { uid: 'u1', attempt: 2, at: '', plan: {} },
    },
  },
  {
    name: 'a marker written for another uid (a copy restored from a backup) does not stand',
    resource: training(undefined, {}, false, annotated({ ...marker(1), uid: 'the-old-uid' })),
    state: { name: 'New', attempt: 1, key: 'slurm-ml-operator/u1/1' },
  },
  {
    name: "this release's resubmit of an earlier release's marked attempt: the newer marker counts",
    resource: training(
      { phase: 'Pending', attempts: 3, slurm: { cluster: 'lab', user: 'alice' }, conditions: [legacyMarker] },
      {},
      false,
      annotated({ ...marker(3), at: '2026-06-01T00:00:00.000Z' }),
    ),
    state: {
      name: 'Submitting',
      attempt: 3,
      key: 'slurm-ml-operator/u1/3',
      marker: { ...marker(3), at: '2026-06-01T00:00:00.000Z' },
    },
  },
  {
    name: "an earlier release's marker condition (an upgrade in the middle of a submit)",
    resource: training({
      phase: 'Pending',
      attempts: 3,
      slurm: { cluster: 'lab', user: 'alice' },
      modelPath: '/models/ns/m/v3',
      conditions: [legacyMarker],
    }),
    state: {
      name: 'Submitting',
      attempt: 3,
      key: 'slurm-ml-operator/u1/3',
      marker: { ...marker(3), plan: { modelPath: '/models/ns/m/v3' } },
    },
  },
  {
    name: 'suspended before any job',
    resource: training({}, { suspend: true }),
    world: unplaced,
    state: { name: 'Suspended' },
  },
  {
    name: 'no cluster takes it',
    resource: training(),
    world: unplaced,
    state: { name: 'Unplaced', wait: unplaced },
  },
  {
    name: 'a retry after attempt 2 failed',
    resource: training({ phase: 'Pending', reason: 'Retrying', attempts: 2 }),
    state: { name: 'New', attempt: 3, key: 'slurm-ml-operator/u1/3' },
  },
  {
    name: 'a job id left on a Pending status is not a live job',
    resource: training({ phase: 'Pending', slurm: { jobId: 7 } }),
    state: { name: 'New', attempt: 1, key: 'slurm-ml-operator/u1/1' },
  },
];

describe('classify', () => {
  it.each(cases)('$name', ({ resource, world, state }) => {
    expect(classify(resource, { placement: world ?? placed })).toEqual(state);
  });

  it('has a case for every state', () => {
    const seen = new Set(cases.map((c) => c.state.name));
    expect([...seen].sort()).toEqual([...JOB_STATE_NAMES].sort());
  });

  it("lists exactly the states of docs/architecture.md's table", () => {
    expect(documentedStates()).toEqual([...JOB_STATE_NAMES].sort());
  });
});
