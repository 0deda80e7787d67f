// The operator image (built from the Dockerfile by scripts/stack/image.sh), run with podman the
// way the chart runs it: uid 1000, a read-only root file system with one writable /tmp (the
// chart's emptyDir), every capability dropped, no privilege escalation, the certificate and the
// kubeconfig mounted read-only. It reconciles a Training on each Slurm release to Succeeded and
// registers the model version, the process in the container is what the chart asks for, and it
// serves the web console it was built with.
// Host networking: the API server, Slurm and Postgres of the test stack listen on loopback.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Training } from '../../src/api/types.ts';
import { fetchOperator, operatorTlsEnv, operatorUrl } from '../support/access.ts';
import { runDocumented } from '../support/documented-commands.ts';
import { kubectlOk } from '../support/kubectl.ts';
import {
  clients,
  type E2eEnvironment,
  eventually,
  logDir,
  newRunId,
  type OperatorProcess,
  prepareE2e,
} from '../support/operator.ts';
import { freePort } from '../support/ports.ts';
import { SLURM_RELEASES } from '../support/slurm.ts';
import { required, stackEnv } from '../support/stack.ts';

const repoRoot = new URL('../../', import.meta.url).pathname;
const api = clients();
// The uid and gid of the chart's securityContext and of the Dockerfile's USER.
const UID = 1000;
// Root on these machines lacks CAP_SYS_RESOURCE: podman's default NOFILE and NPROC cannot be set.
const ULIMITS = ['--ulimit', 'nofile=1024:1024', '--ulimit', 'nproc=4096:4096'];

let env: E2eEnvironment;
let namespace: string;
let operator: OperatorProcess | undefined;
let podman: string;
let image: string;
let container: string;
let port: number;
let secrets: string;

