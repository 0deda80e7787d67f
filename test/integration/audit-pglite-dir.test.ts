// The embedded default: with no Postgres configured the operator keeps its audit history in
// PGlite, and with AUDIT_PGLITE_DIR that history survives a restart.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadDatabaseConfig, openAudit } from '../../src/audit/index.ts';
import { aTransition } from '../support/audit-db.ts';

const dir = mkdtempSync(join(tmpdir(), 'audit-pglite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const transition = (uid: string, to: 'Pending' | 'Submitted', from: 'Pending' | null) =>
  aTransition({ kind: 'Prediction', name: 'p', uid, from, to });

it('keeps the history in the data directory across a restart', async () => {
  const config = loadDatabaseConfig({ AUDIT_PGLITE_DIR: join(dir, 'data') });
  expect(config.kind).toBe('pglite');
  const uid = randomUUID();
  const first = await openAudit(config, { replica: 'first' });
  for (const [from, to] of [
    [null, 'Pending'],
    ['Pending', 'Submitted'],
  ] as const) {
    first.sink.record(transition(uid, to, from));
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

it('a replica given openAfter opens the directory only then, and sees what the holder wrote before closing', async () => {
  const config = loadDatabaseConfig({ AUDIT_PGLITE_DIR: join(dir, 'handover') });
  const holder = await openAudit(config, { replica: 'holder' });
  let open = () => {};
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  // The next leader: started while the holder still has the files open, as a replacement pod is.
  const next = await openAudit(config, { replica: 'next', openAfter: gate });
  let migrated = false;
  const ready = next.schema.ensure().then(() => {
    migrated = true;
  });
  const uid = randomUUID();
  holder.sink.record(transition(uid, 'Pending', null));
  expect(await holder.close(30_000)).toEqual({ unwritten: 0 });
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(migrated).toBe(false); // still waiting for the gate: the directory was not opened
  open();
  await ready;
  try {
    next.sink.record(transition(uid, 'Submitted', 'Pending'));
    expect(await next.sink.flush(30_000)).toBe(true);
    const history = await eventuallyHistory(next, uid, 2);
    expect(history.map((t) => [t.to, t.replica])).toEqual([
      ['Pending', 'holder'],
      ['Submitted', 'next'],
    ]);
  } finally {
    await next.close();
  }
});

async function eventuallyHistory(audit: Awaited<ReturnType<typeof openAudit>>, uid: string, count: number) {
  for (let i = 0; i < 100; i++) {
    const history = await audit.store.get({ listing: 'predictions', uid });
    if ((history?.transitions.length ?? 0) >= count) return history?.transitions ?? [];
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`fewer than ${count} transitions of ${uid}`);
}
