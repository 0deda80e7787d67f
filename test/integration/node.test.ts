// The stack's node (scripts/stack/node.sh): containerd, a kubelet and kube-scheduler give the real
// API server what `helm install` of the chart needs, pods that run. A Deployment of a locally
// loaded image is scheduled, its pod runs with its service account's projected token, and
// deleting the Deployment removes the pod and its containers from containerd.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { kubectl, kubectlOk } from '../support/kubectl.ts';
import { eventually } from '../support/operator.ts';
import { required, stackEnv } from '../support/stack.ts';

const namespace = `node-${process.pid}`;
const nodeScript = new URL('../../scripts/stack/node.sh', import.meta.url).pathname;
// The pause image under a reference of this run's own, loaded with `node.sh import`.
const image = `localhost/slurm-ml-node-test:${process.pid}`;
const tokenMount = '/var/run/secrets/kubernetes.io/serviceaccount';

let node: Record<string, string>;
let apiserverPort: string;

function run(command: string, args: string[]): { status: number; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 120_000 });
  if (result.error) throw result.error;
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** ctr on the node's containerd, in the namespace the kubelet's containers live in. */
function ctr(args: string[]): string {
  const ctrArgs = [
    '--address',
    required(node, 'CONTAINERD_SOCKET'),
    '--namespace',
    required(node, 'CONTAINERD_NAMESPACE'),
    ...args,
  ];
  const result = run(required(node, 'CTR'), ctrArgs);
  if (result.status !== 0)
    throw new Error(`ctr ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

/** The containerd containers (pod sandboxes and app containers) of this test's namespace. */
function namespaceContainers(): string[] {
  return ctr(['containers', 'ls', '-q', `labels."io.kubernetes.pod.namespace"==${namespace}`])
    .split('\n')
    .filter(Boolean);
}

function runningTasks(): Set<string> {
  const tasks = new Set<string>();
  for (const line of ctr(['tasks', 'ls']).split('\n').slice(1)) {
    const [id, , status] = line.trim().split(/\s+/);
    if (id && status === 'RUNNING') tasks.add(id);
  }
  return tasks;
}

interface ContainerInfo {
  Labels: Record<string, string>;
  Spec: {
    process: { env: string[]; user: { uid: number; gid: number } };
    root: { readonly?: boolean };
    mounts: { destination: string; source: string; options?: string[] }[];
  };
}

/** A copy of the pause image's archive whose only tag is `image` (so the import is this run's). */
function retaggedArchive(dir: string): string {
  const unpacked = join(dir, 'unpacked');
  const archive = join(dir, 'image.tar');
  const untar = run('tar', [
    '-x',
    '-C',
    dir,
    '-f',
    required(node, 'PAUSE_IMAGE_ARCHIVE'),
    '--one-top-level=unpacked',
  ]);
  if (untar.status !== 0) throw new Error(`tar -x failed: ${untar.stderr}`);
  const manifest = JSON.parse(readFileSync(join(unpacked, 'manifest.json'), 'utf8')) as {
    RepoTags: string[];
  }[];
  for (const entry of manifest) entry.RepoTags = [image];
  writeFileSync(join(unpacked, 'manifest.json'), JSON.stringify(manifest));
  rmSync(join(unpacked, 'repositories'), { force: true });
  const pack = run('tar', ['-c', '-C', unpacked, '-f', archive, ...readdirSync(unpacked)]);
  if (pack.status !== 0) throw new Error(`tar -c failed: ${pack.stderr}`);
  return archive;
}

function deployment(): string {
  return JSON.stringify({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'smoke', namespace },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: 'smoke' } },
      template: {
        metadata: { labels: { app: 'smoke' } },
        spec: {
          // No CNI network and no kube-proxy on the stack's node: the host's network, and the
          // API server on loopback instead of the kubernetes Service.
          hostNetwork: true,
          terminationGracePeriodSeconds: 5,
          securityContext: { runAsNonRoot: true, runAsUser: 65532, runAsGroup: 65532 },
          containers: [
            {
              name: 'pause',
              image,
              imagePullPolicy: 'Never',
              env: [
                { name: 'KUBERNETES_SERVICE_HOST', value: '127.0.0.1' },
                { name: 'KUBERNETES_SERVICE_PORT', value: apiserverPort },
              ],
              securityContext: {
                readOnlyRootFilesystem: true,
                allowPrivilegeEscalation: false,
                capabilities: { drop: ['ALL'] },
              },
              resources: { requests: { cpu: '10m', memory: '16Mi' }, limits: { memory: '64Mi' } },
            },
          ],
        },
      },
    },
  });
}

interface Pod {
  metadata: { name: string; uid: string };
  spec: {
    nodeName?: string;
    serviceAccountName?: string;
    volumes?: { name: string; projected?: { sources: { serviceAccountToken?: { path: string } }[] } }[];
    containers: { volumeMounts?: { name: string; mountPath: string }[] }[];
  };
  status: { phase?: string; hostIP?: string; conditions?: { type: string; status: string }[] };
}

function pods(): Pod[] {
  return (
    JSON.parse(kubectlOk(['get', 'pods', '-n', namespace, '-l', 'app=smoke', '-o', 'json'])) as {
      items: Pod[];
    }
  ).items;
}

beforeAll(() => {
  // A missing node is a failure here, never a skip (stackEnv throws).
  node = stackEnv('node');
  apiserverPort = new URL(required(stackEnv('kube'), 'KUBE_APISERVER_URL')).port;
  kubectlOk(['create', 'namespace', namespace]);
  return () => {
    kubectl(['delete', 'namespace', namespace, '--wait=false']);
    try {
      ctr(['images', 'rm', image]);
    } catch {
      // Not imported (an earlier test failed); nothing to remove.
    }
  };
});

describe('the stack node: containerd, kubelet and kube-scheduler', () => {
  it('is a Ready node of the API server, running the kubelet of the stack version', () => {
    const nodeObject = JSON.parse(kubectlOk(['get', 'node', required(node, 'NODE_NAME'), '-o', 'json'])) as {
      spec: { unschedulable?: boolean; taints?: unknown[] };
      status: {
        conditions: { type: string; status: string }[];
        nodeInfo: { kubeletVersion: string; containerRuntimeVersion: string };
        addresses: { type: string; address: string }[];
      };
    };
    expect(nodeObject.status.conditions.find((c) => c.type === 'Ready')?.status).toBe('True');
    expect(nodeObject.spec.unschedulable ?? false).toBe(false);
    expect(nodeObject.spec.taints ?? []).toEqual([]);
    expect(nodeObject.status.nodeInfo.kubeletVersion).toMatch(/^v1\.\d+\.\d+$/);
    expect(nodeObject.status.nodeInfo.containerRuntimeVersion).toMatch(/^containerd:\/\//);
    expect(nodeObject.status.addresses).toContainEqual({
      type: 'InternalIP',
      address: required(node, 'NODE_IP'),
    });
  });

  it('node.sh import loads a docker archive into containerd once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'node-test-'));
    try {
      const archive = retaggedArchive(dir);
      const first = run('bash', [nodeScript, 'import', archive]);
      expect(first.status, first.stderr).toBe(0);
      expect(first.stdout.trim()).toBe(image);
      expect(first.stderr).toContain(`imported ${image}`);
      expect(ctr(['images', 'ls', '-q', `name==${image}`]).trim()).toBe(image);
      // Already there with the same config digest: nothing is imported again.
      const second = run('bash', [nodeScript, 'import', archive]);
      expect(second.status, second.stderr).toBe(0);
      expect(second.stdout.trim()).toBe(image);
      expect(second.stderr).not.toContain('imported');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('each namespace gets its default ServiceAccount and kube-root-ca.crt from the controllers', async () => {
    await eventually(
      'the default ServiceAccount and kube-root-ca.crt',
      async () => {
        const sa = kubectl(['get', 'serviceaccount', 'default', '-n', namespace, '-o', 'name']);
        const ca = kubectl(['get', 'configmap', 'kube-root-ca.crt', '-n', namespace, '-o', 'name']);
        return sa.status === 0 && ca.status === 0 ? true : undefined;
      },
      30_000,
    );
  });

  it("schedules a Deployment's pod on the node, where it runs Ready with a projected token", async () => {
    kubectlOk(['apply', '-f', '-'], deployment());
    kubectlOk(['rollout', 'status', 'deployment/smoke', '-n', namespace, '--timeout=55s']);
    const [pod, ...others] = pods();
    expect(others).toEqual([]);
    if (!pod) throw new Error('no pod');
    expect(pod.spec.nodeName).toBe(required(node, 'NODE_NAME'));
    expect(pod.status.phase).toBe('Running');
    expect(pod.status.conditions?.find((c) => c.type === 'Ready')?.status).toBe('True');
    expect(pod.status.hostIP).toBe(required(node, 'NODE_IP'));

    // The ServiceAccount admission plugin gave it the default account's token as a projected volume.
    expect(pod.spec.serviceAccountName).toBe('default');
    const tokenVolume = pod.spec.volumes?.find((volume) =>
      volume.projected?.sources.some((source) => source.serviceAccountToken),
    );
    if (!tokenVolume) throw new Error(`no projected token volume in ${JSON.stringify(pod.spec.volumes)}`);
    expect(pod.spec.containers[0]?.volumeMounts).toContainEqual(
      expect.objectContaining({ name: tokenVolume.name, mountPath: tokenMount }),
    );
    // The kubelet wrote it: a token the API server accepts, for this pod's service account.
    const volumeDir = join(
      required(node, 'KUBELET_ROOT_DIR'),
      'pods',
      pod.metadata.uid,
      'volumes',
      'kubernetes.io~projected',
      tokenVolume.name,
    );
    expect(existsSync(join(volumeDir, 'ca.crt'))).toBe(true);
    expect(readFileSync(join(volumeDir, 'namespace'), 'utf8')).toBe(namespace);
    const token = readFileSync(join(volumeDir, 'token'), 'utf8');
    const review = JSON.parse(
      kubectlOk(
        ['create', '-o', 'json', '-f', '-'],
        JSON.stringify({ apiVersion: 'authentication.k8s.io/v1', kind: 'TokenReview', spec: { token } }),
      ),
    ) as {
      status: { authenticated?: boolean; user?: { username: string; extra?: Record<string, string[]> } };
    };
    expect(review.status.authenticated).toBe(true);
    expect(review.status.user?.username).toBe(`system:serviceaccount:${namespace}:default`);
    expect(review.status.user?.extra?.['authentication.kubernetes.io/pod-name']).toEqual([pod.metadata.name]);

    // containerd runs its sandbox and its container, as the pod asked.
    const ids = namespaceContainers();
    const infos = ids.map((id) => ({
      id,
      info: JSON.parse(ctr(['containers', 'info', id])) as ContainerInfo,
    }));
    const kinds = infos.map(({ info }) => info.Labels['io.cri-containerd.kind']).sort();
    expect(kinds).toEqual(['container', 'sandbox']);
    const tasks = runningTasks();
    for (const id of ids) expect(tasks.has(id), `task ${id} runs`).toBe(true);
    const app = infos.find(({ info }) => info.Labels['io.cri-containerd.kind'] === 'container')?.info;
    if (!app) throw new Error('no app container');
    expect(app.Spec.process.user.uid).toBe(65532);
    expect(app.Spec.root.readonly).toBe(true);
    expect(app.Spec.process.env).toEqual(
      expect.arrayContaining([
        'KUBERNETES_SERVICE_HOST=127.0.0.1',
        `KUBERNETES_SERVICE_PORT=${apiserverPort}`,
      ]),
    );
    expect(app.Spec.mounts).toContainEqual(
      expect.objectContaining({ destination: tokenMount, source: volumeDir }),
    );
  });

  it('deleting the Deployment removes its pod and the pod containers', { timeout: 180_000 }, async () => {
    const before = namespaceContainers();
    expect(before.length).toBe(2);
    kubectlOk(['delete', 'deployment', 'smoke', '-n', namespace, '--wait=true', '--timeout=60s']);
    await eventually('the pod to be deleted', async () => (pods().length === 0 ? true : undefined), 60_000);
    // The kubelet stops the containers, then removes them and the sandbox (its garbage
    // collection runs once a minute).
    await eventually(
      'containerd to hold no container of the pod',
      async () => {
        const left = namespaceContainers();
        const tasks = runningTasks();
        return left.length === 0 && before.every((id) => !tasks.has(id)) ? true : undefined;
      },
      150_000,
    );
  });
});
