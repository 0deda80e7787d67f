// `kubectl ml metrics training/NAME`: the metrics the job reported, from the operator: the
// resource's progress line (from the Kubernetes API, skipped when the user may not read it),
// a table of each metric's latest value, and a plot of one metric over its steps.
import type { IncomingMessage } from 'node:http';
import { CustomObjectsApi, type KubeConfig } from '@kubernetes/client-node';
import { VERSION as API_VERSION, GROUP } from '../api/types.ts';
import type { MetricsCommand } from './args.ts';
import { resolveConnection } from './connection.ts';
import { CliError, EXIT_INTERRUPTED, EXIT_OK } from './errors.ts';
import { formatNumber, formatProgress, type Progress } from './format.ts';
import { type KubectlMlIo, print, printError } from './io.ts';
import { answerError, operatorGet } from './operator-client.ts';
import { plot, type SeriesPoint } from './plot.ts';
import { formatTable } from './table.ts';

export interface MetricPoint extends SeriesPoint {
  at: string;
}

export interface MetricSeries {
  metric: string;
  attempt: number;
  /** Points recorded; more than `points` when the operator thinned the series. */
  count?: number;
  thinned?: boolean;
  points: MetricPoint[];
}

/** The operator's answer to GET /api/v1/{kind}/{namespace}/{name}/metrics. */
export interface MetricsAnswer {
  uid: string;
  namespace: string;
  name: string;
  attempts: number[];
  /** Some points were left out to keep the answer small. */
  thinned?: boolean;
  series: MetricSeries[];
}

/** The metrics plotted when --metric is not given, the first one present. */
export const PREFERRED_METRICS = ['loss', 'val_loss', 'train_loss'];
/** An answer larger than this is refused rather than held in memory. */
const ANSWER_LIMIT = 64 * 1024 * 1024;
const PROGRESS_TIMEOUT_MS = 5_000;

export function metricsPath(plural: string, namespace: string, name: string): string {
  return `/api/v1/${plural}/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}/metrics`;
}

export async function runMetrics(
  command: MetricsCommand,
  io: KubectlMlIo,
  now = new Date(),
): Promise<number> {
  const connection = await resolveConnection(command.connection, io.env, (line) => printError(io, line));
  const { plural, name } = command.resource;
  const { namespace } = connection;
  const progress =
    command.output === 'table' && connection.kubeConfig
      ? readProgress(connection.kubeConfig, plural, namespace, name)
      : Promise.resolve(undefined);
  let body: string;
  try {
    const response = await operatorGet(
      connection,
      metricsPath(plural, namespace, name),
      { metric: command.metric, attempt: command.attempt },
      io.signal,
    );
    if (response.statusCode !== 200) throw await answerError(response, `get ${plural}`, namespace);
    body = await readBody(response);
  } catch (error) {
    if (io.signal?.aborted) return EXIT_INTERRUPTED;
    throw error;
  }
  if (command.output === 'json') {
    await print(io, body.endsWith('\n') ? body : `${body}\n`);
    return EXIT_OK;
  }
  const answer = parseAnswer(body);
  const report = metricsReport(answer, command, await progress, now);
  await print(io, `${report.join('\n')}\n`);
  return EXIT_OK;
}

/** The text `kubectl ml metrics` prints for an answer, as lines. Pure. */
export function metricsReport(
  answer: MetricsAnswer,
  options: Pick<MetricsCommand, 'metric' | 'attempt' | 'width' | 'height'>,
  progress: Progress | undefined,
  now: Date,
): string[] {
  const lines: string[] = [];
  const progressLine = formatProgress(progress, now);
  if (progressLine) lines.push(progressLine, '');
  const attempts = [...new Set([...answer.attempts, ...answer.series.map((series) => series.attempt)])].sort(
    (a, b) => a - b,
  );
  const attempt = options.attempt ?? attempts[attempts.length - 1];
  const series = answer.series.filter(
    (one) => (attempt === undefined || one.attempt === attempt) && one.points.length > 0,
  );
  if (series.length === 0) {
    const which = options.metric ? `metric "${options.metric}"` : 'metrics';
    lines.push(`No ${which} reported${attempt !== undefined ? ` for attempt ${attempt}` : ''} yet.`);
    return lines;
  }
  if (attempts.length > 1)
    lines.push(`Attempt ${attempt} (attempts ${attempts.join(', ')}; --attempt N shows another)`, '');
  const rows = series.map((one) => {
    const values = one.points.map((point) => point.value).filter(Number.isFinite);
    const latest = latestPoint(one.points);
    return [
      one.metric,
      latest ? formatNumber(latest.value) : '-',
      latest?.step === null || latest?.step === undefined ? '-' : String(latest.step),
      values.length ? formatNumber(Math.min(...values)) : '-',
      values.length ? formatNumber(Math.max(...values)) : '-',
      String(one.count ?? one.points.length),
    ];
  });
  lines.push(...formatTable(['METRIC', 'LATEST', 'STEP', 'MIN', 'MAX', 'POINTS'], rows).split('\n'));
  const chosen = chooseSeries(series, options.metric);
  if (!chosen) {
    lines.push('', `No metric "${options.metric}": there are ${series.map((one) => one.metric).join(', ')}.`);
    return lines;
  }
  const drawable = chosen.points.filter((point) => Number.isFinite(point.value));
  if (drawable.length > 0) {
    const thinned =
      (chosen.thinned ?? answer.thinned)
        ? ` (${chosen.points.length} of ${chosen.count ?? 'more'} points)`
        : '';
    lines.push('', `${chosen.metric}${thinned}`);
    lines.push(...plot(chosen.points, { width: options.width, height: options.height }));
  }
  return lines;
}

