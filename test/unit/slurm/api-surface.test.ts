// One v0.0.4x adapter, typed against v0.0.42, serves v0.0.40 to v0.0.45: this test shows those
// types are exact for what the adapter sends and reads. For each request it makes, every field
// and query parameter it uses must exist in every version's committed OpenAPI document (the
// documents dumped from the real 24.11 and 26.05 servers) with the shape it has in v0.0.42.
// A new Slurm release that renames or reshapes one of them fails here, before any user meets it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openapiDir } from '../../../scripts/slurm-openapi.ts';

type Schema = {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
};
type Operation = {
  parameters?: ({ name?: string; $ref?: string } & Record<string, unknown>)[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>;
};
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

interface Use {
  method: 'get' | 'post' | 'delete';
  path: string;
  query?: string[];
  /** Dotted paths into the request body; `x[]` steps into an array's items. */
  body?: string[];
  /** Dotted paths into the 200 answer; `a|b`: the adapter reads whichever of them is there. */
  read?: string[];
}

const JOB_INFO = [
  'job_id',
  'name',
  'comment',
  'user_name',
  'partition',
  'job_state',
  'state_reason',
  'exit_code.status',
  'exit_code.return_code.number',
  'exit_code.signal.id.number',
  'submit_time.number',
  'start_time.number',
  'end_time.number',
  'nodes',
  'time_limit.number',
].map((field) => `jobs[].${field}`);

/** The accounting record fields accounting.ts reads, plus those whose encoding differs by version. */
const accountingFields = (encoded: string[]) =>
  [
    'job_id',
    'name',
    'comment.job',
    'user',
    'partition',
    'nodes',
    'state.current',
    'state.reason',
    'exit_code.status',
    'time.submission',
    'time.start',
    'time.end',
    ...encoded,
  ].map((field) => `jobs[].${field}`);

/** What src/slurm/adapters/v004x.ts and accounting.ts send and read. */
const V004X_USES: Use[] = [
  {
    method: 'get',
    path: '/slurm/{v}/ping/',
    // v0.0.40 and v0.0.41 have only `pinged`, v0.0.45 only `responding`.
    read: ['pings[].pinged|pings[].responding', 'meta.slurm.release'],
  },
  { method: 'get', path: '/slurm/{v}/diag/' },
  {
    method: 'post',
    path: '/slurm/{v}/job/submit',
    body: [
      'script',
      'name',
      'comment',
      'environment',
      'current_working_directory',
      'standard_output',
      'standard_error',
      'partition',
      'account',
      'qos',
      'time_limit.number',
      'minimum_nodes',
      'maximum_nodes',
      'cpus_per_task',
      'memory_per_node.number',
      'tres_per_node',
      'hold',
    ].map((field) => `job.${field}`),
    read: ['job_id'],
  },
  { method: 'get', path: '/slurm/{v}/job/{job_id}', read: JOB_INFO },
  { method: 'delete', path: '/slurm/{v}/job/{job_id}', query: ['signal'] },
  { method: 'get', path: '/slurm/{v}/jobs/', query: ['update_time'], read: JOB_INFO },
  { method: 'get', path: '/slurm/{v}/jobs/state/', query: ['job_id'], read: ['jobs'] },
  {
    method: 'get',
    path: '/slurmdb/{v}/jobs/',
    query: ['job_name', 'start_time'],
    read: accountingFields([
      'exit_code.return_code.number',
      'exit_code.signal.id.number',
      'time.limit.number',
    ]),
  },
];

/** What accounting.ts reads from 22.05's dbv0.0.38 (its other requests are typed by its own document). */
const V0038_ACCOUNTING_USES: Use[] = [
  {
    method: 'get',
    path: '/slurmdb/{v}/jobs',
    query: ['job_name', 'start_time'],
    read: accountingFields(['exit_code.return_code', 'time.limit']),
  },
];

const documents = new Map<string, Document>();
function load(file: string): Document {
  let document = documents.get(file);
  if (!document) {
    document = JSON.parse(readFileSync(new URL(file, openapiDir), 'utf8')) as Document;
    documents.set(file, document);
  }
  return document;
}

function resolve(document: Document, schema: Schema | undefined): Schema | undefined {
  let current = schema;
  for (let hops = 0; current?.$ref && hops < 20; hops++) {
    current = document.components.schemas[current.$ref.replace('#/components/schemas/', '')];
  }
  return current;
}

/** The schema at a dotted path, or undefined when some step does not exist. */
function schemaAt(document: Document, root: Schema | undefined, path: string): Schema | undefined {
  let schema = resolve(document, root);
  for (const step of path.split('.')) {
    const name = step.replace(/\[\]$/, '');
    schema = resolve(document, schema?.properties?.[name]);
    if (step.endsWith('[]')) schema = resolve(document, schema?.items);
  }
  return schema;
}

/** A schema's shape: its type, and its items' for an array (an inlined enum is still a string). */
function shape(document: Document, schema: Schema | undefined): string {
  const resolved = resolve(document, schema);
  if (!resolved) return 'missing';
  const type = resolved.type ?? (resolved.enum ? 'string' : resolved.properties ? 'object' : 'unknown');
  return type === 'array' ? `array<${shape(document, resolved.items)}>` : type;
}

function operationOf(document: Document, use: Use, version: string): Operation | undefined {
  return document.paths[use.path.replace('{v}', version)]?.[use.method];
}

/** Every field and parameter of the uses, with its shape in one version of one document. */
function surfaceOf(file: string, version: string, uses: Use[]): Record<string, string> {
  const document = load(file);
  const surface: Record<string, string> = {};
  for (const use of uses) {
    const label = `${use.method.toUpperCase()} ${use.path}`;
    const operation = operationOf(document, use, version);
    surface[label] = operation ? 'served' : 'missing';
    if (!operation) continue;
    const parameters = (operation.parameters ?? []).map((p) => p.name);
    for (const name of use.query ?? [])
      surface[`${label} ?${name}`] = parameters.includes(name) ? 'present' : 'missing';
    const body = operation.requestBody?.content?.['application/json']?.schema;
    for (const field of use.body ?? [])
      surface[`${label} body ${field}`] = shape(document, schemaAt(document, body, field));
    const answer = operation.responses?.['200']?.content?.['application/json']?.schema;
    for (const field of use.read ?? []) {
      const shapes = field.split('|').map((one) => shape(document, schemaAt(document, answer, one)));
      const found = shapes.some((one) => one !== 'missing');
      surface[`${label} read ${field}`] =
        shapes.length === 1 ? (shapes[0] ?? 'missing') : found ? 'one of them' : 'missing';
    }
  }
  return surface;
}

const V004X_SERVED: [string, string][] = [
  ['slurm-24.11.json', 'v0.0.40'],
  ['slurm-24.11.json', 'v0.0.41'],
  ['slurm-26.05.json', 'v0.0.42'],
  ['slurm-26.05.json', 'v0.0.43'],
  ['slurm-26.05.json', 'v0.0.44'],
  ['slurm-26.05.json', 'v0.0.45'],
];

describe('the API surface the adapters use, in every committed OpenAPI document', () => {
  const typedAgainst = surfaceOf('slurm-24.11.json', 'v0.0.42', V004X_USES);

  it('exists in full in v0.0.42, the version the v0.0.4x adapter is typed against', () => {
    const absent = Object.entries(typedAgainst).filter(
      ([, shape]) => shape === 'missing' || shape === 'unknown',
    );
    expect(absent).toEqual([]);
  });

  it.each(V004X_SERVED)(
    '%s %s has every field the v0.0.4x adapter uses, in the shape v0.0.42 has',
    (file, version) => {
      expect(surfaceOf(file, version, V004X_USES)).toEqual(typedAgainst);
    },
  );

  it("22.05's dbv0.0.38 has every accounting field accounting.ts reads", () => {
    const surface = surfaceOf('slurm-22.05.json', 'v0.0.38', V0038_ACCOUNTING_USES);
    const absent = Object.entries(surface).filter(([, shape]) => shape === 'missing' || shape === 'unknown');
    expect(absent).toEqual([]);
  });
});
