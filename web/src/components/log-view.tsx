// The job's output, followed live: the last 200 lines, then whatever the job writes, kept to the
// newest 2,000 lines and about 2 MB, each line cut at 10,000 characters (detail/log-buffer.ts).
// Restarted when `restartKey` changes (a new attempt, or the job started).
import { useEffect, useId, useRef, useState } from 'react';
import type { ConsoleError, JobKind } from '../data/console-data.ts';
import { useConsoleData } from '../data/context.tsx';
import { appendLog, EMPTY_LOG, type LogBuffer, logText } from '../detail/log-buffer.ts';

const TAIL = 200;
const KEEP = 2000;
/** Text waiting for the next render is handed over at once beyond this (a job writing fast). */
const FLUSH_AT_CHARS = 256 * 1024;
/** How long to wait before following again when the stream ends while the job still runs. */
const RECONNECT_MS = 5000;

export function LogView(props: {
  kind: JobKind;
  namespace: string;
  name: string;
  /** Changes when the log should be read again from its tail. */
  restartKey: string;
  /** The job may still write: a stream that ends is followed again. */
  live: boolean;
  /** Why there are no logs (the LogsAvailable condition), or undefined when they may be read. */
  unavailable: string | undefined;
}) {
  const data = useConsoleData();
  const followId = useId();
  const [follow, setFollow] = useState(true);
  const [buffer, setBuffer] = useState<LogBuffer>(EMPTY_LOG);
  const [error, setError] = useState<ConsoleError | null>(null);
  const [ended, setEnded] = useState(false);
  const [reconnects, setReconnects] = useState(0);
  const pre = useRef<HTMLPreElement>(null);
  const live = useRef(props.live);
  live.current = props.live;

  const { kind, namespace, name, restartKey, unavailable } = props;
  useEffect(() => {
    // A new attempt, a start, or a reconnect reads the tail again.
    void restartKey;
    void reconnects;
    setBuffer(EMPTY_LOG);
    setError(null);
    setEnded(false);
    if (!follow || unavailable !== undefined) return;
    let pending = '';
    let flush: ReturnType<typeof setTimeout> | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const flushNow = () => {
      flush = undefined;
      const text = pending;
      pending = '';
      setBuffer((b) => appendLog(b, text, KEEP));
    };
    const stop = data.followLog(kind, namespace, name, TAIL, {
      onChunk(text) {
        // Many small chunks become one render every 100 ms at most; a lot of text at once is
        // handed over without waiting, so what waits stays small.
        pending += text;
        if (pending.length >= FLUSH_AT_CHARS) {
          if (flush !== undefined) clearTimeout(flush);
          flushNow();
        } else {
          flush ??= setTimeout(flushNow, 100);
        }
      },
      onEnd() {
        if (flush !== undefined) {
          clearTimeout(flush);
          flushNow();
        }
        setEnded(true);
        if (live.current) retry = setTimeout(() => setReconnects((n) => n + 1), RECONNECT_MS);
      },
      onError(e) {
        setError(e);
        if (live.current && e.status !== 403 && e.status !== 401)
          retry = setTimeout(() => setReconnects((n) => n + 1), RECONNECT_MS);
      },
    });
    return () => {
      stop();
      if (flush !== undefined) clearTimeout(flush);
      if (retry !== undefined) clearTimeout(retry);
    };
  }, [data, kind, namespace, name, restartKey, unavailable, follow, reconnects]);

  const text = logText(buffer);
  useEffect(() => {
    // Keep the newest line in view while following; the text is the trigger.
    void text;
    const element = pre.current;
    if (follow && element) element.scrollTop = element.scrollHeight;
  }, [text, follow]);

  return (
    <div className="log-view">
      <div className="log-toolbar">
        <input
          id={followId}
          type="checkbox"
          checked={follow}
          onChange={(event) => setFollow(event.target.checked)}
        />
        <label htmlFor={followId}>Follow</label>
        <span className="muted" aria-live="polite">
          {unavailable !== undefined
            ? ''
            : !follow
              ? 'Not following; check Follow to read the latest output.'
              : ended && !props.live
                ? 'End of output.'
                : ended
                  ? 'The stream ended; following again shortly.'
                  : 'Following the output live.'}
          {buffer.dropped > 0
            ? ` Older output was dropped; showing the newest ${buffer.lines.length} lines.`
            : ''}
        </span>
      </div>
      {unavailable !== undefined ? (
        <p className="state state-empty">Logs are not available: {unavailable}</p>
      ) : error ? (
        <p className="state state-empty">
          {error.status === 404 ? 'No output yet' : 'Could not read the log'}: {error.message}
        </p>
      ) : null}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <pre ref={pre} className="log" role="log" aria-label="Logs" tabIndex={0}>
        {text}
      </pre>
    </div>
  );
}