/**
 * The point reported last (the latest `at`; of equal times the later in the answer). The
 * operator orders a series by step, with points without a step last, so the last in the answer
 * is not always the newest.
 */
export function latestPoint(points: MetricPoint[]): MetricPoint | undefined {
  let latest: MetricPoint | undefined;
  let latestAt = Number.NEGATIVE_INFINITY;
  for (const point of points) {
    const at = Date.parse(point.at);
    const time = Number.isFinite(at) ? at : Number.NEGATIVE_INFINITY;
    if (latest === undefined || time >= latestAt) {
      latest = point;
      latestAt = time;
    }
  }
  return latest;
}

/** --metric's series, else the first of PREFERRED_METRICS, else the first. */
export function chooseSeries(series: MetricSeries[], metric?: string): MetricSeries | undefined {
  if (metric) return series.find((one) => one.metric === metric);
  for (const preferred of PREFERRED_METRICS) {
    const found = series.find((one) => one.metric === preferred);
    if (found) return found;
  }
  return series[0];
}

/** The answer, checked for the parts the report reads. */
export function parseAnswer(body: string): MetricsAnswer {
  let answer: unknown;
  try {
    answer = JSON.parse(body);
  } catch {
    throw new CliError('the operator answered with something that is not JSON');
  }
  const shaped = answer as Partial<MetricsAnswer> | null;
  if (
    !shaped ||
    !Array.isArray(shaped.series) ||
    !shaped.series.every(
      (one) =>
        one &&
        typeof one.metric === 'string' &&
        typeof one.attempt === 'number' &&
        Array.isArray(one.points) &&
        one.points.every((point) => point && typeof point.value === 'number'),
    )
  )
    throw new CliError(
      'the operator answered with metrics of an unexpected shape (an older or newer operator?)',
    );
  return {
    ...(shaped as MetricsAnswer),
    attempts: Array.isArray(shaped.attempts) ? shaped.attempts.filter((n) => typeof n === 'number') : [],
    series: shaped.series.map(({ count, thinned, ...one }) => ({
      ...one,
      ...(typeof count === 'number' ? { count } : {}),
      ...(typeof thinned === 'boolean' ? { thinned } : {}),
      points: one.points.map((point) => ({
        ...point,
        step: typeof point.step === 'number' ? point.step : null,
      })),
    })),
  };
}

async function readBody(response: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > ANSWER_LIMIT) {
      response.destroy();
      throw new CliError('the operator answered with more than 64 MiB of metrics: use --metric or --attempt');
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The resource's status.progress, read from the Kubernetes API as the user; undefined when it
 * cannot be read (no rights, no such cluster, no answer in 5 s): the line is only a courtesy.
 */
export async function readProgress(
  kubeConfig: KubeConfig,
  plural: string,
  namespace: string,
  name: string,
): Promise<Progress | undefined> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const api = kubeConfig.makeApiClient(CustomObjectsApi);
    const read = api.getNamespacedCustomObject({
      group: GROUP,
      version: API_VERSION,
      namespace,
      plural,
      name,
    });
    read.catch(() => {}); // after a timeout, a late failure is nobody's business
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), PROGRESS_TIMEOUT_MS);
      timer.unref();
    });
    const object = (await Promise.race([read, timeout])) as { status?: { progress?: Progress } } | undefined;
    return object?.status?.progress;
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
