// The command line of `kubectl ml`, parsed with node:util parseArgs into one of its commands.
// Flags may come before or after the command (`kubectl ml -n team-a logs tr/x` as well as
// `kubectl ml logs tr/x -n team-a`); a flag of another command is a usage error.
import { parseArgs } from 'node:util';
import { UsageError } from './errors.ts';
import { PLOT_MIN_HEIGHT, PLOT_MIN_WIDTH } from './plot.ts';

export type ResourcePlural = 'trainings' | 'predictions';

export interface ResourceRef {
  plural: ResourcePlural;
  name: string;
}

/** Where the operator is, who the user is, and in which namespace: flags shared by every command. */
export interface ConnectionFlags {
  server?: string;
  token?: string;
  kubeconfig?: string;
  context?: string;
  namespace?: string;
  certificateAuthority?: string;
  insecureSkipTlsVerify: boolean;
}

export interface LogsCommand {
  command: 'logs';
  resource: ResourceRef;
  connection: ConnectionFlags;
  follow: boolean;
  previous: boolean;
  /** Lines from the end; absent (or `--tail=-1`) for the whole log. */
  tail?: number;
  attempt?: number;
  limitBytes?: number;
}

export interface MetricsCommand {
  command: 'metrics';
  resource: ResourceRef;
  connection: ConnectionFlags;
  metric?: string;
  attempt?: number;
  width: number;
  height: number;
  output: 'table' | 'json';
}

export type Command =
  | { command: 'help'; topic?: 'logs' | 'metrics' }
  | { command: 'version' }
  | LogsCommand
  | MetricsCommand;

export const DEFAULT_WIDTH = 60;
export const DEFAULT_HEIGHT = 12;

const KINDS: Record<string, ResourcePlural> = {
  training: 'trainings',
  trainings: 'trainings',
  tr: 'trainings',
  prediction: 'predictions',
  predictions: 'predictions',
  pred: 'predictions',
};

/** Every flag parseArgs knows; which command may use which is `FLAGS_OF` below. */
const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  server: { type: 'string' },
  token: { type: 'string' },
  kubeconfig: { type: 'string' },
  context: { type: 'string' },
  namespace: { type: 'string', short: 'n' },
  'certificate-authority': { type: 'string' },
  'insecure-skip-tls-verify': { type: 'boolean' },
  follow: { type: 'boolean', short: 'f' },
  tail: { type: 'string' },
  previous: { type: 'boolean', short: 'p' },
  attempt: { type: 'string' },
  'limit-bytes': { type: 'string' },
  metric: { type: 'string' },
  width: { type: 'string' },
  height: { type: 'string' },
  output: { type: 'string', short: 'o' },
} as const;

type FlagName = keyof typeof OPTIONS;

const CONNECTION_FLAGS: FlagName[] = [
  'server',
  'token',
  'kubeconfig',
  'context',
  'namespace',
  'certificate-authority',
  'insecure-skip-tls-verify',
];

const FLAGS_OF: Record<string, FlagName[]> = {
  logs: ['help', ...CONNECTION_FLAGS, 'follow', 'tail', 'previous', 'attempt', 'limit-bytes'],
  metrics: ['help', ...CONNECTION_FLAGS, 'metric', 'attempt', 'width', 'height', 'output'],
  version: ['help'],
  help: ['help'],
};

/** A Kubernetes object name (DNS-1123 subdomain) or namespace (DNS-1123 label). */
const NAME = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;
const NAMESPACE = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;

/** The resource a command is about: `KIND/NAME` or `KIND NAME`, KIND a name or short name. */
export function parseResource(words: string[], command: string): ResourceRef {
  const [first, second, ...rest] = words;
  if (first === undefined) throw new UsageError('a resource is required, e.g. training/NAME', command);
  const slash = first.indexOf('/');
  const [kindWord, name] = slash >= 0 ? [first.slice(0, slash), first.slice(slash + 1)] : [first, second];
  const extra = slash >= 0 ? [second, ...rest] : rest;
  if (extra.some((word) => word !== undefined))
    throw new UsageError(`unexpected argument "${extra.find((w) => w !== undefined)}"`, command);
  const plural = KINDS[kindWord.toLowerCase().replace(/\.ml\.hpc\.dev$/, '')];
  if (!plural)
    throw new UsageError(
      `unknown resource kind "${kindWord}": use training (trainings, tr) or prediction (predictions, pred)`,
      command,
    );
  if (!name) throw new UsageError(`a name is required: ${kindWord}/NAME`, command);
  if (!NAME.test(name)) throw new UsageError(`"${name}" is not a valid resource name`, command);
  return { plural, name };
}

