// Reading Slurm job states and deciding what they mean. Pure functions, table-tested.
import { BASE_STATES, type BaseState, type JobState } from './types.ts';

const baseStates = new Set<string>(BASE_STATES);

/**
 * v0.0.38 reports one string: the base state, or a flag when one is set (job_state_string()
 * prefers COMPLETING, CONFIGURING, REQUEUED, ... over the base). The base is then inferred from
 * what the flag implies.
 */
const V0038_FLAG_BASE: Record<string, BaseState> = {
  COMPLETING: 'RUNNING',
  CONFIGURING: 'RUNNING',
  RESIZING: 'RUNNING',
  SIGNALING: 'RUNNING',
  STAGE_OUT: 'RUNNING',
  POWER_UP_NODE: 'PENDING',
  REQUEUED: 'PENDING',
  REQUEUE_FED: 'PENDING',
  REQUEUE_HOLD: 'PENDING',
  RESV_DEL_HOLD: 'PENDING',
  SPECIAL_EXIT: 'PENDING',
  REVOKED: 'CANCELLED',
  STOPPED: 'SUSPENDED',
};

export function parseJobState(reported: string | readonly string[] | null | undefined): JobState {
  const words = (typeof reported === 'string' ? [reported] : (reported ?? [])).map((w) =>
    w.trim().toUpperCase(),
  );
  const base = words.find((word) => baseStates.has(word)) as BaseState | undefined;
  const flags = words.filter((word) => word && !baseStates.has(word));
  if (base) return { base, flags };
  const inferred = flags.map((flag) => V0038_FLAG_BASE[flag]).find(Boolean);
  if (inferred) return { base: inferred, flags };
  throw new Error(`unrecognised Slurm job state ${JSON.stringify(reported)}`);
}

/** A job state as status.slurm.state records it and the poller compares it: BASE+FLAG+FLAG. */
export const stateKey = (state: JobState): string => [state.base, ...state.flags].join('+');

export type JobOutcome = 'pending' | 'running' | 'succeeded' | 'failed' | 'cancelled';

export interface JobStateMeaning {
  outcome: JobOutcome;
  /** True once the job has ended and Slurm will not change it again (until purged). */
  final: boolean;
  /** CamelCase reason for a resource's status. */
  reason: string;
}

const FINAL_MEANING: Record<Exclude<BaseState, 'PENDING' | 'RUNNING' | 'SUSPENDED'>, JobStateMeaning> = {
  COMPLETED: { outcome: 'succeeded', final: true, reason: 'Completed' },
  CANCELLED: { outcome: 'cancelled', final: true, reason: 'Cancelled' },
  FAILED: { outcome: 'failed', final: true, reason: 'NonZeroExitCode' },
  TIMEOUT: { outcome: 'failed', final: true, reason: 'Timeout' },
  NODE_FAIL: { outcome: 'failed', final: true, reason: 'NodeFail' },
  PREEMPTED: { outcome: 'failed', final: true, reason: 'Preempted' },
  BOOT_FAIL: { outcome: 'failed', final: true, reason: 'BootFail' },
  DEADLINE: { outcome: 'failed', final: true, reason: 'Deadline' },
  OUT_OF_MEMORY: { outcome: 'failed', final: true, reason: 'OutOfMemory' },
};

/** Flags that mean the job has not settled yet, whatever its base state says. */
const UNSETTLED_FLAGS = [
  'COMPLETING',
  'STAGE_OUT',
  'REQUEUED',
  'REQUEUE_FED',
  'REQUEUE_HOLD',
  'SPECIAL_EXIT',
];

export function interpretJobState(state: JobState): JobStateMeaning {
  const has = (flag: string) => state.flags.includes(flag);
  if (has('REQUEUED') || has('REQUEUE_FED') || has('REQUEUE_HOLD') || has('SPECIAL_EXIT')) {
    return { outcome: 'pending', final: false, reason: has('REQUEUE_HOLD') ? 'RequeueHold' : 'Requeued' };
  }
  switch (state.base) {
    case 'PENDING':
      return { outcome: 'pending', final: false, reason: 'Pending' };
    case 'RUNNING':
      if (has('COMPLETING')) return { outcome: 'running', final: false, reason: 'Completing' };
      if (has('CONFIGURING')) return { outcome: 'running', final: false, reason: 'Configuring' };
      return { outcome: 'running', final: false, reason: 'Running' };
    case 'SUSPENDED':
      return { outcome: 'running', final: false, reason: 'Suspended' };
    default: {
      const meaning = FINAL_MEANING[state.base];
      // An ended job still cleaning up (epilog, stage-out) ends for good only when that is done.
      if (UNSETTLED_FLAGS.some(has)) return { ...meaning, final: false };
      if (state.base === 'FAILED' && has('LAUNCH_FAILED')) return { ...meaning, reason: 'LaunchFailed' };
      return meaning;
    }
  }
}
