// The progress protocol (docs/progress.md): a job appends one JSON object per line to the file
// named by $SLURM_ML_PROGRESS_FILE. Every field is optional; what is malformed is refused with a
// reason and the line is skipped, never the file.

/** Longer lines are skipped unread: a report is a few hundred bytes. */
export const MAX_LINE_BYTES = 64 * 1024;
/** Metric names as MLflow takes them (`val/dice`, `train_loss`), short enough for the status. */
export const METRIC_NAME = /^[A-Za-z0-9_.:/-]{1,64}$/;
/** RFC 3339 with a four-digit year: `new Date` alone takes "1" and "March 7" too. */
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:[Zz]|[+-]\d{2}:\d{2})$/;
/** Ten years: a longer estimate is no estimate, and the status's integer must stay exact. */
export const MAX_ETA_SECONDS = 315_360_000;
const UNIT = /^[A-Za-z][A-Za-z0-9_ -]{0,31}$/;
/** The metrics one line may carry; more are refused (the status keeps 32 anyway). */
export const MAX_METRICS_PER_LINE = 64;

export interface ProgressReport {
  /** The job's own time of the report, if it gave one. */
  time?: Date;
  step?: number;
  total?: number;
  unit?: string;
  percent?: number;
  /** Seconds left, as the job estimates it. */
  etaSeconds?: number;
  metrics: [name: string, value: number][];
}

export type ParsedLine = { report: ProgressReport } | { refused: string };

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

export function parseReportLine(line: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { refused: 'not JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { refused: 'not a JSON object' };
  const fields = value as Record<string, unknown>;
  const report: ProgressReport = { metrics: [] };
  const number = (key: string, min: number, max = Number.POSITIVE_INFINITY): number | string | undefined => {
    const given = fields[key];
    if (given === undefined || given === null) return undefined;
    if (!isFiniteNumber(given) || given < min || given > max)
      return `"${key}" must be a number from ${min}${Number.isFinite(max) ? ` to ${max}` : ''}`;
    return given;
  };
  for (const [key, min, max, set] of [
    ['step', 0, undefined, (n: number) => (report.step = n)],
    ['total', 0, undefined, (n: number) => (report.total = n)],
    ['percent', 0, 100, (n: number) => (report.percent = n)],
    ['eta', 0, MAX_ETA_SECONDS, (n: number) => (report.etaSeconds = n)],
  ] as const) {
    const n = number(key, min, max);
    if (typeof n === 'string') return { refused: n };
    if (n !== undefined) set(n);
  }
  if (report.total === 0) return { refused: '"total" must be greater than 0' };
  if (fields.unit !== undefined) {
    if (typeof fields.unit !== 'string' || !UNIT.test(fields.unit))
      return { refused: '"unit" must be a word of at most 32 characters' };
    report.unit = fields.unit;
  }
  if (fields.time !== undefined) {
    const time =
      typeof fields.time === 'string' && RFC3339.test(fields.time)
        ? new Date(fields.time)
        : new Date(Number.NaN);
    if (Number.isNaN(time.getTime())) return { refused: '"time" must be an RFC 3339 timestamp' };
    report.time = time;
  }
  if (fields.metrics !== undefined) {
    const metrics = fields.metrics;
    if (typeof metrics !== 'object' || metrics === null || Array.isArray(metrics))
      return { refused: '"metrics" must be an object of name to number' };
    const entries = Object.entries(metrics);
    if (entries.length > MAX_METRICS_PER_LINE)
      return { refused: `"metrics" has more than ${MAX_METRICS_PER_LINE} entries` };
    for (const [name, metric] of entries) {
      if (!METRIC_NAME.test(name))
        return {
          refused: `metric name ${JSON.stringify(name.slice(0, 80))} must match ${METRIC_NAME.source}`,
        };
      if (!isFiniteNumber(metric)) return { refused: `metric "${name}" must be a finite number` };
      report.metrics.push([name, metric]);
    }
  }
  return { report };
}
