// The logs endpoint, served on the operator's HTTP port like the history API:
//   GET|HEAD /api/v1/{trainings|predictions}/{namespace}/{name}/log
//     ?tail=N&follow=true&attempt=N|previous=true&limitBytes=N
// A job's stdout and stderr (one file, as Slurm writes it), read from the cluster's shared
// filesystem as the operator has it mounted, bytes as they are. The handler answers only that
// route and returns false for anything else (the history API comes after it).
// Authorization first, before anything is looked up or read: `get` on the `log` subresource of
// the kind in the namespace, as `pods/log` is for `kubectl logs`.
import type { FileHandle } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AccessReviewFailed } from '../access/request.ts';
import type { Caller } from '../access/types.ts';
import { sendJson } from '../http/json-answer.ts';
import { type AttemptChoice, BadRequest, type LogQuery, parseLogPath, parseLogQuery } from './params.ts';
import { describeFailure, safeOpen } from './safe-open.ts';
import { STREAM_CHUNK_BYTES, streamLog } from './stream.ts';
import { TAIL_MAX_SCAN_BYTES, tailStart } from './tail.ts';
import type { AttemptOutput, LogListing, LogSource } from './types.ts';

export type LogHandler = (req: IncomingMessage, res: ServerResponse, caller: Caller) => Promise<boolean>;

/** Structured warnings (a pino Logger fits). */
export interface LogApiLogger {
  warn(details: Record<string, unknown>, message: string): void;
}

export interface LogApiOptions {
  /** How often a follow looks for new output (default 500 ms). */
  pollIntervalMs?: number;
  /** Follows served at once; beyond it 429 (default 100). */
  maxFollowers?: number;
  /** An unexpected error (a lookup that threw, a read that failed mid-stream). */
  onError?: (error: unknown, path: string) => void;
  /** Refused files (a symlink, a FIFO) and files the operator could not read. */
  logger?: LogApiLogger;
  /** Bytes per read (default 64 KiB). */
  chunkBytes?: number;
  /** How far back `tail` looks for line starts (default 64 MiB). */
  maxTailScanBytes?: number;
}

export const DEFAULT_POLL_INTERVAL_MS = 500;
export const DEFAULT_MAX_FOLLOWERS = 100;
/** Seconds a client refused for too many follows is told to wait. */
const RETRY_AFTER_SECONDS = 5;

const KINDS: Record<LogListing, string> = { trainings: 'Training', predictions: 'Prediction' };

/** The JSON answer, and HEAD's without its body. */
const send = (res: ServerResponse, status: number, body: unknown, head: boolean, headers = {}) =>
  sendJson(res, status, body, { head, headers });

/** The attempt asked for, or the status and message that say why there is none. */
function chooseAttempt(
  attempts: AttemptOutput[],
  choice: AttemptChoice,
  what: string,
): { output: AttemptOutput; latest: boolean } | { status: number; error: string } {
  const sorted = [...attempts].sort((a, b) => a.attempt - b.attempt);
  const latest = sorted.at(-1);
  if (!latest) return { status: 404, error: `${what} has not been submitted yet: no job has written output` };
  if (choice.kind === 'latest') return { output: latest, latest: true };
  if (choice.kind === 'previous') {
    const previous = sorted.at(-2);
    if (!previous)
      return {
        status: 400,
        error: `previous: ${what} has had only one attempt (${latest.attempt}); there is no attempt before it`,
      };
    return { output: previous, latest: false };
  }
  const output = sorted.find((a) => a.attempt === choice.attempt);
  if (!output)
    return {
      status: 404,
      error: `attempt: ${what} has no attempt ${choice.attempt} (its attempts: ${sorted.map((a) => a.attempt).join(', ')})`,
    };
  return { output, latest: output === latest };
}

