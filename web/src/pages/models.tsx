// Models in the person's namespaces, live: latest version, how many versions, aliases.
import { Link } from 'wouter';
import type { Model } from '../../../src/api/types.ts';
import { Empty, ErrorState, Loading } from '../components/states.tsx';
import { TableScroll } from '../components/table-scroll.tsx';
import { useSession } from '../data/context.tsx';
import { useListWatch } from '../data/use-list-watch.ts';
import './details-and-forms.css';

export function modelHref(model: Model): string {
  return `/models/${encodeURIComponent(model.metadata.namespace ?? '')}/${encodeURIComponent(model.metadata.name ?? '')}`;
}

/** Alias → version, as the owners set them (spec) and, where registered, as resolved (status). */
export function aliasesOf(model: Model): [string, number][] {
  const aliases = { ...(model.spec?.aliases ?? {}), ...(model.status?.aliases ?? {}) };
  return Object.entries(aliases).sort(([a], [b]) => a.localeCompare(b));
}

export function ModelsPage() {
  const session = useSession();
  const models = useListWatch('models', session.namespaces);
  const items = [...(models.items ?? [])].sort(
    (a, b) =>
      (a.metadata.namespace ?? '').localeCompare(b.metadata.namespace ?? '') ||
      (a.metadata.name ?? '').localeCompare(b.metadata.name ?? ''),
  );
  const where =
    session.namespaces.length === 0 ? 'every namespace you may list' : session.namespaces.join(', ');

  return (
    <>
      <h1>Models</h1>
      <p className="lead">
        Models in {where}. A successful training registers a new version of its model.{' '}
        <Link href="/new/training">New training</Link>
      </p>
      {models.errors.map(({ namespace, error }) => (
        <ErrorState
          key={namespace ?? ''}
          error={error}
          what={namespace ? `models in ${namespace}` : 'models'}
        />
      ))}
      {models.items === null ? (
        models.errors.length > 0 ? null : (
          <Loading what="models" />
        )
      ) : items.length === 0 ? (
        <Empty>No models yet. A model appears when its first training is created.</Empty>
      ) : (
        <TableScroll label="Models table">
          <table>
            <caption>Models</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Namespace</th>
                <th scope="col">Latest version</th>
                <th scope="col">Versions</th>
                <th scope="col">Aliases</th>
                <th scope="col">Description</th>
              </tr>
            </thead>
            <tbody>
              {items.map((model) => (
                <tr key={`${model.metadata.namespace}/${model.metadata.name}`}>
                  <th scope="row">
                    <Link href={modelHref(model)}>{model.metadata.name}</Link>
                  </th>
                  <td>{model.metadata.namespace}</td>
                  <td className="num">{model.status?.latestVersion ?? '—'}</td>
                  <td className="num">{model.status?.versionCount ?? 0}</td>
                  <td>
                    {aliasesOf(model)
                      .map(([alias, version]) => `${alias} → ${version}`)
                      .join(', ') || '—'}
                  </td>
                  <td className="wrap">{model.spec?.description ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
