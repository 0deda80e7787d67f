// Trainings or Predictions as a table, filtered by namespace, model and phase (kept in the address,
// so a filtered list can be shared and reloaded), updated live from watches: no polling.
import { type ChangeEvent, useId } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { PHASES } from '../../../src/api/phases.ts';
import type { Phase, Prediction, Training } from '../../../src/api/types.ts';
import { JobProgress } from '../components/job-progress.tsx';
import { PhaseBadge } from '../components/phase-badge.tsx';
import { Empty, ErrorState, Loading } from '../components/states.tsx';
import { TableScroll } from '../components/table-scroll.tsx';
import type { JobKind } from '../data/console-data.ts';
import { useSession } from '../data/context.tsx';
import { useListWatch } from '../data/use-list-watch.ts';
import { age, dateTime, timestamp } from '../format.ts';
import { useNow } from '../use-now.ts';
import { jobHref } from './overview.tsx';

type Job = Training | Prediction;

export interface JobFilters {
  namespace: string;
  model: string;
  phase: string;
}

export function readFilters(search: string): JobFilters {
  const query = new URLSearchParams(search);
  return {
    namespace: query.get('namespace') ?? '',
    model: query.get('model') ?? '',
    phase: query.get('phase') ?? '',
  };
}

export function writeFilters(filters: JobFilters): string {
  const query = new URLSearchParams();
  for (const key of ['namespace', 'model', 'phase'] as const) {
    if (filters[key] !== '') query.set(key, filters[key]);
  }
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}

export function matches(job: Job, filters: JobFilters): boolean {
  return (
    (filters.namespace === '' || job.metadata.namespace === filters.namespace) &&
    (filters.model === '' || job.spec.model === filters.model) &&
    (filters.phase === '' || (job.status?.phase ?? 'Pending') === filters.phase)
  );
}

const newest = (a: Job, b: Job) =>
  (timestamp(b.metadata.creationTimestamp) ?? '').localeCompare(
    timestamp(a.metadata.creationTimestamp) ?? '',
  );