export function logHandler(source: LogSource, options: LogApiOptions = {}): LogHandler {
  const pollIntervalMs = options.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS;
  const maxFollowers = options.maxFollowers ?? DEFAULT_MAX_FOLLOWERS;
  const chunkBytes = options.chunkBytes ?? STREAM_CHUNK_BYTES;
  const maxScanBytes = options.maxTailScanBytes ?? TAIL_MAX_SCAN_BYTES;
  let followers = 0;

  return async (req, res, caller) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) return false;
    let route: ReturnType<typeof parseLogPath>;
    let query: LogQuery;
    try {
      route = parseLogPath(url.pathname);
      if (!route) return false;
      // Checked before anything is looked up or read: a refused caller learns nothing.
      const allowed = await caller.can({
        verb: 'get',
        group: 'ml.hpc.dev',
        resource: route.listing,
        subresource: 'log',
        namespace: route.namespace,
        name: route.name,
      });
      if (!allowed)
        return send(
          res,
          403,
          {
            error: `user "${caller.user.username}" may not get ${route.listing}/log in namespace "${route.namespace}"`,
          },
          head,
        );
      query = parseLogQuery(url.searchParams);
    } catch (error) {
      if (error instanceof BadRequest) return send(res, 400, { error: error.message }, head);
      throw error; // AccessReviewFailed: the server answers 503
    }

    const { listing, namespace, name } = route;
    const what = `${KINDS[listing]} "${name}" in namespace "${namespace}"`;
    let counted = false;
    try {
      const found = source.lookup(listing, namespace, name);
      if (!found.found) return send(res, 404, { error: `no ${what}` }, head);
      const chosen = chooseAttempt(found.attempts, query.attempt, what);
      if ('status' in chosen) return send(res, chosen.status, { error: chosen.error }, head);
      const { output } = chosen;
      const context = { listing, namespace, name, attempt: output.attempt, jobId: output.jobId };
      if (output.unavailable || !output.path)
        return send(
          res,
          404,
          {
            error:
              output.unavailable ??
              `the operator does not know where the output of attempt ${output.attempt} (job ${output.jobId}) lies`,
          },
          head,
        );
      const path = output.path;
      const follow = query.follow && !head;
      if (follow) {
        if (followers >= maxFollowers)
          return send(
            res,
            429,
            {
              error: `the operator already serves ${maxFollowers} log follows; try again later or without follow`,
            },
            head,
            { 'retry-after': String(RETRY_AFTER_SECONDS) },
          );
        followers += 1;
        counted = true;
      }

      const opened = await safeOpen(path);
      if (opened.kind === 'refused') {
        options.logger?.warn(
          { ...context, path, reason: opened.reason },
          'refused to read a job output file',
        );
        return send(
          res,
          404,
          { error: `${opened.reason} (attempt ${output.attempt}, job ${output.jobId})` },
          head,
        );
      }
      if (opened.kind === 'failed') {
        options.logger?.warn(
          { ...context, path, code: opened.code, reason: opened.reason },
          'cannot read a job output file',
        );
        return send(res, 502, { error: opened.reason }, head);
      }
      const file = opened.kind === 'open' ? opened.handle : undefined;
      const tailOf = (handle: FileHandle, size: number) =>
        query.tail === undefined
          ? Promise.resolve(0)
          : tailStart(handle, size, query.tail, { maxScanBytes, chunkBytes });
      // Where the file open now is read from, found before the answer starts: a read error of
      // the scan is still a 502.
      let firstStart: number | undefined;
      if (file && !head) {
        try {
          firstStart = await tailOf(file, opened.kind === 'open' ? opened.stats.size : 0);
        } catch (error) {
          await file.close().catch(() => {});
          const failure = describeFailure(error);
          options.logger?.warn({ ...context, path, ...failure }, 'cannot read a job output file');
          return send(res, 502, { error: failure.reason }, head);
        }
      }
      res.writeHead(200, {
        'content-type': 'text/plain; charset=utf-8',
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
      });
      if (head || (!file && !follow)) {
        await file?.close();
        res.end();
        return true;
      }
      if (follow) res.flushHeaders(); // the client knows at once it is answered, even before output
      const abort = new AbortController();
      const onClose = () => abort.abort();
      res.once('close', onClose);
      if (res.destroyed) abort.abort(); // gone before the listener was there
      try {
        const end = await streamLog({
          out: res,
          signal: abort.signal,
          ...(file ? { file } : {}),
          startAt: (handle, size) => {
            if (handle !== file || firstStart === undefined) return tailOf(handle, size);
            const start = firstStart;
            firstStart = undefined;
            return Promise.resolve(start);
          },
          ...(query.limitBytes !== undefined ? { limitBytes: query.limitBytes } : {}),
          chunkBytes,
          ...(follow
            ? {
                follow: {
                  // An attempt before the latest has ended: its file is read to its end, once.
                  active: () => chosen.latest && found.active(),
                  intervalMs: pollIntervalMs,
                  path,
                },
              }
            : {}),
        });
        if (end.ended === 'refused')
          options.logger?.warn(
            { ...context, path, reason: end.reason },
            'stopped following a job output file',
          );
        res.end();
      } catch (error) {
        // Headers are sent: the client sees a body cut short (no final chunk).
        options.logger?.warn(
          { ...context, path, ...describeFailure(error) },
          'reading a job output file failed',
        );
        options.onError?.(error, url.pathname);
        res.destroy();
      } finally {
        res.off('close', onClose);
      }
      return true;
    } catch (error) {
      if (error instanceof AccessReviewFailed) throw error;
      options.onError?.(error, url.pathname);
      if (!res.headersSent) send(res, 500, { error: 'internal error' }, head);
      else res.destroy();
      return true;
    } finally {
      if (counted) followers -= 1;
    }
  };
}
