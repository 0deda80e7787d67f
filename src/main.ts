#!/usr/bin/env node
// Configuration and wiring only.
import { hostname } from 'node:os';
import { KubeConfig } from '@kubernetes/client-node';
import { KubeAccessReviewer } from './access/kube-reviewer.ts';
import { FIELD_MANAGER } from './api/types.ts';
import { loadDatabaseConfig, openAudit } from './audit/index.ts';
import { refuseHistoryOnStandby } from './audit/standby-history.ts';
import { loadConfig } from './config.ts';
import { reuseConnections } from './kube/connection-reuse.ts';
import { kubernetesEventRecorder } from './kube/events.ts';
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
const audit = await openAudit(loadDatabaseConfig(), {
  replica: config.identity,
  writeBehind: {
    resyncSource: auditedResources,
    onWriteError: (err, n) => {
      if (n === 1 || n % 10 === 0) log.warn({ err, consecutiveFailures: n }, 'audit write failed; retrying');
    },
    onNeedsResync: () => log.warn('audit queue overflowed; resync scheduled'),
  },
  history: { onError: (err, path) => log.warn({ err, path }, 'history query failed') },
  onConnectionError: (err) => log.warn({ err }, 'audit database connection lost'),
  onMigrated: (applied) => log.info({ applied }, 'audit schema ready'),
});
log.info({ database: audit.handle.target }, 'audit store opened');
metrics.bindAudit(() => audit.sink.stats);

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
});

const server = await startHttpServer({
  port: config.httpPort,
  access: new KubeAccessReviewer(kubeConfig),
  registry: metrics.registry,
  handlers: [
    audit.handle.kind === 'pglite'
      ? refuseHistoryOnStandby(audit.history, () => role === 'standby')
      : audit.history,
  ],
  tls: certificate.pair,
  readiness: {
    databaseReachable: () => audit.reachable(),
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
  'serving /metrics, /healthz and /readyz over HTTPS',
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
      log.info({ identity: config.identity }, 'became leader');
      role = 'leader';
      metrics.leader.set(1);
      operator.startReconciling();
      void audit.sink.resync(auditedResources, { complete: true });
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
