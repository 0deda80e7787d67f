#!/usr/bin/env node
// Configuration and wiring only.
import { hostname } from 'node:os';
import { KubeConfig } from '@kubernetes/client-node';
import { KubeAccessReviewer } from './access/kube-reviewer.ts';
import { FIELD_MANAGER } from './api/types.ts';
import { loadDatabaseConfig, openAudit } from './audit/index.ts';
import { refuseHistoryOnStandby } from './audit/standby-history.ts';
import { loadConfig } from './config.ts';
import { consoleBuilt, consoleRoutes, NOT_BUILT } from './console/index.ts';
import { cachedLogSource } from './job-files/log-source.ts';
import { reuseConnections } from './kube/connection-reuse.ts';
import { kubernetesEventRecorder } from './kube/events.ts';
import { logHandler } from './logs/log-api.ts';
import { startHttpServer, tlsOptions } from './observability/http-server.ts';
import { createLogger } from './observability/logger.ts';
import { OperatorMetrics } from './observability/metrics.ts';
import { loadServerCertificate, watchCertificateFiles } from './observability/tls.ts';
import { Operator } from './operator.ts';
import { LeaderElector } from './runtime/index.ts';
import { builtinTemplatesDir, TemplateCatalog } from './templates/index.ts';

const config = loadConfig();
const log = createLogger({ level: config.logLevel });
const kubeConfig = new KubeConfig();
kubeConfig.loadFromDefault();
reuseConnections(kubeConfig);

const templates = await TemplateCatalog.load([builtinTemplatesDir, ...config.extraTemplateDirs]);
for (const problem of templates.problems)
  log.error({ file: problem.file }, `job template not loaded: ${problem.message}`);
log.info({ templates: templates.list().map((t) => t.name) }, 'job templates loaded');

// Unreadable or mismatched files stop the start here, before anything else is opened.
const certificate = await loadServerCertificate(config.tls, hostname());
log.info(
  { source: certificate.source, ...certificate.info },
  certificate.source === 'self-signed'
    ? 'TLS: self-signed certificate made for this run (compare the fingerprint when pinning it)'
    : 'TLS: certificate loaded from TLS_CERT_FILE and TLS_KEY_FILE',
);

const metrics = new OperatorMetrics();
let role: 'leader' | 'standby' | 'single' = config.leaderElection ? 'standby' : 'single';
const auditedResources = () => [
  ...operator.informers.trainings.list(),
  ...operator.informers.predictions.list(),
  ...operator.informers.models.list(),
  ...operator.informers.modelVersions.list(),
];
// PGlite does not lock its files, and two processes that open them lose writes. With leader
// election, the embedded store is opened by the Lease holder only: the previous holder closes it
// before it releases the Lease (shutdown below), or has stopped renewing it before it expires.
const databaseConfig = loadDatabaseConfig();
const storeOpensWhenLeading = databaseConfig.kind === 'pglite' && config.leaderElection;
const storeGate = { resolve: () => {}, reject: (_: Error) => {}, promise: Promise.resolve() };
storeGate.promise = new Promise<void>((resolve, reject) => Object.assign(storeGate, { resolve, reject }));
storeGate.promise.catch(() => {}); // a shutdown before leading refuses it; nobody else waits
const audit = await openAudit(databaseConfig, {
  replica: config.identity,
  log,
  ...(storeOpensWhenLeading ? { openAfter: storeGate.promise } : {}),
  writeBehind: {
    resyncSource: auditedResources,
    // Permanent errors are logged at error level by the store, once per cause.
    onWriteError: (err, n, errorClass) => {
      if (errorClass === 'transient' && (n === 1 || n % 10 === 0))
        log.warn({ err, consecutiveFailures: n }, 'audit write failed; retrying');
    },
    onNeedsResync: () => log.warn('audit queue overflowed; resync scheduled'),
  },
  history: { onError: (err, path) => log.warn({ err, path }, 'history query failed') },
  onConnectionError: (err) => log.warn({ err }, 'audit database connection lost'),
  onMigrated: (applied) => log.info({ applied }, 'audit schema ready'),
});
log.info({ database: audit.handle.target }, 'audit store opened');
metrics.bindAudit(() => audit.stats());

const operator = new Operator({
  metrics,
  kubeConfig,
  operatorNamespace: config.operatorNamespace,
  tokenFileDirectory: config.tokenFileDirectory,
  templates: () => templates,
  events: kubernetesEventRecorder(kubeConfig, FIELD_MANAGER, log),
  audit: audit.sink,
  // Only the leader writes resource snapshots; a standby's caches would race it.
  onResourceEvent: (type, object) => {
    if (role === 'standby') return;
    if (type === 'delete') audit.sink.deleted(object);
    else audit.sink.observe(object);
  },
  log,
  concurrency: config.concurrency,
  progress: {
    intervalMs: config.progressIntervalMs,
    storePoints: (points) => audit.recordMetricPoints(points),
  },
});

