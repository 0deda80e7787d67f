// Overview: how many Trainings and Predictions are in each phase, the running Trainings with how
// far they have got, and the latest failures with their reasons; all live from watches.
import { Link } from 'wouter';
import { PHASES } from '../../../src/api/phases.ts';
import type { Phase, Prediction, Training } from '../../../src/api/types.ts';
import { JobProgress } from '../components/job-progress.tsx';
import { PhaseBadge } from '../components/phase-badge.tsx';
import { Empty, ErrorState, Loading } from '../components/states.tsx';
import { TableScroll } from '../components/table-scroll.tsx';
import type { JobKind } from '../data/console-data.ts';
import { useSession } from '../data/context.tsx';
import { type NamespaceError, useListWatch } from '../data/use-list-watch.ts';
import { age, dateTime, timestamp } from '../format.ts';
import { useNow } from '../use-now.ts';

const RECENT_FAILURES = 10;
const FAILED: readonly Phase[] = ['Failed', 'Lost'];

type Job = Training | Prediction;

export function jobHref(kind: JobKind, job: Job): string {
  return `/${kind}/${encodeURIComponent(job.metadata.namespace ?? '')}/${encodeURIComponent(job.metadata.name ?? '')}`;
}

/** When the job entered its current phase: its last phaseHistory entry, else finishedAt, else creation. */
export function phaseSince(job: Job): string | undefined {
  const history = job.status?.phaseHistory;
  const last = history?.[history.length - 1];
  return last?.time ?? job.status?.finishedAt ?? timestamp(job.metadata.creationTimestamp);
}

function countByPhase(jobs: readonly Job[] | null): Map<Phase, number> {
  const counts = new Map<Phase, number>();
  for (const job of jobs ?? []) {
    const phase = job.status?.phase ?? 'Pending';
    counts.set(phase, (counts.get(phase) ?? 0) + 1);
  }
  return counts;
}

function WatchErrors(props: { errors: NamespaceError[]; what: string }) {
  return (
    <>
      {props.errors.map(({ namespace, error }) => (
        <ErrorState
          key={namespace ?? ''}
          error={error}
          what={namespace === undefined ? props.what : `${props.what} in ${namespace}`}
        />
      ))}
    </>
  );
}

export function OverviewPage() {
  const session = useSession();
  const trainings = useListWatch('trainings', session.namespaces);
  const predictions = useListWatch('predictions', session.namespaces);
  const now = useNow();
  const loading = trainings.items === null || predictions.items === null;

  const trainingCounts = countByPhase(trainings.items);
  const predictionCounts = countByPhase(predictions.items);
  const running = (trainings.items ?? [])
    .filter((t) => t.status?.phase === 'Running')
    .sort((a, b) => (a.metadata.name ?? '').localeCompare(b.metadata.name ?? ''));
  const failures = [
    ...(trainings.items ?? []).map((job) => ({ kind: 'trainings' as const, job: job as Job })),
    ...(predictions.items ?? []).map((job) => ({ kind: 'predictions' as const, job: job as Job })),
  ]
    .filter(({ job }) => FAILED.includes(job.status?.phase ?? 'Pending'))
    .map((entry) => ({ ...entry, since: phaseSince(entry.job) }))
    .sort((a, b) => Date.parse(b.since ?? '') - Date.parse(a.since ?? '') || 0)
    .slice(0, RECENT_FAILURES);

  const where = session.namespaces.length === 0 ? 'every namespace' : session.namespaces.join(', ');

  return (
    <>
      <h1>Overview</h1>
      <p className="lead">Trainings and Predictions in {where}, updated live.</p>
      <WatchErrors errors={trainings.errors} what="Trainings" />
      <WatchErrors errors={predictions.errors} what="Predictions" />

      <section aria-labelledby="by-phase">
        <h2 id="by-phase">By phase</h2>
        {loading ? (
          <Loading what="Trainings and Predictions" />
        ) : (
          <TableScroll label="Trainings and Predictions by phase">
            <table>
              <caption>Trainings and Predictions by phase</caption>
              <thead>
                <tr>
                  <th scope="col">Phase</th>
                  <th scope="col" className="num">
                    Trainings
                  </th>
                  <th scope="col" className="num">
                    Predictions
                  </th>
                </tr>
              </thead>
              <tbody>
                {PHASES.map((phase) => (
                  <tr key={phase}>
                    <th scope="row">
                      <PhaseBadge phase={phase} />
                    </th>
                    <td className="num">
                      <CountLink kind="trainings" phase={phase} count={trainingCounts.get(phase) ?? 0} />
                    </td>
                    <td className="num">
                      <CountLink kind="predictions" phase={phase} count={predictionCounts.get(phase) ?? 0} />
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">All</th>
                  <td className="num">{trainings.items?.length ?? 0}</td>
                  <td className="num">{predictions.items?.length ?? 0}</td>
                </tr>
              </tfoot>
            </table>
          </TableScroll>
        )}
      </section>

      <section aria-labelledby="running">
        <h2 id="running">Running trainings</h2>
        {trainings.items === null ? (
          <Loading what="Trainings" />
        ) : running.length === 0 ? (
          <Empty>
            No training is running. <Link href="/new/training">Start a new training</Link>.
          </Empty>
        ) : (
          <ul className="cards">
            {running.map((t) => (
              <li key={t.metadata.uid ?? `${t.metadata.namespace}/${t.metadata.name}`} className="card">
                <p className="card-title">
                  <Link href={jobHref('trainings', t)}>{t.metadata.name}</Link>{' '}
                  <span className="muted">
                    in {t.metadata.namespace} · model {t.spec.model}
                  </span>
                </p>
                <JobProgress name={t.metadata.name ?? ''} progress={t.status?.progress} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="failures">
        <h2 id="failures">Recent failures</h2>
        {loading ? (
          <Loading what="failures" />
        ) : failures.length === 0 ? (
          <Empty>No Training or Prediction has failed.</Empty>
        ) : (
          <ul className="cards">
            {failures.map(({ kind, job, since }) => (
              <li
                key={job.metadata.uid ?? `${kind}/${job.metadata.namespace}/${job.metadata.name}`}
                className="card"
              >
                <p className="card-title">
                  <Link href={jobHref(kind, job)}>{job.metadata.name}</Link>{' '}
                  <span className="muted">
                    {kind === 'trainings' ? 'Training' : 'Prediction'} in {job.metadata.namespace}
                  </span>{' '}
                  <PhaseBadge phase={job.status?.phase} />
                  {since ? (
                    <>
                      {' '}
                      <time className="muted" dateTime={since} title={dateTime(since)}>
                        {age(since, now)} ago
                      </time>
                    </>
                  ) : null}
                </p>
                <p>
                  <strong>{job.status?.reason ?? 'No reason given'}</strong>
                  {job.status?.message ? `: ${job.status.message}` : ''}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function CountLink(props: { kind: JobKind; phase: Phase; count: number }) {
  if (props.count === 0) return <span className="muted">0</span>;
  const label = props.kind === 'trainings' ? 'Trainings' : 'Predictions';
  return (
    <Link href={`/${props.kind}?phase=${props.phase}`} aria-label={`${props.count} ${label} ${props.phase}`}>
      {props.count}
    </Link>
  );
}
