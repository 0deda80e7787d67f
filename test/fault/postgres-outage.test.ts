// Fault: the audit store's Postgres stopped for 60 s while 200 Trainings run. Reconciliation must
// not wait for it, and once it is back every phase change is stored exactly once.
import { afterAll, describe, expect, it } from 'vitest';
import {
  awaitFinal,
  awaitSubmitted,
  createLoad,
  expectConsistent,
  listLoad,
  report,
  type Scenario,
  startScenario,
} from '../support/fault.ts';
import { type OperatorProcess, scrapeMetric, startOperator } from '../support/operator.ts';
import { startPostgres, startStack, stopPostgres } from '../support/stack-control.ts';

const count = 200;
const outageMs = 60_000;
const port = 18_303;
let scenario: Scenario;
let operator: OperatorProcess;

afterAll(async () => {
  startStack('postgres');
  scenario?.witness.stop();
  await scenario?.env.teardown(operator, 180_000);
});

describe('fault: Postgres stopped for 60 s', () => {
  it(`keeps reconciling, then stores every transition once (${count} Trainings)`, async () => {
    scenario = startScenario('pg');
    operator = startOperator('fault-postgres', {
      OPERATOR_NAMESPACE: scenario.env.operatorNamespace,
      HTTP_PORT: String(port),
    });
    const load = await createLoad(scenario, count);
    const submittedBefore = await awaitSubmitted(load, 30);

    stopPostgres();
    let finalDuringOutage: number;
    let backlogDuringOutage: number;
    try {
      await new Promise((resolve) => setTimeout(resolve, outageMs));
      // Reconciliation went on without the database (the audit entries wait in the backlog).
      finalDuringOutage = (await listLoad(load)).filter((t) =>
        ['Succeeded', 'Failed'].includes(t.status?.phase ?? ''),
      ).length;
      backlogDuringOutage = await scrapeMetric(port, 'slurm_ml_audit_backlog');
    } finally {
      startPostgres();
    }
    expect(finalDuringOutage).toBeGreaterThan(count / 2);
    expect(backlogDuringOutage).toBeGreaterThan(0);

    await awaitFinal(load, 300_000);
    const verdict = await expectConsistent(load, scenario.witness);
    report('Postgres stopped', scenario, verdict, {
      submittedBefore,
      finalDuringOutage,
      backlogDuringOutage,
    });
  }, 900_000);
});
