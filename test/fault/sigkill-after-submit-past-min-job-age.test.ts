// Fault: the operator submits jobs but never hears back, is SIGKILLed, and stays away until
// slurmctld has purged those jobs (MinJobAge lowered to 10 s). The Trainings it left marked
// Submitting have jobs only accounting knows: the next operator must adopt each one, never
// submit a second. "One Slurm job per attempt" is checked against accounting (sacct).
import { afterAll, describe, expect, it } from 'vitest';
import { SUBMIT_MARKER_ANNOTATION } from '../../src/reconcilers/job/submit-marker.ts';
import {
  awaitFinal,
  awaitPurged,
  createLoad,
  expectConsistent,
  listLoad,
  report,
  type Scenario,
  startScenario,
} from '../support/fault.ts';
import { eventually, LOSE_SUBMIT_ANSWERS, type OperatorProcess, startOperator } from '../support/operator.ts';
import { SLURM_RELEASES } from '../support/slurm.ts';
import { setMinJobAge } from '../support/stack-control.ts';

const count = 200;
const orphans = 60;
const minJobAge = 10;
let scenario: Scenario;
let operator: OperatorProcess | undefined;

afterAll(async () => {
  setMinJobAge(null, ...SLURM_RELEASES);
  scenario?.witness.stop();
  await scenario?.env.teardown(operator, 180_000);
});

describe('fault: SIGKILL after unanswered submits, then away past MinJobAge', () => {
  it(`submits each attempt once though only accounting knows the jobs (${count} Trainings)`, async () => {
    setMinJobAge(minJobAge, ...SLURM_RELEASES);
    scenario = startScenario('orphan');
    const crashing = startOperator(
      'fault-orphan-crashing',
      {
        OPERATOR_NAMESPACE: scenario.env.operatorNamespace,
        SLURM_ML_TEST_SIGKILL_AFTER_SUBMITS: String(orphans),
      },
      { preload: [LOSE_SUBMIT_ANSWERS] },
    );
    operator = crashing;
    const load = await createLoad(scenario, count);
    await crashing.exited;
    expect(crashing.child.signalCode).toBe('SIGKILL');
    // Marked Submitting with no job id: their jobs exist, and no status says so.
    const unrecorded = await eventually('the unanswered submits to be marked', async () => {
      const marked = (await listLoad(load)).filter(
        (t) => !t.status?.slurm?.jobId && t.metadata.annotations?.[SUBMIT_MARKER_ANNOTATION] !== undefined,
      );
      return marked.length > 0 ? marked.length : undefined;
    });
    await awaitPurged(load);
    operator = startOperator('fault-orphan-restarted', {
      OPERATOR_NAMESPACE: scenario.env.operatorNamespace,
    });
    const resources = await awaitFinal(load, 400_000);
    expect(resources.filter((t) => t.status?.phase === 'Lost').map((t) => t.metadata.name)).toEqual([]);
    const verdict = await expectConsistent(load, scenario.witness);
    report('SIGKILL after unanswered submits, away past MinJobAge', scenario, verdict, {
      minJobAge,
      acceptedBeforeKill: orphans,
      unrecorded,
    });
  }, 900_000);
});
