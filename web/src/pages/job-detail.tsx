// One Training or Prediction, live: its status (watched, never polled), conditions, the phase
// timeline from the audit history, the log followed as it is written, metric charts over steps,
// and its spec.
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { isFinalPhase } from '../../../src/api/phases.ts';
import type { Prediction, Training } from '../../../src/api/types.ts';
import { ConditionsTable } from '../components/conditions-table.tsx';
import { JobProgress } from '../components/job-progress.tsx';
import { usePageTitle } from '../components/layout.tsx';
import { LogView } from '../components/log-view.tsx';
import { MetricChart } from '../components/metric-chart.tsx';
import { PhaseBadge } from '../components/phase-badge.tsx';
import { SpecView } from '../components/spec-view.tsx';
import { Empty, ErrorState, Loading } from '../components/states.tsx';
import { Timeline } from '../components/timeline.tsx';
import type { ConsoleError, HistoryRecord, JobKind, MetricSeries, Transition } from '../data/console-data.ts';
import { useConsoleData } from '../data/context.tsx';
import { useListWatch } from '../data/use-list-watch.ts';
import { latestAttemptSeries, reportKey, seriesBehind } from '../detail/metrics.ts';
import { dateTime, timestamp } from '../format.ts';
import { subdomainProblem } from '../forms/names.ts';
import './details-and-forms.css';

type Job = Training | Prediction;

/** The metric history is read again at most this often while the job reports. */
const METRICS_EVERY_MS = 5000;

function Fact(props: { term: string; children: ReactNode }) {
  return (
    <div className="fact">
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </div>
  );
}

function When(props: { at: string | undefined }) {
  if (!props.at) return <span className="muted">—</span>;
  return <time dateTime={props.at}>{dateTime(props.at)}</time>;
}

function modelHref(namespace: string, model: string): string {
  return `/models/${encodeURIComponent(namespace)}/${encodeURIComponent(model)}`;
}

function StatusFacts(props: { kind: JobKind; job: Job }) {
  const { job } = props;
  const status = job.status;
  const namespace = job.metadata.namespace ?? '';
  const name = job.metadata.name ?? '';
  const slurm = status?.slurm;
  const prediction = props.kind === 'predictions' ? (job as Prediction) : undefined;
  return (
    <dl className="facts">
      <Fact term="Phase">
        <PhaseBadge phase={status?.phase} data-testid="phase" />
      </Fact>
      {status?.reason ? <Fact term="Reason">{status.reason}</Fact> : null}
      {status?.message ? (
        <Fact term="Message">
          <span className="wrap">{status.message}</span>
        </Fact>
      ) : null}
      <Fact term="Progress">
        <JobProgress name={name} progress={status?.progress} />
      </Fact>
      <Fact term="Model">
        <Link href={modelHref(namespace, job.spec.model)}>{job.spec.model}</Link>
      </Fact>
      {props.kind === 'trainings' ? (
        <Fact term="Model version">
          {status?.modelVersion !== undefined ? (
            <Link href={modelHref(namespace, job.spec.model)}>version {status.modelVersion}</Link>
          ) : (
            <span className="muted">registered when the training succeeds</span>
          )}
        </Fact>
      ) : (
        <Fact term="Model version">
          {prediction?.status?.modelVersion !== undefined
            ? `version ${prediction.status.modelVersion}`
            : prediction?.spec.version !== undefined
              ? `version ${prediction.spec.version} (requested)`
              : prediction?.spec.alias !== undefined
                ? `alias ${prediction.spec.alias}`
                : 'latest'}
        </Fact>
      )}
      {prediction ? (
        <Fact term="Input">
          <code className="wrap">{prediction.spec.input}</code>
        </Fact>
      ) : null}
      <Fact term="Template">{job.spec.template}</Fact>
      <Fact term="Slurm job">{slurm?.jobId ?? <span className="muted">not submitted</span>}</Fact>
      {slurm?.state ? (
        <Fact term="Slurm state">
          {slurm.state}
          {slurm.reason && slurm.reason !== 'None' ? ` (${slurm.reason})` : ''}
        </Fact>
      ) : null}
      {slurm?.cluster || job.spec.cluster ? (
        <Fact term="Cluster">{slurm?.cluster ?? job.spec.cluster}</Fact>
      ) : null}
      {slurm?.nodes ? <Fact term="Nodes">{slurm.nodes}</Fact> : null}
      {slurm?.exitCode !== undefined ? <Fact term="Exit code">{slurm.exitCode}</Fact> : null}
      {status?.attempts !== undefined ? <Fact term="Attempts">{status.attempts}</Fact> : null}
      <Fact term="Created">
        <When at={timestamp(job.metadata.creationTimestamp)} />
      </Fact>
      <Fact term="Submitted">
        <When at={status?.submittedAt} />
      </Fact>
      <Fact term="Started">
        <When at={status?.startedAt} />
      </Fact>
      <Fact term="Finished">
        <When at={status?.finishedAt} />
      </Fact>
      {status?.modelPath ? (
        <Fact term={props.kind === 'trainings' ? 'Model path' : 'Model version path'}>
          <code className="wrap">{status.modelPath}</code>
        </Fact>
      ) : null}
      {prediction?.status?.outputPath ? (
        <Fact term="Output path">
          <code className="wrap">{prediction.status.outputPath}</code>
        </Fact>
      ) : null}
      {status?.metrics && status.metrics.length > 0 ? (
        <Fact term="Latest metrics">
          {status.metrics
            .map((m) => `${m.name} ${m.value}${m.step !== undefined ? ` (step ${m.step})` : ''}`)
            .join(', ')}
        </Fact>
      ) : null}
    </dl>
  );
}

