// A Helm install of the chart on the test stack's node (kubelet + containerd): the locally built
// image, the pod on the host's network (the stack's servers listen on loopback, and there is no
// CNI or kube-proxy), a statically provisioned volume for the embedded audit store, and the
// variables docs/operations.md's commands use.
import {
  chmodSync,
  chownSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import { fetchOperator, readerToken } from './access.ts';
import { kubectl, kubectlOk } from './kubectl.ts';
import { logDir } from './operator.ts';
import { peerCertificate } from './peer-certificate.ts';
import { freePort } from './ports.ts';
import type { TestCluster } from './slurm.ts';
import { required, stackEnv } from './stack.ts';

/** The uid the chart runs the operator as (podSecurityContext.runAsUser). */
const OPERATOR_UID = 1000;

/**
 * The group the installed operator reads job files as (podSecurityContext.supplementalGroups),
 * and that tenant trees are given (`shareTenantTree`), as a site's "readers of job output" group.
 */
export const JOB_READER_GID = 2100;

/** Where the chart mounts the shared folder (sharedFilesystem.mountPath, the chart's default). */
export const SHARED_MOUNT_PATH = '/mnt/slurm-shared';

export interface HelmInstall {
  release: string;
  namespace: string;
  deployment: string;
  port: number;
  valuesFile: string;
  /** The variables docs/operations.md's commands use. */
  variables: Record<string, string>;
  /** Writes the values file again with `patch` merged in (top-level keys). */
  writeValues(patch?: Record<string, unknown>): void;
  /** Removes what the install left that Helm does not: the volume, its directory, the namespace. */
  cleanup(): void;
}

/** The image the stack built and loaded into the node's containerd, as repository and tag. */
export function operatorImage(): { repository: string; tag: string } {
  const ref = required(stackEnv('image'), 'OPERATOR_IMAGE');
  const at = ref.lastIndexOf(':');
  if (at <= ref.lastIndexOf('/')) throw new Error(`OPERATOR_IMAGE has no tag: ${ref}`);
  return { repository: ref.slice(0, at), tag: ref.slice(at + 1) };
}

export interface HelmInstallOptions {
  run: string;
  /** Release name prefix; the namespace is `<prefix>-<run>`. */
  name: string;
  cluster: TestCluster;
  slurmClusterName: string;
  tenantNamespace: string;
  modelsBasePath: string;
  /** Values merged over the stack's (e.g. database.existingSecret). */
  values?: Record<string, unknown>;
  /** A PersistentVolume for the chart's claim (the default install); false with a database. */
  volume?: boolean;
  /**
   * Mount the cluster's shared folder (hostPath, the node has it) read-only, map it in the chart's
   * SlurmCluster (logs and progress), read progress every second, and read as JOB_READER_GID.
   */
  sharedFilesystem?: boolean;
}

export async function prepareHelmInstall(options: HelmInstallOptions): Promise<HelmInstall> {
  const release = `${options.name}-${options.run}`;
  const namespace = `${options.name}-${options.run}`;
  const deployment = `${release}-slurm-ml-operator`;
  const port = await freePort();
  const image = operatorImage();
  const kube = stackEnv('kube');
  const apiServer = new URL(required(kube, 'KUBE_APISERVER_URL'));
  const valuesFile = join(logDir, `${release}-values.yaml`);
  mkdirSync(logDir, { recursive: true });
  const base = {
    image: { repository: image.repository, tag: image.tag, pullPolicy: 'Never' },
    hostNetwork: true,
    httpPort: port,
    // No kube-proxy: the API server is reached where it listens, not through the kubernetes Service.
    extraEnv: [
      { name: 'KUBERNETES_SERVICE_HOST', value: apiServer.hostname },
      { name: 'KUBERNETES_SERVICE_PORT', value: apiServer.port },
    ],
    persistence: { storageClassName: '' },
    slurmCluster: {
      enabled: true,
      name: options.slurmClusterName,
      endpoint: options.cluster.url,
      auth: { user: options.cluster.user, jwtKeySecretRef: { name: 'slurm-jwt' } },
      defaults: { partition: options.cluster.partition },
      modelsBasePath: options.modelsBasePath,
      pollInterval: '1s',
      tenants: [{ namespace: options.tenantNamespace, user: options.cluster.user }],
      ...(options.sharedFilesystem ? { sharedFilesystemPath: options.cluster.sharedDir } : {}),
    },
    ...(options.sharedFilesystem
      ? {
          sharedFilesystem: {
            mountPath: SHARED_MOUNT_PATH,
            volume: { hostPath: { path: options.cluster.sharedDir, type: 'Directory' } },
          },
          progress: { interval: '1s' },
          podSecurityContext: { supplementalGroups: [JOB_READER_GID] },
        }
      : {}),
  };
  const writeValues = (patch: Record<string, unknown> = {}) =>
    writeFileSync(valuesFile, yaml.dump({ ...base, ...options.values, ...patch }));
  writeValues();

  const volumeName = `${release}-audit`;
  // A node-local directory, as a hostPath or local PersistentVolume would be.
  const volumeDir = mkdtempSync(join(tmpdir(), `${volumeName}-`));
  if (options.volume !== false) {
    // hostPath volumes get no fsGroup: the directory is made the operator's, as a provisioner would.
    chownSync(volumeDir, OPERATOR_UID, OPERATOR_UID);
    kubectlOk(
      ['apply', '-f', '-'],
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'PersistentVolume',
        metadata: { name: volumeName, labels: { 'slurm-ml-test': options.run } },
        spec: {
          capacity: { storage: '1Gi' },
          accessModes: ['ReadWriteOnce'],
          persistentVolumeReclaimPolicy: 'Retain',
          storageClassName: '',
          hostPath: { path: volumeDir, type: 'Directory' },
          claimRef: { namespace, name: `${deployment}-audit` },
        },
      }),
    );
  }
  const cluster = options.cluster;
  return {
    release,
    namespace,
    deployment,
    port,
    valuesFile,
    variables: {
      NAMESPACE: namespace,
      RELEASE: release,
      DEPLOYMENT: deployment,
      VALUES_FILE: valuesFile,
      SLURM_ENDPOINT: cluster.url,
      SLURM_JWT_KEY_FILE: cluster.jwtKeyPath,
      TENANT_NAMESPACE: options.tenantNamespace,
      TENANT_USER: cluster.user,
      MODELS_BASE: options.modelsBasePath,
      OPERATOR_ADDRESS: `127.0.0.1:${port}`,
    },
    writeValues,
    cleanup() {
      kubectl(['delete', 'namespace', namespace, '--wait=false']);
      if (options.volume !== false) {
        kubectl(['delete', 'pv', volumeName, '--wait=false']);
        rmSync(volumeDir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * A tenant tree (made 0750 for its Slurm user by docs/operations.md's command) given to the job
 * readers' group, setgid so what jobs create in it keeps that group: the operator may then
 * enter it and read job output and progress files (jobs write them 0644 here).
 */
export function shareTenantTree(tree: string): void {
  chownSync(tree, statSync(tree).uid, JOB_READER_GID);
  chmodSync(tree, 0o2750);
}

interface PodView {
  metadata: { name: string; uid: string; deletionTimestamp?: string };
  status?: {
    phase?: string;
    conditions?: { type: string; status: string }[];
    containerStatuses?: { restartCount: number; ready: boolean; containerID?: string }[];
  };
}

/** The install's pods that are not being deleted. */
export function podsOf(install: HelmInstall): PodView[] {
  const list = JSON.parse(
    kubectlOk([
      'get',
      'pods',
      '-n',
      install.namespace,
      '-l',
      `app.kubernetes.io/instance=${install.release}`,
      '-o',
      'json',
    ]),
  ) as { items: PodView[] };
  return list.items.filter((pod) => !pod.metadata.deletionTimestamp);
}

export const isReady = (pod: PodView) =>
  pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false;

export function leaseHolder(namespace = 'kube-system', name = 'slurm-ml-operator.ml.hpc.dev'): string {
  const result = kubectl(['get', 'lease', name, '-n', namespace, '-o', 'jsonpath={.spec.holderIdentity}']);
  return result.status === 0 ? result.stdout.trim() : '';
}

/** The host pid of a pod's operator process: a `dist/main.js` whose environment names the pod. */
export function operatorPid(podName: string): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (!readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('dist/main.js')) continue;
      if (readFileSync(`/proc/${entry}/environ`, 'utf8').split('\0').includes(`POD_NAME=${podName}`))
        return Number(entry);
    } catch {
      // the process ended meanwhile
    }
  }
  return undefined;
}

export interface HistoryRecord {
  uid: string;
  phase: string | null;
  deletedAt: string | null;
  /** `replica` wrote it; `source` is 'operator' when recorded as it happened, 'resync' when rebuilt from status. */
  transitions: { from: string | null; to: string; at: string; replica: string | null; source: string }[];
}

/** A Training's history from the install's history API, trusting the certificate its port serves. */
export async function historyOf(
  install: HelmInstall,
  namespace: string,
  name: string,
): Promise<{ status: number; body: HistoryRecord | undefined }> {
  const certificate = await peerCertificate(install.port, { rejectUnauthorized: false });
  const response = await fetchOperator(
    `https://127.0.0.1:${install.port}/api/v1/trainings/${namespace}/${name}`,
    {
      token: readerToken(),
      ca: certificate.toString(),
    },
  );
  return {
    status: response.status,
    body: response.status === 200 ? ((await response.json()) as HistoryRecord) : undefined,
  };
}
