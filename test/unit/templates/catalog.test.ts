import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { builtinTemplatesDir, TemplateCatalog } from '../../../src/templates/index.ts';

const work = mkdtempSync(join(tmpdir(), 'template-catalog-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let dirs = 0;
function directory(files: Record<string, string>): string {
  const dir = join(work, `dir-${++dirs}`);
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

/** A valid training template; `extra` lines are appended as they are (later keys win in tests). */
function templateText(name: string, extra = '', script = '#!/bin/sh\necho "$model_path"\n'): string {
  return `name: ${name}\nkind: training\ndescription: test template\nscript: ${JSON.stringify(script)}\n${extra}`;
}

describe('the built-in templates', async () => {
  const catalog = await TemplateCatalog.load([builtinTemplatesDir]);

  it('all load without problems', () => {
    expect(catalog.problems).toEqual([]);
    expect(catalog.list().map((t) => [t.name, t.kind])).toEqual([
      ['demo-predict', 'prediction'],
      ['demo-train', 'training'],
      ['nnunet-predict', 'prediction'],
      ['nnunet-train', 'training'],
    ]);
  });

  it('declare the documented parameters and resources', () => {
    const demo = catalog.get('demo-train');
    expect(demo?.resources).toEqual({ timeLimit: '10', cpusPerTask: 1, memory: '100M' });
    expect(demo?.source).toBe(join(builtinTemplatesDir, 'demo-train.yaml'));
    expect(demo?.parameters.map((p) => [p.name, p.type, p.default, p.minimum, p.maximum])).toEqual([
      ['epochs', 'integer', '3', 1, 100],
      ['learning_rate', 'number', '0.01', 0, 10],
      ['exit_code', 'integer', '0', 0, 255],
      ['sleep_seconds', 'integer', '0', 0, 3600],
      ['epoch_seconds', 'integer', '0', 0, 600],
    ]);
    expect(catalog.get('demo-predict')?.resources).toEqual({ timeLimit: '10', memory: '100M' });
    const nnunet = catalog.get('nnunet-train');
    expect(nnunet?.resources).toEqual({
      partition: 'gpu',
      gpus: 1,
      cpusPerTask: 8,
      memory: '64G',
      timeLimit: '2-00:00:00',
    });
    const byName = Object.fromEntries((nnunet?.parameters ?? []).map((p) => [p.name, p]));
    expect(byName.task_number).toMatchObject({ type: 'string', required: true, pattern: '^[0-9]{3}$' });
    expect(byName.fold_index).toMatchObject({ pattern: '^([0-4]|all)$', default: '0' });
    expect(byName.configuration?.enum).toEqual(['2d', '3d_fullres', '3d_lowres', '3d_cascade_fullres']);
    expect(byName.image).toMatchObject({
      pattern: '^(?!.*/[.][.]/)/[A-Za-z0-9._/+@%-]*[.]sif$',
      default: '/opt/containers/nnunet.sif',
    });
  });

  it('is the repository templates/ folder', () => {
    expect(builtinTemplatesDir).toBe(join(import.meta.dirname, '../../../templates'));
  });
});

it('reports a bad file with its reason and still loads the others', async () => {
  const dir = directory({ 't.yaml': templateText('t', 'owner: me\n'), 'good.yaml': templateText('good') });
  const catalog = await TemplateCatalog.load([dir]);
  expect(catalog.list().map((t) => t.name)).toEqual(['good']);
  expect(catalog.get('t')).toBeUndefined();
  expect(catalog.problems).toEqual([
    {
      file: join(dir, 't.yaml'),
      message: expect.stringMatching(
        /^template "t" failed to load: top level: unknown key "owner" \(allowed: /,
      ),
    },
  ]);
  expect(catalog.problemFor('t')).toBe(catalog.problems[0]);
});

describe('TemplateCatalog.load over several directories', () => {
  it('lets a later directory replace a template by name', async () => {
    const admin = directory({
      'demo-train.yaml': templateText('demo-train').replace('test template', 'site version'),
      'site-train.yml': templateText('site-train'),
      'README.md': '# not a template',
    });
    const catalog = await TemplateCatalog.load([builtinTemplatesDir, admin]);
    expect(catalog.problems).toEqual([]);
    expect(catalog.get('demo-train')?.description).toBe('site version');
    expect(catalog.get('demo-train')?.source).toBe(join(admin, 'demo-train.yaml'));
    expect(catalog.get('nnunet-train')?.source).toBe(join(builtinTemplatesDir, 'nnunet-train.yaml'));
    expect(catalog.list().map((t) => t.name)).toEqual([
      'demo-predict',
      'demo-train',
      'nnunet-predict',
      'nnunet-train',
      'site-train',
    ]);
  });

  it('lets a broken replacement hide the earlier template, with the reason', async () => {
    const admin = directory({ 'demo-train.yaml': templateText('demo-train', 'bogus: 1\n') });
    const catalog = await TemplateCatalog.load([builtinTemplatesDir, admin]);
    expect(catalog.get('demo-train')).toBeUndefined();
    expect(catalog.get('demo-predict')).toBeDefined();
    expect(catalog.problems).toEqual([
      {
        file: join(admin, 'demo-train.yaml'),
        message: expect.stringMatching(/^template "demo-train" failed to load \(it replaces, and so hides,/),
      },
    ]);
    expect(catalog.problemFor('demo-train')).toBe(catalog.problems[0]);
    expect(catalog.problemFor('demo-predict')).toBeUndefined();
  });

  it('lets a good replacement in a later directory heal a broken earlier one', async () => {
    const first = directory({ 'x.yaml': 'broken: [' });
    const second = directory({ 'x.yaml': templateText('x') });
    const catalog = await TemplateCatalog.load([first, second]);
    expect(catalog.get('x')?.source).toBe(join(second, 'x.yaml'));
    expect(catalog.problemFor('x')).toBeUndefined();
    expect(catalog.problems).toHaveLength(1);
  });

  it('reports a missing directory and loads the others', async () => {
    const missing = join(work, 'no-such-dir');
    const catalog = await TemplateCatalog.load([missing, builtinTemplatesDir]);
    expect(catalog.list()).toHaveLength(4);
    expect(catalog.problems).toEqual([
      { file: missing, message: expect.stringContaining('cannot read directory') },
    ]);
  });

  it('reports two files for one name in a directory', async () => {
    const dir = directory({ 'x.yaml': templateText('x'), 'x.yml': templateText('x') });
    const catalog = await TemplateCatalog.load([dir]);
    expect(catalog.get('x')?.source).toBe(join(dir, 'x.yaml'));
    expect(catalog.problems).toEqual([
      { file: join(dir, 'x.yml'), message: `another file in ${dir} already defines template "x"` },
    ]);
  });

  it('reads a mounted ConfigMap (files are symlinks into ..data)', async () => {
    const dir = directory({});
    const data = join(dir, '..2024_01_01_00_00_00.000000001');
    mkdirSync(data);
    writeFileSync(join(data, 'site-train.yaml'), templateText('site-train'));
    symlinkSync('..2024_01_01_00_00_00.000000001', join(dir, '..data'));
    symlinkSync('..data/site-train.yaml', join(dir, 'site-train.yaml'));
    const catalog = await TemplateCatalog.load([dir]);
    expect(catalog.problems).toEqual([]);
    expect(catalog.list().map((t) => t.name)).toEqual(['site-train']);
  });
});
