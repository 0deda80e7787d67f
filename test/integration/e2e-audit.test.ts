// The audit store under the operator, end to end: Postgres stopped for 60 s while 50 Trainings
// run; reconciliation carries on, and afterwards every transition is stored exactly once.
// A deleted Training's full history stays readable through the history API.
import * as yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Training } from '../../src/api/types.ts';
import { fetchAsReader, fetchOperator, operatorUrl } from '../support/access.ts';
import { kubectlOk } from '../support/kubectl.ts';
import {
  clients,
  type E2eEnvironment,
  eventually,
  newRunId,
  type OperatorProcess,
  prepareE2e,
  scrapeMetric,
  startOperator,
} from '../support/operator.ts';
import { startPostgres, startStack, stopPostgres } from '../support/stack-control.ts';

const port = 18_192;
const count = 50;
const outageMs = 60_000;
let env: E2eEnvironment;
let operator: OperatorProcess;
let namespace: string;
const api = clients();

interface History {
  uid: string;
  phase: string | null;
  deletedAt: string | null;
  transitions: { from: string | null; to: string; at: string }[];
}

async function history(uid: string): Promise<History> {
  const response = await fetchAsReader(operatorUrl(port, `/api/v1/trainings/${uid}`));
  if (response.status !== 200) throw new Error(`history of ${uid}: HTTP ${response.status}`);
  return (await response.json()) as History;
}

function training(name: string, sleepSeconds: number) {
  return {
    apiVersion: 'ml.hpc.dev/v1alpha1',
    kind: 'Training',
    metadata: { name, namespace },
    spec: {
      model: `audited-${name.length % 5}`,
      template: 'demo-train',
      cluster: env.clusters['slurm-2411'],
      parameters: { sleep_seconds: String(sleepSeconds) },
    },
  };
}

beforeAll(async () => {
  const run = newRunId();
  namespace = `e2e-audit-${run}`;
  env = prepareE2e(run, { admitted: [namespace] });
  operator = startOperator('e2e-audit', {
    OPERATOR_NAMESPACE: env.operatorNamespace,
    HTTP_PORT: String(port),
  });
  await eventually('the operator to serve', async () =>
    (await fetchOperator(operatorUrl(port, '/readyz')).catch(() => null))?.ok ? true : undefined,
  );
});

afterAll(async () => {
  // Started again in any case, even when the test failed half-way (already running is fine).
  startStack('postgres');
  await env?.teardown(operator);
});

/** The transitions of one resource form one chain from creation to its current phase, each once. */
function expectOneChain(h: History, finalPhase: string | undefined) {
  const keys = h.transitions.map((t) => `${t.from}->${t.to}@${t.at}`);
  expect(new Set(keys).size, `duplicates in ${keys.join(', ')}`).toBe(keys.length);
  expect(h.transitions[0]?.from ?? null).toBeNull();
  for (const [i, t] of h.transitions.slice(1).entries())
    expect(t.from, keys.join(', ')).toBe(h.transitions[i]?.to);
  expect(h.transitions.at(-1)?.to).toBe(finalPhase);
}

describe('the audit store under the operator', () => {
  it('keeps reconciling while Postgres is down for 60 s, and then holds every transition exactly once', async () => {
    const names = Array.from({ length: count }, (_, i) => `t${String(i).padStart(2, '0')}`);
    for (const name of names) kubectlOk(['apply', '-f', '-'], yaml.dump(training(name, 10)));
    await eventually('every training to be submitted', async () => {
      const all = await Promise.all(names.map((n) => api.trainings.get(namespace, n)));
      return all.every((t) => t?.status?.slurm?.jobId) ? true : undefined;
    });

    stopPostgres();
    const stoppedAt = Date.now();
    let finished: (Training | null)[] = [];
    try {
      // Reconciliation does not wait for the database: the trainings finish during the outage.
      await eventually(
        'every training to succeed while Postgres is down',
        async () => {
          finished = await Promise.all(names.map((n) => api.trainings.get(namespace, n)));
          return finished.every((t) => t?.status?.phase === 'Succeeded') ? true : undefined;
        },
        outageMs - 5_000,
      );
      expect(await scrapeMetric(port, 'slurm_ml_audit_backlog')).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, outageMs - (Date.now() - stoppedAt))));
    } finally {
      startPostgres();
    }

    await eventually('the audit backlog to drain', async () =>
      (await scrapeMetric(port, 'slurm_ml_audit_backlog')) === 0 ? true : undefined,
    );
    let transitions = 0;
    for (const t of finished) {
      const h = await eventually(`history of ${t?.metadata.name}`, () => history(t?.metadata.uid ?? ''));
      expectOneChain(h, 'Succeeded');
      transitions += h.transitions.length;
    }
    expect(transitions).toBeGreaterThanOrEqual(count * 3);
  }, 240_000);

  it('returns the full history of a deleted Training', async () => {
    kubectlOk(['apply', '-f', '-'], yaml.dump(training('short-lived', 0)));
    const done = await eventually('training to succeed', async () => {
      const t = await api.trainings.get(namespace, 'short-lived');
      return t?.status?.phase === 'Succeeded' ? t : undefined;
    });
    kubectlOk(['delete', 'training', 'short-lived', '-n', namespace]);
    const h = await eventually('the deletion to be recorded', async () => {
      const record = await history(done.metadata.uid ?? '');
      return record.deletedAt ? record : undefined;
    });
    expect(h.phase).toBe('Succeeded');
    expectOneChain(h, 'Succeeded');
    const byName = await fetchAsReader(
      operatorUrl(port, `/api/v1/trainings?namespace=${namespace}&limit=500`),
    ).then((r) => r.json());
    expect(JSON.stringify(byName)).toContain(done.metadata.uid);
  });
});
