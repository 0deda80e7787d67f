// Follows the progress files of running jobs: every interval it reads what each job appended
// since the last read (nothing of jobs that are not watched), folds it into a summary, writes
// the summary into the resource's status when it changed (so at most one status write per job
// per interval), and hands the metric points to the audit store. At the job's end `settle` reads
// the rest and returns the final summary, for the final status and the ModelVersion.
//
// Memory per job is its summary (fixed size) and a read position; reads are chunked
// (report-file.ts). Points that the audit store refuses are not queued: the file keeps them,
// and the job's whole file is offered again later (inserts are idempotent by line offset).
import type { MetricPoint } from '../audit/index.ts';
import type { Logger } from '../observability/logger.ts';
import { parseReportLine } from './protocol.ts';
import { NotARegularFile, type ReadPosition, readLines } from './report-file.ts';
import { emptySummary, foldReport, type ProgressSummary, statusOf } from './summary.ts';

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

export interface ProgressTrackerOptions {
  intervalMs: number;
  /** Bytes read from one job's file per interval (the rest waits for the next). */
  maxBytesPerRead?: number;
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
  /** Points of this job the store refused: offer the whole file again. */
  unstored: boolean;
  busy: Promise<void> | null;
  /** settle() has it: intervals leave it alone. */
  settling: boolean;
  /** A problem with the file that was logged once. */
  problem?: string;
}

const DEFAULT_MAX_BYTES_PER_READ = 4 * 1024 * 1024;
const POINTS_PER_BATCH = 1_000;
/** Jobs read at once per interval. */
const READS_AT_ONCE = 8;

const keyOf = (job: Pick<WatchedJob, 'kind' | 'namespace' | 'name'>) =>
  `${job.kind}/${job.namespace}/${job.name}`;

