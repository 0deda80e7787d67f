// Fault: both clusters' slurmrestd SIGKILLed for 60 s while 200 Trainings are being submitted and
// watched, then started again. A submit cut off mid-request may have reached slurmctld; the
// operator must find that job by its key rather than submit a second one.
import { afterAll, describe, expect, it } from 'vitest';
import {
  awaitFinal,
  awaitSubmitted,
  createLoad,
  expectConsistent,
  report,
  type Scenario,
  startScenario,
} from '../support/fault.ts';
import { type OperatorProcess, startOperator } from '../support/operator.ts';
import { killDaemon, startStack } from '../support/stack-control.ts';

const count = 200;
const outageMs = 60_000;
let scenario: Scenario;
let operator: OperatorProcess;

afterAll(async () => {
  startStack('slurm-2205', 'slurm-2411'); // whatever happened, the next file gets a whole stack
  scenario?.witness.stop();
  await scenario?.env.teardown(operator, 180_000);
});

describe('fault: slurmrestd killed for 60 s', () => {
  it(`loses and doubles nothing across the outage (${count} Trainings)`, async () => {
    scenario = startScenario('rest');
    operator = startOperator('fault-slurmrestd', { OPERATOR_NAMESPACE: scenario.env.operatorNamespace });
    const load = await createLoad(scenario, count);
    const submittedBefore = await awaitSubmitted(load, 30);

    const killed = (['slurm-2205', 'slurm-2411'] as const).map((cluster) =>
      killDaemon(cluster, 'slurmrestd'),
    );
    const outageStarted = Date.now();
    await new Promise((resolve) => setTimeout(resolve, outageMs));
    startStack('slurm-2205', 'slurm-2411');
    const outage = Math.round((Date.now() - outageStarted) / 1000);

    await awaitFinal(load, 300_000);
    const verdict = await expectConsistent(load, scenario.witness);
    expect(killed).toHaveLength(2);
    report('slurmrestd killed', scenario, verdict, { submittedBefore, outageSeconds: outage });
  }, 900_000);
});
