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
import { type OperatorProcess, scrapeMetric, startOperator } from '../support/operator.ts';
import { SLURM_RELEASES, testCluster } from '../support/slurm.ts';
import { killDaemon, startStack } from '../support/stack-control.ts';

const count = 200;
const outageMs = 60_000;
const port = 18_304;
const clusters = SLURM_RELEASES;
let scenario: Scenario;
let operator: OperatorProcess;

afterAll(async () => {
  startStack(...clusters); // whatever happened, the next file gets a whole stack
  scenario?.witness.stop();
  await scenario?.env.teardown(operator, 180_000);
});

describe('fault: slurmrestd killed for 60 s', () => {
  it(`loses and doubles nothing across the outage (${count} Trainings)`, async () => {
    scenario = startScenario('rest');
    operator = startOperator('fault-slurmrestd', {
      OPERATOR_NAMESPACE: scenario.env.operatorNamespace,
      HTTP_PORT: String(port),
    });
    const load = await createLoad(scenario, count);
    const submittedBefore = await awaitSubmitted(load, 30);
    const unanswered = () => scrapeMetric(port, 'slurm_ml_slurm_requests_total', { status: 'error' });
    const unansweredBefore = await unanswered();

    for (const cluster of clusters) killDaemon(cluster, 'slurmrestd');
    const outageStarted = Date.now();
    let deadAtEnd: boolean[];
    let unansweredDuring: number;
    try {
      await new Promise((resolve) => setTimeout(resolve, outageMs));
      // The outage was real to the end: no slurmrestd answered, and the operator's requests failed.
      deadAtEnd = await Promise.all(
        clusters.map((cluster) =>
          fetch(testCluster(cluster).url).then(
            () => false,
            () => true,
          ),
        ),
      );
      unansweredDuring = (await unanswered()) - unansweredBefore;
    } finally {
      startStack(...clusters);
    }
    const outage = Math.round((Date.now() - outageStarted) / 1000);
    expect(deadAtEnd).toEqual(clusters.map(() => true));
    expect(unansweredDuring).toBeGreaterThan(0);

    await awaitFinal(load, 300_000);
    const verdict = await expectConsistent(load, scenario.witness);
    expect(operator.child.exitCode).toBeNull(); // it rode the outage out rather than crashing
    report('slurmrestd killed', scenario, verdict, {
      submittedBefore,
      outageSeconds: outage,
      unansweredDuring,
    });
  }, 900_000);
});
