// /readyz's answer: ready or not, and when not, a reason that says why.
import { describe, expect, it } from 'vitest';
import { type ReadinessSource, readinessReport } from '../../../src/observability/http-server.ts';

const source = (over: Partial<ReadinessSource>): ReadinessSource => ({
  informersSynced: () => true,
  role: () => 'leader',
  clusters: () => [],
  ...over,
});

describe('readinessReport', () => {
  it('is ready with no reason when everything is', async () => {
    const report = await readinessReport(source({ databaseReachable: async () => true }));
    expect(report).toEqual({
      ready: true,
      checks: { informersSynced: true, role: 'leader', clusters: [], database: true },
    });
  });

  it("names the audit store's problem when it has one", async () => {
    const problem = 'audit store: permission denied for table transitions (42501)';
    const report = await readinessReport(
      source({ databaseReachable: async () => false, databaseProblem: () => problem }),
    );
    expect(report).toMatchObject({
      ready: false,
      reason: problem,
      checks: { database: false, databaseProblem: problem },
    });
  });

  it('says the database is away when no problem is named, and counts a throwing check as not ready', async () => {
    const report = await readinessReport(
      source({
        informersSynced: () => false,
        databaseReachable: () => Promise.reject(new Error('boom')),
      }),
    );
    expect(report).toMatchObject({
      ready: false,
      reason:
        'informers have not listed everything yet; audit store: database unreachable or schema not ready',
    });
  });

  it('asks for no problem while the database is fine', async () => {
    const report = await readinessReport(
      source({
        databaseReachable: async () => true,
        databaseProblem: () => {
          throw new Error('not asked');
        },
      }),
    );
    expect(report.ready).toBe(true);
  });
});