/** Waits before reading the history again while it does not yet end in the phase the status shows. */
const HISTORY_RETRY_MS = [1000, 2000, 4000, 8000, 15000];

function useHistory(kind: JobKind, namespace: string, name: string, phase: string | undefined) {
  const data = useConsoleData();
  const [state, setState] = useState<{ record?: HistoryRecord; error?: ConsoleError | Error }>({});
  useEffect(() => {
    // Read again whenever the phase changes: that is when the history gains a transition. The
    // audit store may record it a moment after the status shows it, so a history that does not
    // end in the current phase (or is not there yet) is read again a few times, further apart.
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = (attempt: number) => {
      const wait = HISTORY_RETRY_MS[attempt];
      data.history(kind, namespace, name).then(
        (record) => {
          if (!live) return;
          setState({ record });
          const last = record.transitions[record.transitions.length - 1];
          if (phase !== undefined && last?.to !== phase && wait !== undefined)
            timer = setTimeout(() => read(attempt + 1), wait);
        },
        (error: ConsoleError | Error) => {
          if (!live) return;
          setState((before) => ({ ...before, error }));
          if ('status' in error && error.status === 404 && wait !== undefined)
            timer = setTimeout(() => read(attempt + 1), wait);
        },
      );
    };
    read(0);
    return () => {
      live = false;
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [data, kind, namespace, name, phase]);
  return state;
}

/** The status's own phaseHistory (the latest 20) as transitions, for when the audit history cannot be read. */
function fromPhaseHistory(job: Job): Transition[] {
  const entries = job.status?.phaseHistory ?? [];
  return entries.map((entry, index) => ({
    at: entry.time,
    from: index === 0 ? null : (entries[index - 1]?.phase ?? null),
    to: entry.phase,
    reason: entry.reason ?? null,
  }));
}

/** Reads of a history still behind the status, per change of the status, before giving up. */
const METRICS_CATCH_UP_TRIES = 6;

function useMetricSeries(
  kind: JobKind,
  namespace: string,
  name: string,
  key: string,
  latest: { name: string; step?: number }[] | undefined,
) {
  const data = useConsoleData();
  const [state, setState] = useState<{ series?: MetricSeries[]; error?: ConsoleError | Error }>({});
  const last = useRef(0);
  const reported = useRef(latest);
  reported.current = latest;
  useEffect(() => {
    // Read when the job reports something new (key), at most every METRICS_EVERY_MS, and again
    // while the history lags behind the status's latest values.
    void key;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = (tries: number) => {
      last.current = Date.now();
      data.metrics(kind, namespace, name).then(
        (history) => {
          if (!live) return;
          const series = latestAttemptSeries(history);
          setState({ series });
          if (tries > 1 && seriesBehind(series, reported.current))
            timer = setTimeout(() => read(tries - 1), METRICS_EVERY_MS);
        },
        (error: ConsoleError | Error) => live && setState((before) => ({ ...before, error })),
      );
    };
    timer = setTimeout(
      () => read(METRICS_CATCH_UP_TRIES),
      Math.max(0, last.current + METRICS_EVERY_MS - Date.now()),
    );
    return () => {
      live = false;
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [data, kind, namespace, name, key]);
  return state;
}

function TimelineSection(props: {
  kind: JobKind;
  job: Job;
  namespace: string;
  name: string;
  phase: string | undefined;
}) {
  const history = useHistory(props.kind, props.namespace, props.name, props.phase);
  let body: ReactNode;
  if (history.record) {
    body = <Timeline transitions={history.record.transitions} />;
  } else if (history.error) {
    const status = 'status' in history.error ? history.error.status : undefined;
    body =
      status === 401 || status === 403 ? (
        <ErrorState error={history.error} what="the phase history" />
      ) : (
        <>
          <p className="muted">
            The audit history could not be read ({history.error.message}); these are the latest phase changes
            the resource itself records.
          </p>
          <Timeline transitions={fromPhaseHistory(props.job)} />
        </>
      );
  } else {
    body = <Loading what="the phase history" />;
  }
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      {body}
    </section>
  );
}

function MetricsSection(props: {
  kind: JobKind;
  namespace: string;
  name: string;
  reportKey: string;
  latest: { name: string; step?: number }[] | undefined;
}) {
  const metrics = useMetricSeries(props.kind, props.namespace, props.name, props.reportKey, props.latest);
  let body: ReactNode;
  if (metrics.series) {
    body =
      metrics.series.length === 0 ? (
        <Empty>The job has reported no metrics.</Empty>
      ) : (
        <>
          {metrics.series.length > 0 && (metrics.series[0]?.attempt ?? 1) > 1 ? (
            <p className="muted">Attempt {metrics.series[0]?.attempt}, the latest.</p>
          ) : null}
          <div className="charts">
            {metrics.series.map((s) => (
              <MetricChart key={s.metric} metric={s.metric} points={s.points} />
            ))}
          </div>
        </>
      );
  } else if (metrics.error) {
    body =
      'status' in metrics.error && metrics.error.status === 404 ? (
        <Empty>No metrics recorded yet.</Empty>
      ) : (
        <ErrorState error={metrics.error} what="the metric history" />
      );
  } else {
    body = <Loading what="metrics" />;
  }
  return (
    <section aria-labelledby="metrics-heading">
      <h2 id="metrics-heading">Metrics</h2>
      {body}
    </section>
  );
}

export function JobDetailPage(props: { kind: JobKind; namespace: string; name: string }) {
  const { kind, namespace, name } = props;
  // This one object, not the namespace: the page is sent only what it shows. A name that is not
  // a Kubernetes name names nothing (and would not make a selector).
  const nameable = subdomainProblem(name) === undefined;
  const list = useListWatch(kind, [namespace], nameable, { fieldSelector: `metadata.name=${name}` });
  const job = (list.items as Job[] | null)?.find((item) => item.metadata.name === name);
  const what = kind === 'trainings' ? 'Training' : 'Prediction';
  const listHref = `/${kind}?namespace=${encodeURIComponent(namespace)}`;
  // Titled by name only once the resource is there, like the h1.
  usePageTitle(job ? `${name} · ${what}` : undefined);

  if (!job) {
    // The name from the address is shown only once the resource is there: a person without
    // rights learns nothing from the page but that they may not read it.
    return (
      <>
        <h1>{what}</h1>
        <p className="lead">
          {what} in namespace {namespace} · <Link href={listHref}>All {kind}</Link>
        </p>
        {list.errors.map(({ error }) => (
          <ErrorState key={error.message} error={error} what={`${kind} in ${namespace}`} />
        ))}
        {list.errors.length > 0 ? null : list.items === null && nameable ? (
          <Loading what={`the ${what}`} />
        ) : (
          <Empty>
            There is no {what} of that name in namespace {namespace}; it may have been deleted.
          </Empty>
        )}
      </>
    );
  }

  const status = job.status;
  const phase = status?.phase;
  const started = phase !== undefined && phase !== 'Pending' && phase !== 'Submitted';
  const logsCondition = status?.conditions?.find((c) => c.type === 'LogsAvailable');
  const unavailable = !started
    ? 'the job has not started yet; its output appears here once it runs.'
    : logsCondition?.status === 'False'
      ? logsCondition.message || logsCondition.reason
      : undefined;

  return (
    <>
      <h1>{name}</h1>
      <p className="lead">
        {what} in namespace {namespace} · <Link href={listHref}>All {kind}</Link>
      </p>
      {list.errors.map(({ error }) => (
        <ErrorState key={error.message} error={error} what={`live updates of the ${what}`} />
      ))}
      <section aria-labelledby="status-heading">
        <h2 id="status-heading">Status</h2>
        <StatusFacts kind={kind} job={job} />
      </section>
      <section aria-labelledby="conditions-heading">
        <h2 id="conditions-heading">Conditions</h2>
        <ConditionsTable conditions={status?.conditions} />
      </section>
      <TimelineSection kind={kind} job={job} namespace={namespace} name={name} phase={phase} />
      <section aria-labelledby="logs-heading">
        <h2 id="logs-heading">Logs</h2>
        <LogView
          kind={kind}
          namespace={namespace}
          name={name}
          restartKey={`${status?.attempts ?? 0}:${started}`}
          live={!isFinalPhase(phase)}
          unavailable={unavailable}
        />
      </section>
      <MetricsSection
        kind={kind}
        namespace={namespace}
        name={name}
        reportKey={reportKey(status ?? {})}
        latest={status?.metrics}
      />
      <section aria-labelledby="spec-heading">
        <h2 id="spec-heading">Spec</h2>
        <SpecView spec={job.spec} />
      </section>
    </>
  );
}