export class ProgressTracker {
  private readonly entries = new Map<string, Entry>();
  /** Ended jobs whose points the store refused at the end: offered again each interval. */
  private readonly unstoredEnded = new Map<string, WatchedJob>();
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
  }

  /** Starts (or keeps) watching the job's file; a new attempt replaces the old one's entry. */
  watch(job: WatchedJob): void {
    const key = keyOf(job);
    const entry = this.entries.get(key);
    if (entry && entry.job.jobId === job.jobId && entry.job.attempt === job.attempt) {
      entry.job = job; // a start time learned later
      return;
    }
    this.entries.set(key, {
      job,
      position: { offset: 0, skipping: false },
      summary: emptySummary(),
      shown: '',
      unstored: false,
      busy: null,
      settling: false,
    });
  }

  forget(job: Pick<WatchedJob, 'kind' | 'namespace' | 'name'>): void {
    this.entries.delete(keyOf(job));
  }

  /**
   * Reads the rest of the job's file (all of it when it was not watched) and stops watching it:
   * the final summary, or undefined when the job reported nothing. Never throws for the file or
   * the store: a job's end must not wait for either.
   */
  async settle(job: WatchedJob): Promise<ShownProgress & { summary?: ProgressSummary }> {
    const key = keyOf(job);
    let entry = this.entries.get(key);
    if (!entry || entry.job.jobId !== job.jobId || entry.job.attempt !== job.attempt) {
      this.watch(job);
      entry = this.entries.get(key) as Entry;
    }
    entry.job = { ...entry.job, ...(job.startedAt ? { startedAt: job.startedAt } : {}) };
    entry.settling = true;
    try {
      await entry.busy;
      for (;;) {
        const atEnd = await this.readSome(entry);
        if (atEnd) break;
      }
    } catch (error) {
      this.reportProblem(entry, error);
    } finally {
      this.entries.delete(key);
    }
    if (entry.unstored) await this.storeWholeFile(entry.job);
    const reported = entry.summary.updatedAt !== undefined;
    return reported ? { ...statusOf(entry.summary, entry.job.startedAt), summary: entry.summary } : {};
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
        if (await this.storeWholeFile(job)) this.unstoredEnded.delete(key);
      }
    } finally {
      this.ticking = false;
    }
  }

  private async update(entry: Entry): Promise<void> {
    if (entry.busy || entry.settling) return;
    const work = (async () => {
      try {
        await this.readSome(entry);
      } catch (error) {
        this.reportProblem(entry, error);
        return;
      }
      if (this.entries.get(keyOf(entry.job)) !== entry || entry.settling) return;
      const shown = statusOf(entry.summary, entry.job.startedAt);
      const text = JSON.stringify(shown);
      if (text === entry.shown || !entry.summary.updatedAt) return;
      try {
        if ((await this.options.writeStatus(entry.job, shown)) === 'gone') this.forget(entry.job);
        else entry.shown = text;
      } catch (error) {
        this.options.log.warn(
          { err: error, job: entry.job.jobId },
          'progress status write failed; next interval',
        );
      }
    })();
    entry.busy = work;
    try {
      await work;
    } finally {
      entry.busy = null;
    }
  }

  /** Reads up to maxBytesPerRead; true when it reached the end of what is there. */
  private async readSome(entry: Entry): Promise<boolean> {
    const { job } = entry;
    const readAt = this.options.now();
    const points: MetricPoint[] = [];
    let refused = 0;
    const before = entry.position.offset;
    const outcome = await readLines(
      job.file,
      entry.position,
      this.options.maxBytesPerRead ?? DEFAULT_MAX_BYTES_PER_READ,
      (line, lineOffset) => {
        if (line.trim() === '') return;
        const parsed = parseReportLine(line);
        if ('refused' in parsed) {
          refused++;
          if (entry.summary.refusedLines++ === 0)
            this.options.log.warn(
              { job: job.jobId, file: job.file, offset: lineOffset, why: parsed.refused },
              'a progress report line was refused (later ones are counted, not logged)',
            );
          return;
        }
        const { report } = parsed;
        foldReport(entry.summary, report, readAt);
        const at = report.time ?? readAt;
        const step = entry.summary.step ?? null;
        for (const [metric, value] of report.metrics)
          points.push({ ...identity(job), metric, step, value, at, lineOffset });
      },
    );
    if (outcome.restarted) {
      entry.summary = emptySummary();
      this.options.log.warn(
        { job: job.jobId, file: job.file },
        'progress file shrank; read again from its start',
      );
    }
    entry.position = { offset: outcome.offset, skipping: outcome.skipping };
    this.options.onRead?.({ bytes: Math.max(0, outcome.offset - (outcome.restarted ? 0 : before)), refused });
    if (points.length > 0 && !(await this.store(points))) entry.unstored = true;
    return outcome.atEnd;
  }

  private async store(points: MetricPoint[]): Promise<boolean> {
    const { storePoints } = this.options;
    if (!storePoints) return true;
    try {
      for (let i = 0; i < points.length; i += POINTS_PER_BATCH)
        await storePoints(points.slice(i, i + POINTS_PER_BATCH));
      return true;
    } catch (error) {
      this.options.log.warn({ err: error }, 'metric points not stored; the file is offered again later');
      return false;
    }
  }

  /** Offers every point of the job's file to the store again; false when the store refused. */
  private async storeWholeFile(job: WatchedJob): Promise<boolean> {
    if (!this.options.storePoints) return true;
    let position: ReadPosition = { offset: 0, skipping: false };
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
            if (!parsed || 'refused' in parsed) return;
            foldReport(summary, parsed.report, readAt);
            for (const [metric, value] of parsed.report.metrics)
              points.push({
                ...identity(job),
                metric,
                step: summary.step ?? null,
                value,
                at: parsed.report.time ?? readAt,
                lineOffset,
              });
          },
        );
        if (points.length > 0 && !(await this.store(points))) {
          this.unstoredEnded.set(keyOf(job), job);
          return false;
        }
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
    const why = error instanceof NotARegularFile ? error.message : (error as Error).message;
    if (entry.problem === why) return;
    entry.problem = why;
    this.options.log.warn({ job: entry.job.jobId, file: entry.job.file, why }, 'progress file not read');
  }
}

const identity = ({ uid, kind, namespace, name, attempt }: WatchedJob) => ({
  uid,
  kind,
  namespace,
  name,
  attempt,
});
