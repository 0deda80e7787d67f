// SlurmClusters: whether each is ready, its Slurm release and REST API version, its endpoint, and
// how it admits the namespaces the person works in (only those tenants). SlurmClusters are
// cluster-scoped: most people may not list them, and that is said plainly, not shown as a failure.
import type { ReactNode } from 'react';
import type { SlurmCluster } from '../../../src/api/types.ts';
import { Empty, ErrorState, Loading } from '../components/states.tsx';
import { TableScroll } from '../components/table-scroll.tsx';
import { useSession } from '../data/context.tsx';
import { useListWatch } from '../data/use-list-watch.ts';
import { age, dateTime } from '../format.ts';
import { useNow } from '../use-now.ts';

type Tenant = NonNullable<SlurmCluster['spec']['tenants']>[number];

export interface TenantRow {
  namespace: string;
  /** The entry that admits it (its own, or `*`); undefined: not admitted. */
  tenant: Tenant | undefined;
  viaWildcard: boolean;
}

/** For each of the person's namespaces, the tenant entry that applies; all entries for a person who works in every namespace. */
export function tenantsFor(cluster: SlurmCluster, namespaces: readonly string[]): TenantRow[] {
  const tenants = cluster.spec.tenants ?? [];
  if (namespaces.length === 0) {
    return tenants.map((tenant) => ({ namespace: tenant.namespace, tenant, viaWildcard: false }));
  }
  const wildcard = tenants.find((t) => t.namespace === '*');
  return namespaces.map((namespace) => {
    const own = tenants.find((t) => t.namespace === namespace);
    return { namespace, tenant: own ?? wildcard, viaWildcard: own === undefined && wildcard !== undefined };
  });
}

function Ready(props: { cluster: SlurmCluster }) {
  const ready = props.cluster.status?.conditions?.find((c) => c.type === 'Ready');
  if (!ready) return <span className="muted">Not probed yet</span>;
  const word = ready.status === 'True' ? 'Ready' : ready.status === 'False' ? 'Not ready' : 'Unknown';
  const tone = ready.status === 'True' ? 'ok' : ready.status === 'False' ? 'bad' : 'unknown';
  return (
    <span>
      <span className={`readiness readiness-${tone}`}>{word}</span>
      {ready.status !== 'True' || ready.reason ? (
        <span className="cell-detail">
          {ready.reason}
          {ready.message && ready.status !== 'True' ? `: ${ready.message}` : ''}
        </span>
      ) : null}
    </span>
  );
}

function Tenants(props: { cluster: SlurmCluster; namespaces: readonly string[] }) {
  const rows = tenantsFor(props.cluster, props.namespaces);
  if (rows.length === 0) return <span className="muted">No tenants: admits no namespace</span>;
  return (
    <ul className="plain">
      {rows.map((row) => (
        <li key={row.namespace}>
          <strong>{row.namespace}</strong>
          {row.tenant === undefined ? (
            ': not admitted'
          ) : (
            <>
              {row.viaWildcard ? ' (through *)' : ''}
              {`: Slurm user ${row.tenant.user ?? props.cluster.spec.auth.user}`}
              {row.tenant.account ? `, account ${row.tenant.account}` : ''}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

export function ClustersPage() {
  const session = useSession();
  const live = useListWatch('slurmclusters', undefined);
  const now = useNow();
  const forbidden = live.errors.find((e) => e.error.forbidden);
  const clusters = live.items ?? [];

  let body: ReactNode;
  if (forbidden && clusters.length === 0) {
    body = (
      <Empty>
        Your Kubernetes rights do not let you list SlurmClusters. They are cluster-wide resources, and an
        admin of the cluster decides who may read them (the API server said: {forbidden.error.message}). Your
        Trainings and Predictions still run: each names its cluster in <code>spec.cluster</code>, or uses the
        cluster marked default. Ask your cluster admin which clusters admit your namespaces.
      </Empty>
    );
  } else if (live.items === null && live.errors.length === 0) {
    body = <Loading what="SlurmClusters" />;
  } else if (live.items === null || (live.errors.length > 0 && clusters.length === 0)) {
    body = live.errors.map(({ error }) => (
      <ErrorState key={error.message} error={error} what="SlurmClusters" />
    ));
  } else if (clusters.length === 0) {
    body = <Empty>No SlurmCluster is defined. An admin of the cluster creates them.</Empty>;
  } else {
    body = (
      <>
        {live.errors.map(({ error }) => (
          <ErrorState key={error.message} error={error} what="SlurmClusters" />
        ))}
        <TableScroll label="SlurmClusters">
          <table>
            <caption>
              SlurmClusters, with the tenants entries for{' '}
              {session.namespaces.length === 0 ? 'every namespace' : session.namespaces.join(', ')}
            </caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Ready</th>
                <th scope="col">Slurm release</th>
                <th scope="col">REST API version</th>
                <th scope="col">Endpoint</th>
                <th scope="col">Your namespaces</th>
                <th scope="col">Last probed</th>
              </tr>
            </thead>
            <tbody>
              {clusters.map((cluster) => {
                const probed = cluster.status?.lastProbeTime;
                return (
                  <tr key={cluster.metadata.uid ?? cluster.metadata.name}>
                    <th scope="row">
                      {cluster.metadata.name}
                      {cluster.spec.default ? <span className="tag">default</span> : null}
                    </th>
                    <td>
                      <Ready cluster={cluster} />
                    </td>
                    <td>{cluster.status?.release ?? <span className="muted">unknown</span>}</td>
                    <td>
                      {cluster.status?.apiVersion ?? <span className="muted">unknown</span>}
                      {cluster.spec.apiVersion && cluster.spec.apiVersion !== 'auto' ? (
                        <span className="cell-detail">pinned in spec</span>
                      ) : null}
                    </td>
                    <td>
                      <code className="wrap">{cluster.spec.endpoint}</code>
                    </td>
                    <td>
                      <Tenants cluster={cluster} namespaces={session.namespaces} />
                    </td>
                    <td>
                      {probed ? (
                        <time dateTime={probed} title={dateTime(probed)}>
                          {age(probed, now)} ago
                        </time>
                      ) : (
                        <span className="muted">never</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      </>
    );
  }

  return (
    <>
      <h1>Clusters</h1>
      <p className="lead">The Slurm clusters the operator runs jobs on, probed by the operator.</p>
      {body}
    </>
  );
}
