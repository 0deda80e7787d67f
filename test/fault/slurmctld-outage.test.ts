// Fault: slurmctld stopped for 60 s on every cluster while 200 Trainings run; slurmrestd stays up
// and answers 5xx with Slurm's "Unable to contact slurm controller" (1800, or -1 on 22.05). That
// is an outage to wait out: no Training may be Failed by it, and all end in Slurm's phase.
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
import { eventually, type OperatorProcess, scrapeMetric, startOperator } from '../support/operator.ts';
import { SLURM_RELEASES, testCluster } from '../support/slurm.ts';
import { startStack, stopDaemon } from '../support/stack-control.ts';

const count = 200;
const port = 18_305;

function controllerUp(cluster: (typeof SLURM_RELEASES)[number]): boolean {
  try {
    return /is UP/.test(testCluster(cluster).exec(['scontrol', 'ping']));
  } catch {
    return false;
  }
}
const outageMs = 60_000;
let scenario: Scenario;
let operator: OperatorProcess;

afterAll(async () => {
  startStack(...SLURM_RELEASES); // whatever happened, the next file gets a whole stack
  scenario?.witness.stop();
  await scenario?.env.teardown(operator, 180_000);
});

describe('fault: slurmctld stopped for 60 s', () => {
  it(`fails nothing for an outage of the controller (${count} Trainings)`, async () => {
    scenario = startScenario('ctld');
    operator = startOperator('fault-slurmctld', {
      OPERATOR_NAMESPACE: scenario.env.operatorNamespace,
      HTTP_PORT: String(port),
    });
    const load = await createLoad(scenario, count);
    const submittedBefore = await awaitSubmitted(load, 30);
    // slurmrestd answers 5xx with Slurm's reason while slurmctld is away (500 on 22.05, 502 after).
    const refused = async () =>
      (await scrapeMetric(port, 'slurm_ml_slurm_requests_total', { status: '500' })) +
      (await scrapeMetric(port, 'slurm_ml_slurm_requests_total', { status: '502' }));
    const refusedBefore = await refused();
    await Promise.all(SLURM_RELEASES.map((cluster) => stopDaemon(cluster, 'slurmctld')));
    const outageStarted = Date.now();
    // Some Trainings still had no job: their submits meet the outage.
    // Through eventually: one list call can meet a connection the API server just closed.
    const atOutage = await eventually('the load at the outage', () => listLoad(load));
    const unsubmittedAtOutage = atOutage.filter((t) => !t.status?.slurm?.jobId).length;
    let downAtEnd: boolean[];
    let refusedDuring: number;
    try {
      await new Promise((resolve) => setTimeout(resolve, outageMs));
      downAtEnd = SLURM_RELEASES.map((cluster) => !controllerUp(cluster));
      refusedDuring = (await refused()) - refusedBefore;
    } finally {
      startStack(...SLURM_RELEASES);
    }
    const outageSeconds = Math.round((Date.now() - outageStarted) / 1000);
    expect(downAtEnd).toEqual(SLURM_RELEASES.map(() => true));
    expect(unsubmittedAtOutage).toBeGreaterThan(0);
    expect(refusedDuring, 'slurmrestd answers 5xx while slurmctld is down').toBeGreaterThan(0);

    const resources = await awaitFinal(load, 300_000);
    const rejected = resources
      .filter((t) => t.status?.reason === 'SlurmRejected')
      .map((t) => t.metadata.name);
    expect(rejected, 'Trainings settled as rejected by the outage').toEqual([]);
    const verdict = await expectConsistent(load, scenario.witness);
    expect(operator.child.exitCode).toBeNull();
    report('slurmctld stopped', scenario, verdict, {
      submittedBefore,
      unsubmittedAtOutage,
      refusedDuring,
      outageSeconds,
    });
  }, 900_000);
});
