// Fault: two replicas with leader election, 200 Trainings running, the leader SIGKILLed. The
// standby takes the Lease once it expires, and finishes the work: nothing submitted twice, no
// transition lost with the dead leader's audit queue.
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
import { kubectl } from '../support/kubectl.ts';
import { eventually, type OperatorProcess, startOperator } from '../support/operator.ts';

const count = 200;
let scenario: Scenario;
const replicas = new Map<string, OperatorProcess>();

afterAll(async () => {
  scenario?.witness.stop();
  const survivors = [...replicas.values()].filter(
    (r) => r.child.exitCode === null && r.child.signalCode === null,
  );
  await scenario?.env.teardown(survivors[0], 180_000);
  await Promise.all(survivors.map((r) => r.stop()));
});

function leaseHolder(): string | undefined {
  const result = kubectl([
    'get',
    'lease',
    'slurm-ml-operator',
    '-n',
    scenario.env.operatorNamespace,
    '-o',
    'jsonpath={.spec.holderIdentity}',
  ]);
  return result.status === 0 && result.stdout.trim() ? result.stdout.trim() : undefined;
}

describe('fault: two replicas, the leader SIGKILLed', () => {
  it(`hands over to the standby and loses nothing (${count} Trainings)`, async () => {
    scenario = startScenario('ha');
    for (const identity of ['replica-a', 'replica-b']) {
      replicas.set(
        identity,
        startOperator(`fault-ha-${identity}`, {
          OPERATOR_NAMESPACE: scenario.env.operatorNamespace,
          LEADER_ELECTION: 'true',
          // The test's own Lease: the cluster-wide default in kube-system is for real installs.
          LEADER_ELECTION_ID: 'slurm-ml-operator',
          LEADER_ELECTION_NAMESPACE: scenario.env.operatorNamespace,
          POD_NAME: identity,
        }),
      );
    }
    const leader = await eventually('a leader', async () => leaseHolder());
    const standby = [...replicas.keys()].find((identity) => identity !== leader) ?? '';
    const load = await createLoad(scenario, count);
    const submittedBefore = await awaitSubmitted(load, 30);

    replicas.get(leader)?.child.kill('SIGKILL');
    const killedAt = Date.now();
    await eventually('the standby to take the Lease', async () =>
      leaseHolder() === standby ? true : undefined,
    );
    const handoverSeconds = Math.round((Date.now() - killedAt) / 1000);

    await awaitFinal(load, 300_000);
    const verdict = await expectConsistent(load, scenario.witness);
    expect(replicas.get(standby)?.child.exitCode).toBeNull();
    report('leader SIGKILLed', scenario, verdict, { submittedBefore, leader, handoverSeconds });
  }, 900_000);
});
