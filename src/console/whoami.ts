// GET /ui/api/whoami: the signed-in person as the API server knows them. The server has already
// authenticated the token (TokenReview, 401 without one it accepts), so this only tells the
// console the user name to show and that the token works.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Caller } from '../access/types.ts';
import { sendJson } from '../http/json-answer.ts';

export const WHOAMI_PATH = '/ui/api/whoami';

export function whoamiHandler() {
  return async (req: IncomingMessage, res: ServerResponse, caller: Caller): Promise<boolean> => {
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== WHOAMI_PATH) return false;
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) return sendJson(res, 405, { error: 'whoami is read with GET' });
    return sendJson(res, 200, { username: caller.user.username, groups: caller.user.groups }, { head });
  };
}