export function JobListPage(props: { kind: JobKind }) {
  const { kind } = props;
  const title = kind === 'trainings' ? 'Trainings' : 'Predictions';
  const singular = kind === 'trainings' ? 'training' : 'prediction';
  const session = useSession();
  const search = useSearch();
  const [location, navigate] = useLocation();
  const filters = readFilters(search);
  const now = useNow();
  const ids = { namespace: useId(), model: useId(), phase: useId() };

  // One namespace chosen: watch only it. Otherwise every namespace of the session (or all of them).
  const watched =
    filters.namespace !== '' && session.namespaces.length > 0 ? [filters.namespace] : session.namespaces;
  const live = useListWatch(kind, watched);
  const all = live.items ?? [];

  const namespaceOptions = [
    ...new Set([
      ...session.namespaces,
      ...all.map((job) => job.metadata.namespace ?? ''),
      ...(filters.namespace === '' ? [] : [filters.namespace]),
    ]),
  ]
    .filter((ns) => ns !== '')
    .sort();
  const modelOptions = [
    ...new Set([
      ...all.filter((job) => matches(job, { ...filters, model: '', phase: '' })).map((job) => job.spec.model),
      ...(filters.model === '' ? [] : [filters.model]),
    ]),
  ].sort();
  const shown = all.filter((job) => matches(job, filters)).sort(newest);

  const set = (key: keyof JobFilters) => (event: ChangeEvent<HTMLSelectElement>) => {
    const next = { ...filters, [key]: event.target.value };
    // Another namespace may not have the model chosen: the model filter starts over.
    if (key === 'namespace') next.model = '';
    navigate(`${location}${writeFilters(next)}`, { replace: true });
  };

  const createNamespace = filters.namespace || (session.namespaces.length === 1 ? session.namespaces[0] : '');
  const createHref = `/new/${singular}${createNamespace ? `?namespace=${encodeURIComponent(createNamespace)}` : ''}`;
  const filtered = filters.namespace !== '' || filters.model !== '' || filters.phase !== '';
  const caption = [
    title,
    filters.namespace
      ? `in ${filters.namespace}`
      : session.namespaces.length > 0
        ? `in ${session.namespaces.join(', ')}`
        : '',
    filters.model ? `of model ${filters.model}` : '',
    filters.phase ? `in phase ${filters.phase}` : '',
  ]
    .filter((part) => part !== '')
    .join(' ');

  return (
    <>
      <div className="page-head">
        <h1>{title}</h1>
        <Link href={createHref} className="button primary">
          New {singular}
        </Link>
      </div>
      <form
        className="filters"
        aria-label={`Filter ${title.toLowerCase()}`}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field">
          <label htmlFor={ids.namespace}>Namespace</label>
          <select id={ids.namespace} value={filters.namespace} onChange={set('namespace')}>
            <option value="">All namespaces</option>
            {namespaceOptions.map((ns) => (
              <option key={ns} value={ns}>
                {ns}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.model}>Model</label>
          <select id={ids.model} value={filters.model} onChange={set('model')}>
            <option value="">All models</option>
            {modelOptions.map((model) => (
              <option key={model} value={model}>
                {model}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.phase}>Phase</label>
          <select id={ids.phase} value={filters.phase} onChange={set('phase')}>
            <option value="">All phases</option>
            {PHASES.map((phase) => (
              <option key={phase} value={phase}>
                {phase}
              </option>
            ))}
          </select>
        </div>
        {filtered ? (
          <Link href={location} className="button">
            Clear filters
          </Link>
        ) : null}
      </form>

      {live.errors.map(({ namespace, error }) => (
        <ErrorState
          key={namespace ?? ''}
          error={error}
          what={namespace ? `${title} in ${namespace}` : title}
        />
      ))}

      {live.items === null ? (
        <Loading what={title} />
      ) : shown.length === 0 ? (
        <Empty>
          {all.length === 0 ? `No ${title} yet. ` : `No ${title} match these filters. `}
          <Link href={createHref}>Start a new {singular}</Link>.
        </Empty>
      ) : (
        <TableScroll label={caption}>
          <table className="jobs">
            <caption>
              {caption} ({shown.length === all.length ? shown.length : `${shown.length} of ${all.length}`})
            </caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Namespace</th>
                <th scope="col">Model</th>
                <th scope="col">Phase</th>
                <th scope="col">Progress</th>
                <th scope="col">Age</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((job) => {
                const created = timestamp(job.metadata.creationTimestamp);
                const phase: Phase | undefined = job.status?.phase;
                return (
                  <tr key={job.metadata.uid ?? `${job.metadata.namespace}/${job.metadata.name}`}>
                    <th scope="row">
                      <Link href={jobHref(kind, job)}>{job.metadata.name}</Link>
                    </th>
                    <td>{job.metadata.namespace}</td>
                    <td>
                      <Link
                        href={`/models/${encodeURIComponent(job.metadata.namespace ?? '')}/${encodeURIComponent(job.spec.model)}`}
                      >
                        {job.spec.model}
                      </Link>
                    </td>
                    <td>
                      <PhaseBadge phase={phase} />
                    </td>
                    <td>
                      {phase === 'Running' || job.status?.progress?.percent !== undefined ? (
                        <JobProgress name={job.metadata.name ?? ''} progress={job.status?.progress} compact />
                      ) : (
                        <span className="muted">–</span>
                      )}
                    </td>
                    <td>
                      {created ? (
                        <time dateTime={created} title={dateTime(created)}>
                          {age(created, now)}
                        </time>
                      ) : null}
                    </td>
                    <td>
                      {job.status?.reason ? (
                        <span title={job.status.message ?? undefined}>{job.status.reason}</span>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
