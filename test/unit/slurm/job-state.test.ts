import { describe, expect, it } from 'vitest';
import { interpretJobState, parseJobState } from '../../../src/slurm/job-state.ts';

describe('parseJobState', () => {
  it.each([
    // v0.0.4x: an array of the base state and flags
    [['RUNNING'], { base: 'RUNNING', flags: [] }],
    [['COMPLETED', 'COMPLETING'], { base: 'COMPLETED', flags: ['COMPLETING'] }],
    [['PENDING', 'REQUEUED'], { base: 'PENDING', flags: ['REQUEUED'] }],
    [['FAILED', 'LAUNCH_FAILED'], { base: 'FAILED', flags: ['LAUNCH_FAILED'] }],
    // v0.0.38: one string, a flag when one is set
    ['TIMEOUT', { base: 'TIMEOUT', flags: [] }],
    ['COMPLETING', { base: 'RUNNING', flags: ['COMPLETING'] }],
    ['CONFIGURING', { base: 'RUNNING', flags: ['CONFIGURING'] }],
    ['REQUEUED', { base: 'PENDING', flags: ['REQUEUED'] }],
    ['REQUEUE_HOLD', { base: 'PENDING', flags: ['REQUEUE_HOLD'] }],
    ['STOPPED', { base: 'SUSPENDED', flags: ['STOPPED'] }],
    ['out_of_memory', { base: 'OUT_OF_MEMORY', flags: [] }],
  ] as const)('%j -> %j', (reported, expected) => {
    expect(parseJobState(reported)).toEqual(expected);
  });

  it('refuses what it cannot read instead of guessing', () => {
    expect(() => parseJobState(undefined)).toThrow(/unrecognised Slurm job state/);
    expect(() => parseJobState(['BOGUS'])).toThrow(/unrecognised/);
  });
});

describe('interpretJobState', () => {
  it.each([
    [['PENDING'], 'pending', false, 'Pending'],
    [['PENDING', 'REQUEUED'], 'pending', false, 'Requeued'],
    [['PENDING', 'REQUEUE_HOLD'], 'pending', false, 'RequeueHold'],
    [['RUNNING'], 'running', false, 'Running'],
    [['RUNNING', 'CONFIGURING'], 'running', false, 'Configuring'],
    [['RUNNING', 'COMPLETING'], 'running', false, 'Completing'],
    [['SUSPENDED'], 'running', false, 'Suspended'],
    [['COMPLETED'], 'succeeded', true, 'Completed'],
    [['COMPLETED', 'COMPLETING'], 'succeeded', false, 'Completed'],
    [['COMPLETED', 'STAGE_OUT'], 'succeeded', false, 'Completed'],
    [['FAILED'], 'failed', true, 'NonZeroExitCode'],
    [['FAILED', 'LAUNCH_FAILED'], 'failed', true, 'LaunchFailed'],
    [['TIMEOUT'], 'failed', true, 'Timeout'],
    [['TIMEOUT', 'COMPLETING'], 'failed', false, 'Timeout'],
    [['CANCELLED'], 'cancelled', true, 'Cancelled'],
    [['CANCELLED', 'COMPLETING'], 'cancelled', false, 'Cancelled'],
    [['NODE_FAIL'], 'failed', true, 'NodeFail'],
    [['NODE_FAIL', 'REQUEUED'], 'pending', false, 'Requeued'],
    [['PREEMPTED'], 'failed', true, 'Preempted'],
    [['PREEMPTED', 'REQUEUED'], 'pending', false, 'Requeued'],
    [['BOOT_FAIL'], 'failed', true, 'BootFail'],
    [['DEADLINE'], 'failed', true, 'Deadline'],
    [['OUT_OF_MEMORY'], 'failed', true, 'OutOfMemory'],
    [['OUT_OF_MEMORY', 'COMPLETING'], 'failed', false, 'OutOfMemory'],
  ] as const)('%j is %s (final %s, %s)', (reported, outcome, final, reason) => {
    expect(interpretJobState(parseJobState(reported))).toEqual({ outcome, final, reason });
  });
});
