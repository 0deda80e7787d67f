// Fault: the operator is away while its jobs finish, and stays away until slurmctld has purged
// them all (MinJobAge lowered to 10 s). Only accounting still knows the jobs when it comes back:
// no Training may be Lost, and each must end in its job's phase, with its exit code and model version.
import { afterAll, describe, expect, it } from 'vitest';
import {
  awaitFinal,
  awaitPurged,
  awaitSubmitted,
  createLoad,
  expectConsistent,
  expectExitCodesAndVersions,
  report,
  type Scenario,
  startScenario,
} from '../support/fault.ts';
import { type OperatorProcess, startOperator } from '../support/operator.ts';
import { SLURM_RELEASES } from '../support/slurm.ts';
import { setMinJobAge } from '../support/stack-control.ts';

const count = 200;
const minJobAge = 10;
let scenario: Scenario;
let operator: OperatorProcess | undefined;

afterAll(async () => {
  setMinJobAge(null, ...SLURM_RELEASES);
  scenario?.witness.stop();
  await scenario?.env.teardown(operator, 180_000);
});

describe('fault: the operator away past MinJobAge', () => {
  it(`loses no result slurmctld forgot (${count} Trainings)`, async () => {
    setMinJobAge(minJobAge, ...SLURM_RELEASES);
    scenario = startScenario('away');
    const start = (n: number) =>
      startOperator(`fault-away-${n}`, { OPERATOR_NAMESPACE: scenario.env.operatorNamespace });
    operator = start(0);
    const load = await createLoad(scenario, count);
    await awaitSubmitted(load, count);
    await operator.stop();
    const awayFrom = Date.now();
    await awaitPurged(load);
    const awaySeconds = Math.round((Date.now() - awayFrom) / 1000);
    operator = start(1);
    const resources = await awaitFinal(load, 300_000);
    expect(resources.filter((t) => t.status?.phase === 'Lost').map((t) => t.metadata.name)).toEqual([]);
    const verdict = await expectConsistent(load, scenario.witness);
    const { withExitCode } = await expectExitCodesAndVersions(load);
    report('operator away past MinJobAge', scenario, verdict, { minJobAge, awaySeconds, withExitCode });
  }, 900_000);
});
