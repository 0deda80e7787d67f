// One Model: its aliases and its versions side by side (one column per metric), each with the
// Training it came from, and links that start a Prediction with the model (and version) filled in.
import { Link } from 'wouter';
import { MODEL_LABEL, type ModelVersion } from '../../../src/api/types.ts';
import { usePageTitle } from '../components/layout.tsx';
import { Empty, ErrorState, Loading } from '../components/states.tsx';
import { TableScroll } from '../components/table-scroll.tsx';
import { useListWatch } from '../data/use-list-watch.ts';
import { formatMetric, metricColumns } from '../detail/metrics.ts';
import { dateTime } from '../format.ts';
import { labelProblem } from '../forms/names.ts';
import { aliasesOf } from './models.tsx';
import './details-and-forms.css';

function predictHref(namespace: string, model: string, version?: number): string {
  const query = new URLSearchParams({ namespace, model });
  if (version !== undefined) query.set('version', String(version));
  return `/new/prediction?${query}`;
}

function belongsTo(version: ModelVersion, model: string): boolean {
  return version.metadata.labels?.[MODEL_LABEL] === model || version.spec?.model === model;
}

export function ModelDetailPage(props: { namespace: string; name: string }) {
  const { namespace, name } = props;
  // This Model and its versions only, not every Model and version of the namespace. A name that
  // is not a Model's name names nothing (and would not make a selector).
  const nameable = labelProblem(name) === undefined;
  const models = useListWatch('models', [namespace], nameable, { fieldSelector: `metadata.name=${name}` });
  const allVersions = useListWatch('modelversions', [namespace], nameable, {
    labelSelector: `${MODEL_LABEL}=${name}`,
  });
  const model = models.items?.find((m) => m.metadata.name === name);
  const versions = (allVersions.items ?? [])
    .filter((v) => belongsTo(v, name))
    .sort((a, b) => b.spec.version - a.spec.version);
  const aliases = model ? aliasesOf(model) : [];
  // Titled by name only once the Model is there, like the h1.
  usePageTitle(model ? `${name} · Model` : undefined);
  const columns = metricColumns(versions);

  return (
    <>
      {/* The name from the address is shown once the Model is there, not to a person who may not read it. */}
      <h1>{model ? name : 'Model'}</h1>
      <p className="lead">
        Model in namespace {namespace} · <Link href="/models">All models</Link>
      </p>
      {models.errors.map(({ error }) => (
        <ErrorState key={`model-${error.message}`} error={error} what="the model" />
      ))}
      {allVersions.errors.map(({ error }) => (
        <ErrorState key={`versions-${error.message}`} error={error} what="its versions" />
      ))}
      {models.items === null && models.errors.length === 0 && nameable ? <Loading what="the model" /> : null}
      {(models.items !== null || !nameable) && !model ? (
        <Empty>There is no Model of that name in namespace {namespace}.</Empty>
      ) : null}
      {model ? (
        <>
          {model.spec?.description ? <p>{model.spec.description}</p> : null}
          <p className="actions-inline">
            <Link href={predictHref(namespace, name)} className="button">
              Predict
            </Link>
            <span className="muted">with the latest version{aliases.length > 0 ? ' or an alias' : ''}</span>
          </p>
        </>
      ) : null}

      <section aria-labelledby="aliases-heading">
        <h2 id="aliases-heading">Aliases</h2>
        {aliases.length === 0 ? (
          <Empty>
            No aliases. Set spec.aliases on the Model (for example production: 3) to name a version.
          </Empty>
        ) : (
          <ul className="aliases">
            {aliases.map(([alias, version]) => (
              <li key={alias}>
                <strong>{alias}</strong> → version {version}
                {model?.status?.aliases?.[alias] === undefined ? ' (not registered yet)' : ''}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="versions-heading">
        <h2 id="versions-heading">Versions</h2>
        {allVersions.items === null && nameable ? (
          allVersions.errors.length > 0 ? null : (
            <Loading what="versions" />
          )
        ) : versions.length === 0 ? (
          <Empty>No versions yet. A training that succeeds registers one.</Empty>
        ) : (
          <TableScroll label="Versions table">
            <table>
              <caption>Versions</caption>
              <thead>
                <tr>
                  <th scope="col">Version</th>
                  {columns.map((metric) => (
                    <th scope="col" key={metric}>
                      {metric}
                    </th>
                  ))}
                  <th scope="col">Training</th>
                  <th scope="col">Created</th>
                  <th scope="col">Aliases</th>
                  <th scope="col">Predict</th>
                </tr>
              </thead>
              <tbody>
                {versions.map((v) => {
                  const pointing = aliases.filter(([, n]) => n === v.spec.version).map(([alias]) => alias);
                  return (
                    <tr key={v.metadata.name ?? v.spec.version}>
                      <th scope="row">{v.spec.version}</th>
                      {columns.map((metric) => (
                        <td key={metric} className="num">
                          {formatMetric(v.spec.metrics?.[metric])}
                        </td>
                      ))}
                      <td>
                        {v.spec.training ? (
                          <Link
                            href={`/trainings/${encodeURIComponent(namespace)}/${encodeURIComponent(v.spec.training.name)}`}
                          >
                            {v.spec.training.name}
                          </Link>
                        ) : (
                          '—'
                        )}
                      </td>
                      <td>
                        <time dateTime={v.spec.createdAt}>{dateTime(v.spec.createdAt)}</time>
                      </td>
                      <td>{pointing.join(', ') || '—'}</td>
                      <td>
                        <Link href={predictHref(namespace, name, v.spec.version)}>
                          Predict with version {v.spec.version}
                        </Link>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        )}
      </section>
    </>
  );
}