/** podman, run from / (never the clone), that must succeed; returns stdout. */
function podmanOk(args: string[]): string {
  const result = podmanRun(args);
  if (result.status !== 0)
    throw new Error(`podman ${args.join(' ')} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}
function podmanRun(args: string[]) {
  const result = spawnSync(podman, args, { cwd: '/', encoding: 'utf8', timeout: 60_000 });
  if (result.error) throw result.error;
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** A file the container's user may read and nobody else, as a Secret volume with fsGroup gives it. */
function secretFile(name: string, content: string | Buffer): string {
  const path = join(secrets, name);
  writeFileSync(path, content, { mode: 0o400 });
  chownSync(path, UID, UID);
  return path;
}

/** Runs the image in the foreground (its output goes to a log file) as the chart runs it. */
function startContainer(): OperatorProcess {
  mkdirSync(logDir, { recursive: true });
  const logFile = join(logDir, `container-run-${Date.now()}.log`);
  const out = createWriteStream(logFile);
  const tls = operatorTlsEnv();
  const kubeconfig = secretFile(
    'kubeconfig',
    // The stack's kubeconfig names its CA by a host path: the container gets it inline.
    kubectlOk(['config', 'view', '--raw', '--flatten', '--minify']),
  );
  secretFile('tls.crt', readFileSync(tls.TLS_CERT_FILE));
  secretFile('tls.key', readFileSync(tls.TLS_KEY_FILE));
  const environment: Record<string, string> = {
    KUBECONFIG: '/etc/slurm-ml-operator/kube/config',
    OPERATOR_NAMESPACE: env.operatorNamespace,
    POD_NAME: container,
    LEADER_ELECTION: 'false',
    HTTP_PORT: String(port),
    TLS_CERT_FILE: '/etc/slurm-ml-operator/tls/tls.crt',
    TLS_KEY_FILE: '/etc/slurm-ml-operator/tls/tls.key',
    DATABASE_URL: required(stackEnv('postgres'), 'DATABASE_URL'),
    LOG_LEVEL: 'info',
    // As the chart sets it with console.enabled.
    CONSOLE_ENABLED: 'true',
  };
  const child: ChildProcess = spawn(
    podman,
    [
      'run',
      '--rm',
      '--name',
      container,
      ...ULIMITS,
      // The chart's securityContext: runAsUser/runAsGroup 1000, readOnlyRootFilesystem,
      // capabilities drop ALL, allowPrivilegeEscalation false (seccomp RuntimeDefault is podman's).
      '--user',
      `${UID}:${UID}`,
      '--read-only',
      // Without this podman would add writable /run, /tmp and /var/tmp of its own.
      '--read-only-tmpfs=false',
      // The chart's one writable place: an emptyDir at /tmp.
      '--tmpfs',
      '/tmp:rw,mode=1777',
      '--cap-drop',
      'ALL',
      '--security-opt',
      'no-new-privileges',
      '--network',
      'host',
      '--volume',
      `${join(secrets, 'tls.crt')}:/etc/slurm-ml-operator/tls/tls.crt:ro`,
      '--volume',
      `${join(secrets, 'tls.key')}:/etc/slurm-ml-operator/tls/tls.key:ro`,
      '--volume',
      `${kubeconfig}:/etc/slurm-ml-operator/kube/config:ro`,
      ...Object.entries(environment).flatMap(([name, value]) => ['--env', `${name}=${value}`]),
      image,
    ],
    { cwd: '/', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    logFile,
    exited,
    async stop() {
      // SIGTERM to the operator, SIGKILL 20 s later; the podman client then exits (--rm removes it).
      podmanRun(['stop', '--time', '20', container]);
      const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      try {
        return await exited;
      } finally {
        clearTimeout(killer);
      }
    },
  };
}

function training(release: (typeof SLURM_RELEASES)[number]): Training {
  return {
    apiVersion: 'ml.hpc.dev/v1alpha1',
    kind: 'Training',
    metadata: { name: `in-container-${release.slice(6)}`, namespace },
    spec: {
      model: `container-${release.slice(6)}`,
      template: 'demo-train',
      cluster: env.clusters[release],
      parameters: { epochs: '2' },
      resources: { memory: '100M' },
    },
  };
}

beforeAll(async () => {
  // The image of this tree: image.sh rebuilds only when the build inputs changed (scripts/stack.sh
  // up has normally built it already; then this takes under a second).
  const build = spawnSync('bash', [join(repoRoot, 'scripts/stack/image.sh'), 'up'], {
    cwd: '/',
    encoding: 'utf8',
    timeout: 900_000,
  });
  if (build.status !== 0) throw new Error(`scripts/stack/image.sh up failed:\n${build.stderr.slice(-3000)}`);
  // A missing podman or image is a failure, never a skip.
  const imageEnv = stackEnv('image');
  podman = required(imageEnv, 'PODMAN');
  image = required(imageEnv, 'OPERATOR_IMAGE');
  podmanOk(['image', 'exists', image]);

  const run = newRunId();
  namespace = `container-run-${run}`;
  container = `slurm-ml-container-run-${run}`;
  env = prepareE2e(run, { admitted: [namespace] });
  port = await freePort();
  secrets = mkdtempSync(join(tmpdir(), 'slurm-ml-container-run-'));
  chmodSync(secrets, 0o755);
  operator = startContainer();
}, 900_000);

afterAll(async () => {
  try {
    await env?.teardown(operator);
  } finally {
    if (container) podmanRun(['rm', '--force', '--ignore', container]);
    if (secrets) rmSync(secrets, { recursive: true, force: true });
  }
});

describe('the operator image, run as the chart runs it', () => {
  it('serves HTTPS with the mounted certificate', async () => {
    const health = await eventually(
      'the container to answer /healthz',
      async () => {
        if (operator?.child.exitCode !== null)
          throw new Error(`the container exited; log: ${operator?.logFile}`);
        const response = await fetchOperator(operatorUrl(port, '/healthz'), { timeoutMs: 2_000 });
        return response.ok ? response : undefined;
      },
      60_000,
    );
    expect(health.status).toBe(200);
  });

  it('carries the web console the Dockerfile built, served from its default folder', async () => {
    const page = await fetchOperator(operatorUrl(port, '/ui/'));
    const html = await page.text();
    expect(page.status, html).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const script = /src="(\/ui\/assets\/index-[^"]+\.js)"/.exec(html)?.[1];
    expect(script, html).toBeDefined();
    const answer = await fetchOperator(operatorUrl(port, script ?? ''));
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(answer.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await answer.text()).length).toBeGreaterThan(100_000);
  });

  it('reconciles a Training on every Slurm release to Succeeded and registers its model version', async () => {
    for (const release of SLURM_RELEASES) kubectlOk(['apply', '-f', '-'], yaml.dump(training(release)));
    for (const release of SLURM_RELEASES) {
      const { name } = training(release).metadata;
      const done = await eventually(
        `${name} to succeed (log: ${operator?.logFile})`,
        async () => {
          const t = await api.trainings.get(namespace, name ?? '');
          if (t?.status?.phase === 'Failed') throw new Error(`${name} failed: ${JSON.stringify(t.status)}`);
          return t?.status?.phase === 'Succeeded' && t.status.modelVersion ? t : undefined;
        },
        120_000,
      );
      expect(done.status?.slurm?.jobId).toBeGreaterThan(0);
      expect(done.status?.modelVersion).toBe(1);
      const version = await api.modelVersions.get(namespace, `${done.spec.model}-v1`);
      expect(version?.spec).toMatchObject({
        model: done.spec.model,
        version: 1,
        path: done.status?.modelPath,
      });
      expect(version?.spec.training?.uid).toBe(done.metadata.uid);
    }
  }, 300_000);

  it('runs as uid 1000 without capabilities, on a read-only root with a writable /tmp only', () => {
    const inspect = JSON.parse(podmanOk(['inspect', container]))[0] as {
      Config: { User: string };
      HostConfig: { ReadonlyRootfs: boolean };
    };
    expect(inspect.Config.User).toBe(`${UID}:${UID}`);
    expect(inspect.HostConfig.ReadonlyRootfs).toBe(true);
    // The operator is the container's first process: its real, effective, saved and file-system ids.
    const status = podmanOk(['exec', container, 'cat', '/proc/1/status']);
    expect(status).toMatch(new RegExp(`^Uid:\\s+${UID}\\s+${UID}\\s+${UID}\\s+${UID}$`, 'm'));
    expect(status).toMatch(new RegExp(`^Gid:\\s+${UID}\\s+${UID}\\s+${UID}\\s+${UID}$`, 'm'));
    expect(status).toMatch(/^CapEff:\s+0+$/m);
    expect(status).toMatch(/^NoNewPrivs:\s+1$/m);
    expect(podmanOk(['exec', container, 'cat', '/proc/1/cmdline']).split('\0')).toEqual([
      'node',
      'dist/main.js',
      '',
    ]);
    for (const path of ['/probe', '/app/probe', '/app/dist/probe', '/home/node/probe']) {
      const write = podmanRun(['exec', container, 'touch', path]);
      expect(write.status, path).not.toBe(0);
      expect(write.stderr, path).toMatch(/Read-only file system/);
    }
    expect(podmanRun(['exec', container, 'touch', '/tmp/probe']).status).toBe(0);
  });
  it('is built and tried by the documented commands (docker here is podman, scripts/stack/image.sh)', () => {
    const image = stackEnv('image');
    const trial = `localhost/slurm-ml-operator:docs-${newRunId()}`;
    const kubeconfig = secretFile(
      'trial-kubeconfig',
      kubectlOk(['config', 'view', '--raw', '--flatten', '--minify']),
    );
    try {
      const runs = runDocumented(
        'The image',
        { BASE_IMAGE: required(image, 'OPERATOR_BASE_IMAGE'), IMAGE: trial, KUBECONFIG_FILE: kubeconfig },
        { path: [required(image, 'DOCKER_CLI_DIR')] },
      );
      expect(runs.map((r) => r.status)).toEqual([0, 0, 0, 0]);
      expect(podmanOk(['image', 'inspect', '--format', '{{.Config.User}}', trial]).trim()).toBe('1000:1000');
    } finally {
      podmanRun(['rm', '--force', '--ignore', 'slurm-ml-operator']);
      podmanRun(['rmi', '--force', trial]);
    }
  });
});