function integer(flag: string, value: string | undefined, min: number, command: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^-?\d+$/.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) < min)
    throw new UsageError(`--${flag} must be an integer of at least ${min}, not "${value}"`, command);
  return Number(value);
}

const parse = (args: string[]) =>
  parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true, tokens: true });

export function parseCommandLine(argv: string[]): Command {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    const command = argv.find((word) => word in FLAGS_OF);
    const text = error instanceof Error ? error.message : String(error);
    const unknown = /^Unknown option '([^']+)'/.exec(text)?.[1];
    throw new UsageError(unknown ? `unknown flag: ${unknown}` : text, command);
  }
  const { values, positionals, tokens } = parsed;
  const [command, ...words] = positionals;
  if (command === undefined) {
    if (values.help) return { command: 'help' };
    throw new UsageError('a command is required: logs, metrics or version');
  }
  const allowed = FLAGS_OF[command];
  if (!allowed) throw new UsageError(`unknown command "${command}": use logs, metrics or version`);
  for (const token of tokens) {
    if (token.kind === 'option' && !allowed.includes(token.name as FlagName))
      throw new UsageError(`unknown flag ${token.rawName} for "${command}"`, command);
  }
  if (command === 'help') {
    const [topic, ...extra] = words;
    if (extra.length > 0 || (topic !== undefined && topic !== 'logs' && topic !== 'metrics'))
      throw new UsageError(`no help for "${words.join(' ')}": try logs or metrics`);
    return { command: 'help', ...(topic ? { topic } : {}) };
  }
  if (values.help) return { command: 'help', ...(command === 'version' ? {} : { topic: command as 'logs' }) };
  if (command === 'version') {
    if (words.length > 0) throw new UsageError(`unexpected argument "${words[0]}"`, command);
    return { command: 'version' };
  }

  const resource = parseResource(words, command);
  if (values.namespace !== undefined && !NAMESPACE.test(values.namespace))
    throw new UsageError(`"${values.namespace}" is not a valid namespace`, command);
  if (values['certificate-authority'] !== undefined && values['insecure-skip-tls-verify'])
    throw new UsageError(
      '--certificate-authority and --insecure-skip-tls-verify exclude each other: give one',
      command,
    );
  const connection: ConnectionFlags = {
    server: values.server,
    token: values.token,
    kubeconfig: values.kubeconfig,
    context: values.context,
    namespace: values.namespace,
    certificateAuthority: values['certificate-authority'],
    insecureSkipTlsVerify: values['insecure-skip-tls-verify'] ?? false,
  };
  const attempt = integer('attempt', values.attempt, 1, command);

  if (command === 'logs') {
    if (values.previous && attempt !== undefined)
      throw new UsageError('--previous and --attempt both choose the attempt: give one of them', command);
    const tail = integer('tail', values.tail, -1, command);
    return {
      command,
      resource,
      connection,
      follow: values.follow ?? false,
      previous: values.previous ?? false,
      ...(tail !== undefined && tail >= 0 ? { tail } : {}),
      ...(attempt !== undefined ? { attempt } : {}),
      ...(values['limit-bytes'] !== undefined
        ? { limitBytes: integer('limit-bytes', values['limit-bytes'], 1, command) }
        : {}),
    };
  }

  const output = values.output ?? 'table';
  if (output !== 'json' && output !== 'table')
    throw new UsageError(`--output must be json (or table, the default), not "${output}"`, command);
  if (values.metric !== undefined && values.metric.trim() === '')
    throw new UsageError('--metric needs a metric name', command);
  return {
    command: 'metrics',
    resource,
    connection,
    ...(values.metric !== undefined ? { metric: values.metric } : {}),
    ...(attempt !== undefined ? { attempt } : {}),
    width: integer('width', values.width, PLOT_MIN_WIDTH, command) ?? DEFAULT_WIDTH,
    height: integer('height', values.height, PLOT_MIN_HEIGHT, command) ?? DEFAULT_HEIGHT,
    output,
  };
}