// The console's pass-through uses the kubeconfig's cluster (address, CA), never its user.
const webConsole = consoleRoutes({
  enabled: config.consoleEnabled,
  directory: config.consoleDir,
  kubeConfig,
  templates: () => templates,
  logger: log,
});
// Not fatal: the rest of the operator works without the console's files, and /ui/ says why.
if (config.consoleEnabled && !(await consoleBuilt(config.consoleDir)))
  log.error({ consoleDir: config.consoleDir }, `${NOT_BUILT}; /ui/ answers 503 until then`);

const server = await startHttpServer({
  port: config.httpPort,
  access: new KubeAccessReviewer(kubeConfig),
  registry: metrics.registry,
  publicHandlers: webConsole.publicHandlers,
  acceptsPost: webConsole.acceptsPost,
  handlers: [
    ...webConsole.handlers,
    // Before the history API, whose paths it shares: any replica answers from its caches.
    logHandler(
      cachedLogSource({
        resource: (listing, namespace, name) =>
          listing === 'trainings'
            ? operator.informers.trainings.get(namespace, name)
            : operator.informers.predictions.get(namespace, name),
        cluster: (name) => operator.informers.slurmClusters.get(undefined, name),
      }),
      { logger: log, onError: (err, path) => log.warn({ err, path }, 'logs request failed') },
    ),
    audit.handle.kind === 'pglite'
      ? refuseHistoryOnStandby(audit.history, () => role === 'standby')
      : audit.history,
  ],
  tls: certificate.pair,
  readiness: {
    databaseReachable: () =>
      storeOpensWhenLeading && role === 'standby' ? Promise.resolve(null) : audit.reachable(),
    databaseProblem: () => audit.problem(),
    informersSynced: () => operator.informersSynced,
    role: () => role,
    clusters: () =>
      operator.informers.slurmClusters.list().map((c) => ({
        name: c.metadata.name ?? '',
        ready: c.status?.conditions?.some((x) => x.type === 'Ready' && x.status === 'True') ?? false,
      })),
  },
});
const certificateWatch =
  'files' in config.tls
    ? watchCertificateFiles(
        config.tls.files,
        certificate.pair,
        (pair) => server.setSecureContext(tlsOptions(pair)),
        log,
      )
    : undefined;
const address = server.address();
log.info(
  { port: typeof address === 'object' && address ? address.port : config.httpPort },
  config.consoleEnabled
    ? 'serving /metrics, /healthz, /readyz and the web console (/ui/) over HTTPS'
    : 'serving /metrics, /healthz and /readyz over HTTPS',
);

await operator.startInformers();

let stopping = false;
let elector: LeaderElector | undefined;
if (config.leaderElection) {
  elector = new LeaderElector({
    kubeConfig,
    namespace: config.leaseNamespace,
    name: config.leaseName,
    identity: config.identity,
    onStartedLeading: () => {
      // The Lease can arrive while this replica shuts down: it must neither open the store nor
      // start reconcilers that stop() already stopped. Released again by elector.stop().
      if (stopping) return;
      log.info({ identity: config.identity }, 'became leader');
      role = 'leader';
      storeGate.resolve();
      metrics.leader.set(1);
      operator.startReconciling();
      void audit.sink.resync(auditedResources, { complete: true });
      audit.startRetention();
    },
    onStoppedLeading: () => {
      metrics.leader.set(0);
      if (stopping) return;
      // A replica that lost the lease may be partitioned; exiting lets the next leader own every key.
      log.error('lost leadership; exiting');
      process.exit(1);
    },
    logger: (message, error) => log.warn({ err: error }, message),
  });
  elector.start();
} else {
  metrics.leader.set(1);
  operator.startReconciling();
  void audit.sink.resync(auditedResources, { complete: true });
  audit.startRetention();
}

const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  // Kubernetes sends SIGKILL after the grace period anyway; exit first, and say so.
  setTimeout(() => {
    log.error('shutdown took over 20 s; exiting anyway');
    process.exit(1);
  }, 20_000).unref();
  // A replica that never led never opens the embedded store (a no-op once the gate was opened).
  storeGate.reject(new Error('shutting down before this replica led: the embedded store was never opened'));
  await operator.stop();
  const { unwritten } = await audit.close(5_000);
  if (unwritten) log.warn({ unwritten }, 'audit entries not written before shutdown');
  await elector?.stop();
  certificateWatch?.stop();
  server.close();
  process.exit(0);
};
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
