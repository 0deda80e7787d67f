// Fault: the operator SIGKILLed five times at random moments while 200 Trainings run, started
// again each time. Whatever it was doing (submitting, writing status, allocating a model version,
// flushing the audit queue) is cut off; the next process must finish the work once.
import { afterAll, describe, it } from 'vitest';
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

const count = 200;
const kills = 5;
let scenario: Scenario;
let operator: OperatorProcess;

afterAll(async () => {
  scenario?.witness.stop();
  await scenario?.env.teardown(operator, 180_000);
});

describe('fault: the operator SIGKILLed five times', () => {
  it(`submits once and records once across ${kills} crashes (${count} Trainings)`, async () => {
    scenario = startScenario('kill');
    const start = (n: number) =>
      startOperator(`fault-sigkill-${n}`, { OPERATOR_NAMESPACE: scenario.env.operatorNamespace });
    operator = start(0);
    const load = await createLoad(scenario, count);
    const submittedBefore = await awaitSubmitted(load, 10);
    // Random moments, printed so a failing run can be replayed by hand.
    const delaysMs = Array.from({ length: kills }, () => 1_500 + Math.floor(Math.random() * 6_000));
    for (const [i, delay] of delaysMs.entries()) {
      await new Promise((resolve) => setTimeout(resolve, delay));
      operator.child.kill('SIGKILL');
      await operator.exited;
      operator = start(i + 1);
    }
    await awaitFinal(load, 300_000);
    const verdict = await expectConsistent(load, scenario.witness);
    report('operator SIGKILLed', scenario, verdict, { submittedBefore, killDelaysMs: delaysMs });
  }, 900_000);
});
