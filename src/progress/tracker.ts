// Follows the progress files of running jobs: every interval it reads what each job appended
// since the last read (nothing of jobs that are not watched), folds it into a summary, writes
// the summary into the resource's status when it changed (so at most one status write per job
// per interval), and hands the metric points to the audit store. At the job's end `settle` reads
// the rest and returns the final summary, for the final status and the ModelVersion.
//
// Memory per job is its summary (fixed size) and a read position; a read holds one chunk, one
// line and at most POINTS_PER_BATCH points. The audit store is never waited on twice in an
// outage: once it refuses, stores pause for an interval, and the jobs whose points it missed are
// offered whole once it is back (inserts are idempotent by line offset), so nothing queues in
// memory but the names of those jobs.
import type { MetricPoint } from '../audit/index.ts';
import type { Logger } from '../observability/logger.ts';
import { type ProgressReport, parseReportLine } from './protocol.ts';
import { NotARegularFile, type ReadOutcome, type ReadPosition, readLines, START } from './report-file.ts';
import { emptySummary, foldReport, type ProgressSummary, reportTime, statusOf } from './summary.ts';

export interface WatchedJob {
  kind: 'Training' | 'Prediction';
  uid: string;
  namespace: string;
  name: string;
  attempt: number;
  jobId: number;
  /** The progress file as the operator sees it. */
  file: string;
  startedAt?: Date;
}

export type ShownProgress = ReturnType<typeof statusOf>;
export type SettledProgress = ShownProgress & { summary?: ProgressSummary };

export interface ProgressTrackerOptions {
  intervalMs: number;
  /** Bytes read from one job's file per interval (the rest waits for the next). */
  maxBytesPerRead?: number;
  /** Bytes `settle` reads at most; of a longer rest only the end is read (the last values). */
  maxBytesPerSettle?: number;
  /** Writes what the status shows; 'gone' when the resource or its job moved on (stop watching). */
  writeStatus(job: WatchedJob, shown: ShownProgress): Promise<'written' | 'gone'>;
  storePoints?(points: MetricPoint[]): Promise<unknown>;
  log: Logger;
  now(): Date;
  onRead?(outcome: { bytes: number; refused: number }): void;
}

interface Entry {
  job: WatchedJob;
  position: ReadPosition;
  summary: ProgressSummary;
  shown: string;
  /** Read to the end once: before that a summary is of the file's start (after a restart, say). */
  caughtUp: boolean;
  /** Points of this job the store missed: offer the whole file once the job ends. */
  unstored: boolean;
  busy: Promise<void> | null;
  /** settle() has it: intervals leave it alone. */
  settling: boolean;
  /** The last problem with the file, logged once until it goes away. */
  problem?: string;
  /** The last status write failed (logged once until one succeeds). */
  writeFailing?: boolean;
}

const DEFAULT_MAX_BYTES_PER_READ = 4 * 1024 * 1024;
const DEFAULT_MAX_BYTES_PER_SETTLE = 64 * 1024 * 1024;
/** Points one read collects before it stops (at a line's end) and stores them. */
const POINTS_PER_BATCH = 1_000;
/** Jobs read at once per interval. */
const READS_AT_ONCE = 8;
/** Ended jobs remembered for a store that was down, and settled summaries kept for a retried end. */
const MAX_REMEMBERED = 1_000;

const keyOf = (job: Pick<WatchedJob, 'kind' | 'namespace' | 'name'>) =>
  `${job.kind}/${job.namespace}/${job.name}`;
const sameJob = (a: WatchedJob, b: WatchedJob) =>
  a.uid === b.uid && a.jobId === b.jobId && a.attempt === b.attempt && a.file === b.file;

export class ProgressTracker {
  private readonly entries = new Map<string, Entry>();
  /** Ended jobs whose points the store missed: offered whole each interval until stored. */
  private readonly unstoredEnded = new Map<string, WatchedJob>();
  /** The last settle of each job, for an end that is retried (its final write conflicted). */
  private readonly settled = new Map<string, { job: WatchedJob; result: SettledProgress }>();
  private storePausedUntil = 0;
  private timer: NodeJS.Timeout | undefined;
  private ticking = false;
  private readonly options: ProgressTrackerOptions;

  constructor(options: ProgressTrackerOptions) {
    this.options = options;
  }

  get watched(): number {
    return this.entries.size;
  }

