// A standby never writes the audit store (only the leader does). With a shared Postgres that does not
// matter; with an embedded store of its own, its history is empty or stale, and answering from it
// would tell a caller that nothing happened. Such a standby refuses history requests instead.
import type { HistoryHandler } from './history-api.ts';

const HISTORY_PREFIX = '/api/v1/';

export function refuseHistoryOnStandby(handler: HistoryHandler, isStandby: () => boolean): HistoryHandler {
  return async (request, response, caller) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (!isStandby() || !path.startsWith(HISTORY_PREFIX)) return handler(request, response, caller);
    response.writeHead(503, { 'content-type': 'application/json', 'retry-after': '5' });
    response.end(
      JSON.stringify({
        error:
          'this replica is a standby: its embedded audit store is not written while another replica leads. ' +
          'Ask the leader, or give every replica one Postgres (DATABASE_URL) so that any of them answers.',
      }),
    );
    return true;
  };
}
