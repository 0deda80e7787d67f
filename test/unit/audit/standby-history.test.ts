// A standby with an embedded store of its own must not answer history from it (it is empty or
// stale: only the leader writes). Everything else passes through to the history handler.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../src/access/types.ts';
import { refuseHistoryOnStandby } from '../../../src/audit/standby-history.ts';

function call(url: string, standby: boolean) {
  const delegated: string[] = [];
  const handler = refuseHistoryOnStandby(
    async (request) => {
      delegated.push(request.url ?? '');
      return true;
    },
    () => standby,
  );
  const written: { status?: number; body?: string; headers?: Record<string, string> } = {};
  const response = {
    writeHead(status: number, headers: Record<string, string>) {
      written.status = status;
      written.headers = headers;
      return this;
    },
    end(body: string) {
      written.body = body;
    },
  } as unknown as ServerResponse;
  return handler({ url } as IncomingMessage, response, {} as Caller).then((answered) => ({
    answered,
    delegated,
    written,
  }));
}

describe('history on a standby with its own embedded store', () => {
  it.each([
    ['a standby, history list', '/api/v1/trainings?namespace=a', true, 'refused'],
    ['a standby, one record', '/api/v1/models/a/m', true, 'refused'],
    ['a standby, a metric history', '/api/v1/trainings/a/t/metrics?limit=10', true, 'refused'],
    ['a standby, another route', '/metrics', true, 'delegated'],
    ['the leader, history list', '/api/v1/trainings', false, 'delegated'],
    ['the leader, one record', '/api/v1/predictions/a/p', false, 'delegated'],
  ])('%s: %s is %s', async (_, url, standby, expected) => {
    const { answered, delegated, written } = await call(url, standby);
    expect(answered).toBe(true);
    if (expected === 'refused') {
      expect(delegated).toEqual([]);
      expect(written.status).toBe(503);
      expect(written.headers?.['retry-after']).toBe('5');
      expect(JSON.parse(written.body ?? '{}').error).toMatch(/standby.*Ask the leader/s);
    } else {
      expect(delegated).toEqual([url]);
      expect(written.status).toBeUndefined();
    }
  });
});