  start(): void {
    this.timer ??= setInterval(() => void this.tick(), this.options.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.entries.clear();
    this.unstoredEnded.clear();
    this.settled.clear();
  }

  /** Starts (or keeps) watching the job's file; a new attempt or resource replaces the old entry. */
  watch(job: WatchedJob): void {
    const key = keyOf(job);
    const entry = this.entries.get(key);
    if (entry && sameJob(entry.job, job)) {
      entry.job = job; // a start time learned later
      return;
    }
    this.entries.set(key, {
      job,
      position: START,
      summary: emptySummary(),
      shown: '',
      caughtUp: false,
      unstored: false,
      busy: null,
      settling: false,
    });
  }

  /** Stops watching the resource's job (it was deleted, its job is gone, or its end is written). */
  forget(resource: { kind?: string; metadata?: { namespace?: string; name?: string } }): void {
    const key = `${resource.kind}/${resource.metadata?.namespace ?? ''}/${resource.metadata?.name ?? ''}`;
    this.entries.delete(key);
    this.settled.delete(key);
  }

  /**
   * Reads the rest of the job's file (all of it when it was not watched, the last
   * maxBytesPerSettle of a longer rest) and stops watching it: the final summary, or {} when the
   * job reported nothing. Never throws for the file or the store, and never waits on a store that
   * failed: a job's end must not wait for either. The same job settled again gets the same answer.
   */
  async settle(job: WatchedJob): Promise<SettledProgress> {
    const key = keyOf(job);
    const done = this.settled.get(key);
    if (done && sameJob(done.job, job)) return done.result;
    if (!this.entries.get(key) || !sameJob((this.entries.get(key) as Entry).job, job)) this.watch(job);
    const entry = this.entries.get(key) as Entry;
    if (job.startedAt) entry.job = { ...entry.job, startedAt: job.startedAt };
    entry.settling = true;
    await entry.busy;
    const cap = this.options.maxBytesPerSettle ?? DEFAULT_MAX_BYTES_PER_SETTLE;
    let read = 0;
    try {
      for (;;) {
        const outcome = await this.readSome(entry, cap, true);
        read += outcome.bytes;
        // bytes 0 short of the end: the file shrank under the read; what was read is the end.
        if (outcome.atEnd || outcome.bytes === 0) break;
        if (read >= cap || outcome.size - entry.position.offset > cap) {
          // What matters at the end is the last values: read the file's last `cap` bytes, and
          // leave its whole history to the background offer.
          this.options.log.warn(
            { job: job.jobId, file: job.file, size: outcome.size },
            'progress file too long to read at the job end; reading its end only',
          );
          entry.position = { ...entry.position, offset: Math.max(0, outcome.size - cap), skipping: true };
          entry.unstored = true;
          read = 0;
        }
      }
    } catch (error) {
      this.reportProblem(entry, error);
    } finally {
      this.entries.delete(key);
    }
    if (entry.unstored && this.options.storePoints) this.rememberUnstored(job);
    const reported = entry.summary.updatedAt !== undefined;
    const result: SettledProgress = reported
      ? { ...statusOf(entry.summary, entry.job.startedAt), summary: entry.summary }
      : {};
    this.settled.set(key, { job, result });
    trim(this.settled);
    return result;
  }

  /** One interval's work: read every watched job (a few at a time), write what changed. */
  async tick(): Promise<void> {
    if (this.ticking) return; // a slow interval is not overlapped by the next
    this.ticking = true;
    try {
      const entries = [...this.entries.values()];
      for (let i = 0; i < entries.length; i += READS_AT_ONCE) {
        await Promise.all(entries.slice(i, i + READS_AT_ONCE).map((entry) => this.update(entry)));
      }
      for (const [key, job] of this.unstoredEnded) {
        if (!this.storeAvailable()) break;
        if (await this.storeWholeFile(job)) this.unstoredEnded.delete(key);
      }
    } finally {
      this.ticking = false;
    }
  }

  private async update(entry: Entry): Promise<void> {
    if (entry.busy || entry.settling) return;
    const work = (async () => {
      const budget = this.options.maxBytesPerRead ?? DEFAULT_MAX_BYTES_PER_READ;
      let read = 0;
      try {
        for (;;) {
          const outcome = await this.readSome(entry, budget - read, false);
          read += outcome.bytes;
          if (outcome.atEnd) entry.caughtUp = true;
          // No whole line in what is left of the budget: the rest waits for the next interval.
          if (outcome.atEnd || read >= budget || outcome.bytes === 0) break;
        }
        entry.problem = undefined;
      } catch (error) {
        this.reportProblem(entry, error);
        return;
      }
      if (this.entries.get(keyOf(entry.job)) !== entry || entry.settling || !entry.caughtUp) return;
      const shown = statusOf(entry.summary, entry.job.startedAt);
      const text = JSON.stringify(shown);
      if (text === entry.shown || !entry.summary.updatedAt) return;
      try {
        if ((await this.options.writeStatus(entry.job, shown)) === 'gone')
          this.entries.delete(keyOf(entry.job));
        else entry.shown = text;
        entry.writeFailing = false;
      } catch (error) {
        // Once per job until a write succeeds: an API server outage is a line a job, not one an interval.
        if (!entry.writeFailing)
          this.options.log.warn(
            { err: error, job: entry.job.jobId },
            'progress status write failed; retried each interval',
          );
        entry.writeFailing = true;
      }
    })();
    entry.busy = work;
    try {
      await work;
    } finally {
      entry.busy = null;
    }
  }

  /**
   * One bounded read (at most maxBytes, at most POINTS_PER_BATCH points), folded into the entry's
   * summary; its points go to the store unless the store is paused or missed this job before.
   */
  private async readSome(
    entry: Entry,
    maxBytes: number,
    jobEnded: boolean,
  ): Promise<ReadOutcome & { bytes: number }> {
    const { job } = entry;
    const readAt = this.options.now();
    const points: MetricPoint[] = [];
    let refused = 0;
    const outcome = await readLines(
      job.file,
      entry.position,
      maxBytes,
      (line, lineOffset) => {
        const parsed = line.trim() === '' ? null : parseReportLine(line);
        if (!parsed) return true;
        if ('refused' in parsed) {
          refused++;
          if (entry.summary.refusedLines++ === 0)
            this.options.log.warn(
              { job: job.jobId, file: job.file, offset: lineOffset, why: parsed.refused },
              'a progress report line was refused (later ones are counted, not logged)',
            );
          return true;
        }
        const at = reportTime(parsed.report, readAt, job.startedAt);
        foldReport(entry.summary, parsed.report, at);
        points.push(...pointsOf(job, parsed.report, at, lineOffset, entry.summary.step));
        return points.length < POINTS_PER_BATCH;
      },
      jobEnded,
    );
    if (outcome.restarted) {
      entry.summary = emptySummary();
      entry.caughtUp = false;
      this.options.log.warn(
        { job: job.jobId, file: job.file },
        'progress file replaced or shrunk; read again from its start',
      );
    }
    const before = outcome.restarted ? 0 : entry.position.offset;
    entry.position = {
      offset: outcome.offset,
      skipping: outcome.skipping,
      ...(outcome.file ? { file: outcome.file } : {}),
    };
    const bytes = Math.max(0, outcome.offset - before);
    this.options.onRead?.({ bytes, refused: refused + outcome.overlong });
    if (points.length > 0 && this.options.storePoints) {
      if (entry.unstored || !this.storeAvailable() || !(await this.store(points))) entry.unstored = true;
    }
    return { ...outcome, bytes };
  }

  private storeAvailable(): boolean {
    return this.options.now().getTime() >= this.storePausedUntil;
  }

  private async store(points: MetricPoint[]): Promise<boolean> {
    const { storePoints } = this.options;
    if (!storePoints) return true;
    try {
      await storePoints(points);
      return true;
    } catch (error) {
      this.storePausedUntil = this.options.now().getTime() + this.options.intervalMs;
      this.options.log.warn(
        { err: error },
        'metric points not stored; the jobs missed are offered again once the store is back',
      );
      return false;
    }
  }

  private rememberUnstored(job: WatchedJob): void {
    this.unstoredEnded.set(keyOf(job), job);
    if (trim(this.unstoredEnded) > 0)
      this.options.log.warn(
        'too many ended jobs wait for the metric store; the oldest are no longer offered',
      );
  }

  /** Offers every point of the job's file to the store again; false when the store refused. */
  private async storeWholeFile(job: WatchedJob): Promise<boolean> {
    let position = START;
    const summary = emptySummary();
    try {
      for (;;) {
        const points: MetricPoint[] = [];
        const readAt = this.options.now();
        const outcome = await readLines(
          job.file,
          position,
          DEFAULT_MAX_BYTES_PER_READ,
          (line, lineOffset) => {
            const parsed = line.trim() === '' ? null : parseReportLine(line);
            if (!parsed || 'refused' in parsed) return true;
            const at = reportTime(parsed.report, readAt, job.startedAt);
            foldReport(summary, parsed.report, at);
            points.push(...pointsOf(job, parsed.report, at, lineOffset, summary.step));
            return points.length < POINTS_PER_BATCH;
          },
          true,
        );
        if (points.length > 0 && !(await this.store(points))) return false;
        position = outcome;
        if (outcome.atEnd) return true;
      }
    } catch (error) {
      this.options.log.warn(
        { err: error, file: job.file },
        'progress file cannot be read again; its points are not stored',
      );
      return true;
    }
  }

  private reportProblem(entry: Entry, error: unknown): void {
    const why = error instanceof Error ? error.message : String(error);
    if (entry.problem === why) return;
    entry.problem = why;
    const level = error instanceof NotARegularFile ? 'warn' : 'error';
    this.options.log[level]({ job: entry.job.jobId, file: entry.job.file, why }, 'progress file not read');
  }
}

function pointsOf(
  job: WatchedJob,
  report: ProgressReport,
  at: Date,
  lineOffset: number,
  step: number | undefined,
): MetricPoint[] {
  const { uid, kind, namespace, name, attempt } = job;
  return report.metrics.map(([metric, value]) => ({
    uid,
    kind,
    namespace,
    name,
    attempt,
    metric,
    step: step ?? null,
    value,
    at,
    lineOffset,
  }));
}

/** Drops the oldest entries beyond MAX_REMEMBERED; how many it dropped. */
function trim(map: Map<string, unknown>): number {
  let dropped = 0;
  for (const key of map.keys()) {
    if (map.size <= MAX_REMEMBERED) break;
    map.delete(key);
    dropped++;
  }
  return dropped;
}
