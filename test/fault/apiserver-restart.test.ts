// Fault: kube-apiserver SIGKILLed while 200 Trainings run, etcd compacted while it is down (so
// any resourceVersion the operator held is gone: resuming a watch from it gets 410 Gone), then
// started again. The operator's watches break; it must relist and carry on without losing or
// repeating anything.
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
import { eventually, type OperatorProcess, scrapeMetric, startOperator } from '../support/operator.ts';
import { compactEtcd, killApiServer, startStack } from '../support/stack-control.ts';

const count = 200;
const downMs = 15_000;
const port = 18_302;
let scenario: Scenario;
let operator: OperatorProcess;

afterAll(async () => {
  startStack('kube');
  scenario?.witness.stop();
  await scenario?.env.teardown(operator, 180_000);
});

describe('fault: the API server restarted', () => {
  it(`relists after the watches break and loses nothing (${count} Trainings)`, async () => {
    scenario = startScenario('kube');
    operator = startOperator('fault-apiserver', {
      OPERATOR_NAMESPACE: scenario.env.operatorNamespace,
      HTTP_PORT: String(port),
    });
    const load = await createLoad(scenario, count);
    const submittedBefore = await awaitSubmitted(load, 30);
    const restartsBefore = await scrapeMetric(port, 'slurm_ml_informer_restarts_total');

    killApiServer();
    const compactedAt = await compactEtcd();
    await new Promise((resolve) => setTimeout(resolve, downMs));
    startStack('kube');

    // Every informer noticed the break and started over (a relist, not a resume from a stale version).
    const restarts = await eventually('the informers to restart', async () => {
      const now = await scrapeMetric(port, 'slurm_ml_informer_restarts_total');
      return now >= restartsBefore + 4 ? now - restartsBefore : undefined;
    });
    await awaitFinal(load, 300_000);
    const verdict = await expectConsistent(load, scenario.witness);
    expect(operator.child.exitCode).toBeNull(); // it rode it out rather than crashing
    report('API server restarted', scenario, verdict, {
      submittedBefore,
      informerRestarts: restarts,
      compactedAt,
    });
  }, 900_000);
});
