// The templates API with the real built-in templates: a person lists the templates of the kinds
// they may create in the namespace (no script), and a form's parameters are checked by the
// reconciler's own check, with its messages; refused callers learn nothing of a template.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinTemplatesDir, TemplateCatalog } from '../../../src/templates/index.ts';
import { checkJobParameters } from '../../../src/templates/render.ts';
import { type ConsoleServer, call, fakeReviewer, kubeConfigFor, startConsoleServer } from './harness.ts';

let server: ConsoleServer;
let catalog: TemplateCatalog;
const reviewer = fakeReviewer(
  {
    alice: { username: 'alice', groups: [] },
    carol: { username: 'carol', groups: [] },
    dana: { username: 'dana', groups: [] },
    bob: { username: 'bob', groups: [] },
  },
  new Set([
    'alice create trainings team-a',
    'carol create predictions team-a',
    'dana create trainings team-a',
    'dana create predictions team-a',
  ]),
);

beforeAll(async () => {
  catalog = await TemplateCatalog.load([builtinTemplatesDir]);
  expect(catalog.problems).toEqual([]);
  server = await startConsoleServer({
    reviewer,
    directory: '/nonexistent',
    kubeConfig: kubeConfigFor('https://127.0.0.1:1'),
    templates: catalog,
  });
});
afterAll(() => server?.close());

const get = (path: string, token?: string) => call(`${server.base}${path}`, { ca: server.pair.cert, token });
const validate = (name: string, body: unknown, token = 'alice') =>
  call(`${server.base}/api/v1/templates/${name}/validate`, {
    ca: server.pair.cert,
    token,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const names = (text: string) => (JSON.parse(text).items as { name: string }[]).map((t) => t.name);

describe('GET /api/v1/templates', () => {
  it.each([
    ['alice (trainings)', 'alice', ['demo-train', 'nnunet-train']],
    ['carol (predictions)', 'carol', ['demo-predict', 'nnunet-predict']],
    ['dana (both)', 'dana', ['demo-predict', 'demo-train', 'nnunet-predict', 'nnunet-train']],
  ])('lists the kinds %s may create', async (_, token, expected) => {
    const answer = await get('/api/v1/templates?namespace=team-a', token);
    expect(answer.status).toBe(200);
    expect(names(answer.text)).toEqual(expected);
  });

  it('gives parameters, description and resources, never the script or the file', async () => {
    const answer = await get('/api/v1/templates?namespace=team-a', 'alice');
    const demo = (JSON.parse(answer.text).items as Record<string, unknown>[]).find(
      (t) => t.name === 'demo-train',
    );
    expect(Object.keys(demo ?? {}).sort()).toEqual([
      'description',
      'kind',
      'name',
      'parameters',
      'resources',
    ]);
    expect(demo?.kind).toBe('training');
    expect(((demo?.parameters ?? []) as { name: string }[]).map((p) => p.name)).toContain('epochs');
    expect(answer.text).not.toContain('#!/');
    expect(answer.text).not.toContain('.yaml');
  });

  it.each([
    ['a person who may create neither kind', '/api/v1/templates?namespace=team-a', 'bob', 403],
    ['another namespace', '/api/v1/templates?namespace=team-b', 'alice', 403],
    ['no namespace', '/api/v1/templates', 'alice', 400],
    ['a namespace given twice', '/api/v1/templates?namespace=team-a&namespace=b', 'alice', 400],
    ['a name that is not a namespace', '/api/v1/templates?namespace=Team_A', 'alice', 400],
    ['no token', '/api/v1/templates?namespace=team-a', undefined, 401],
  ])('refuses %s', async (_, path, token, status) => {
    const answer = await get(path, token);
    expect(answer.status).toBe(status);
    expect(answer.text).not.toContain('demo-train');
  });
});

describe('POST /api/v1/templates/{name}/validate', () => {
  it('accepts valid parameters, with defaults filled in', async () => {
    const answer = await validate('demo-train', { namespace: 'team-a', parameters: { epochs: '3' } });
    expect(answer.status).toBe(200);
    const body = JSON.parse(answer.text);
    expect(body.ok).toBe(true);
    expect(body.values).toMatchObject({ epochs: '3', learning_rate: '0.01', exit_code: '0' });
  });

  it.each([
    [{ epochs: '0' }],
    [{ epochs: 'three' }],
    [{ epochs: '3', unknown: 'x' }],
    [{ learning_rate: '11', epoch_seconds: '-1' }],
  ])('refuses %j with the messages the reconciler would give', async (parameters) => {
    const answer = await validate('demo-train', { namespace: 'team-a', parameters });
    expect(answer.status).toBe(200);
    const template = catalog.get('demo-train');
    if (!template) throw new Error('no demo-train');
    expect(JSON.parse(answer.text)).toEqual(checkJobParameters(template, parameters));
    expect(JSON.parse(answer.text).errors.length).toBeGreaterThan(0);
  });

  it('says what is wrong with epochs=0', async () => {
    const answer = await validate('demo-train', { namespace: 'team-a', parameters: { epochs: '0' } });
    expect(JSON.parse(answer.text).errors).toEqual([
      'parameter "epochs": must be an integer between 1 and 100, got "0"',
    ]);
  });

  it.each([
    [
      'a template of a kind the caller may not create',
      'demo-predict',
      { namespace: 'team-a', parameters: {} },
      'alice',
      403,
    ],
    [
      'a caller who may create nothing, even for a missing template',
      'nope',
      { namespace: 'team-a', parameters: {} },
      'bob',
      403,
    ],
    ['another namespace', 'demo-train', { namespace: 'team-b', parameters: {} }, 'alice', 403],
    [
      'a missing template, to one who may create only trainings',
      'nope',
      { namespace: 'team-a', parameters: {} },
      'alice',
      403,
    ],
    [
      'a missing template, to one who may create every kind',
      'nope',
      { namespace: 'team-a', parameters: {} },
      'dana',
      404,
    ],
    ['no namespace', 'demo-train', { parameters: {} }, 'alice', 400],
    [
      'parameters that are not an object',
      'demo-train',
      { namespace: 'team-a', parameters: ['x'] },
      'alice',
      400,
    ],
    ['a body that is not JSON', 'demo-train', '{nope', 'alice', 400],
    ['a body that is an array', 'demo-train', '[]', 'alice', 400],
  ])('refuses %s', async (_, name, body, token, status) => {
    const answer = await validate(name, body, token);
    expect(answer.status).toBe(status);
    if (status === 403) expect(answer.text).not.toContain('parameter');
  });

  it.each([
    ['alice (trainings only)', 'alice', 'demo-predict'],
    ['carol (predictions only)', 'carol', 'demo-train'],
  ])(
    'tells %s nothing of a template of the other kind: answered as a missing one',
    async (_, token, other) => {
      const body = { namespace: 'team-a', parameters: {} };
      const existing = await validate(other, body, token);
      const missing = await validate(other.replace('demo', 'nope'), body, token);
      expect(existing.status).toBe(403);
      expect(missing.status).toBe(403);
      expect(JSON.parse(existing.text).error.replace(other, 'NAME')).toBe(
        JSON.parse(missing.text).error.replace(other.replace('demo', 'nope'), 'NAME'),
      );
      expect(existing.text).not.toMatch(/predictions|trainings/);
    },
  );

  it('is POST only, and refuses a body over its limit', async () => {
    expect((await get('/api/v1/templates/demo-train/validate', 'alice')).status).toBe(405);
    const large = await validate('demo-train', {
      namespace: 'team-a',
      parameters: { epochs: 'x'.repeat(70_000) },
    });
    expect(large.status).toBe(413);
  });
});
