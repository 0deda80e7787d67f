// The embedded default: with no Postgres configured the operator keeps its audit history in
// PGlite, and with AUDIT_PGLITE_DIR that history survives a restart.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadDatabaseConfig, openAudit } from '../../src/audit/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'audit-pglite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('keeps the history in the data directory across a restart', async () => {
  const config = loadDatabaseConfig({ AUDIT_PGLITE_DIR: join(dir, 'data') });
  expect(config.kind).toBe('pglite');
  const uid = randomUUID();
  const first = await openAudit(config, { replica: 'first' });
  for (const [from, to] of [
    [null, 'Pending'],
    ['Pending', 'Submitted'],
  ] as const) {
    first.sink.record({
      kind: 'Prediction',
      namespace: 'ns',
      name: 'p',
      uid,
      from,
      to,
      reason: to,
      message: '',
      slurmState: null,
      slurmJobId: null,
      at: new Date(),
    });
  }
  expect(await first.close(30_000)).toEqual({ unwritten: 0 });

  const second = await openAudit(config, { replica: 'second' });
  try {
    await second.schema.ensure(); // nothing left to apply
    const history = await second.store.get({ listing: 'predictions', uid });
    expect(history?.transitions.map((t) => [t.to, t.replica])).toEqual([
      ['Pending', 'first'],
      ['Submitted', 'first'],
    ]);
    expect(await second.reachable()).toBe(true);
  } finally {
    await second.close();
  }
});
