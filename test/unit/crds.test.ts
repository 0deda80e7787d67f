import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedTypesFile, loadCrds, renderApiTypes } from '../../scripts/api-types.ts';
import { PHASE_HISTORY_LIMIT } from '../../src/api/phase-history.ts';

const crds = loadCrds();
const byKind = Object.fromEntries(crds.map((crd) => [crd.spec.names.kind, crd]));

type Schema = { description?: string; properties?: Record<string, Schema>; items?: Schema } & Record<
  string,
  unknown
>;

function schemaOf(kind: string): Schema {
  const crd = byKind[kind];
  if (!crd) throw new Error(`no CRD for ${kind}`);
  return crd.spec.versions[0]?.schema.openAPIV3Schema as unknown as Schema;
}

function fieldsWithoutDescription(schema: Schema, path: string): string[] {
  const missing: string[] = [];
  for (const [name, child] of Object.entries(schema.properties ?? {})) {
    const childPath = `${path}.${name}`;
    // metadata is described by Kubernetes itself.
    if (name === 'metadata' && path === '') continue;
    if (!child.description) missing.push(childPath);
    missing.push(...fieldsWithoutDescription(child, childPath));
    if (child.items) missing.push(...fieldsWithoutDescription(child.items, `${childPath}[]`));
  }
  return missing;
}

describe('CRDs', () => {
  it('define the five kinds of ml.hpc.dev/v1alpha1 with their short names, all in category ml', () => {
    const names = crds.map((crd) => ({
      kind: crd.spec.names.kind,
      group: crd.spec.group,
      scope: crd.spec.scope,
      shortNames: crd.spec.names.shortNames,
      categories: crd.spec.names.categories,
      versions: crd.spec.versions.map((v) => v.name),
    }));
    expect(names).toEqual([
      {
        kind: 'Model',
        group: 'ml.hpc.dev',
        scope: 'Namespaced',
        shortNames: ['mdl'],
        categories: ['ml'],
        versions: ['v1alpha1'],
      },
      {
        kind: 'ModelVersion',
        group: 'ml.hpc.dev',
        scope: 'Namespaced',
        shortNames: ['mv'],
        categories: ['ml'],
        versions: ['v1alpha1'],
      },
      {
        kind: 'Prediction',
        group: 'ml.hpc.dev',
        scope: 'Namespaced',
        shortNames: ['pred'],
        categories: ['ml'],
        versions: ['v1alpha1'],
      },
      {
        kind: 'SlurmCluster',
        group: 'ml.hpc.dev',
        scope: 'Cluster',
        shortNames: ['slurm'],
        categories: ['ml'],
        versions: ['v1alpha1'],
      },
      {
        kind: 'Training',
        group: 'ml.hpc.dev',
        scope: 'Namespaced',
        shortNames: ['tr'],
        categories: ['ml'],
        versions: ['v1alpha1'],
      },
    ]);
  });

  it.each(['Training', 'Prediction', 'Model', 'SlurmCluster'])(
    '%s: every schema field has a description',
    (kind) => {
      expect(fieldsWithoutDescription(schemaOf(kind), '')).toEqual([]);
    },
  );

  it('Training and Prediction share the same schema for the blocks they have in common', () => {
    const training = schemaOf('Training').properties ?? {};
    const prediction = schemaOf('Prediction').properties ?? {};
    for (const field of ['parameters', 'cluster', 'resources', 'retry', 'suspend']) {
      expect(prediction.spec?.properties?.[field], `spec.${field}`).toEqual(
        training.spec?.properties?.[field],
      );
    }
    for (const field of [
      'message',
      'slurm',
      'submittedAt',
      'startedAt',
      'phaseHistory',
      'observedGeneration',
    ]) {
      expect(prediction.status?.properties?.[field], `status.${field}`).toEqual(
        training.status?.properties?.[field],
      );
    }
    expect(prediction.status?.properties?.phase?.enum).toEqual(training.status?.properties?.phase?.enum);
  });

  it('status.phaseHistory keeps as many entries as the operator appends', () => {
    for (const kind of ['Training', 'Prediction'])
      expect(schemaOf(kind).properties?.status?.properties?.phaseHistory?.maxItems, kind).toBe(
        PHASE_HISTORY_LIMIT,
      );
  });

  it('all four kinds describe conditions the same way (metav1.Condition)', () => {
    const conditionItems = ['Training', 'Prediction', 'Model', 'SlurmCluster'].map(
      (kind) => schemaOf(kind).properties?.status?.properties?.conditions?.items,
    );
    for (const items of conditionItems) expect(items).toEqual(conditionItems[0]);
  });

  it('ModelVersion prints MODEL, VERSION, TRAINING and AGE', () => {
    const version = byKind.ModelVersion?.spec.versions[0] as unknown as {
      additionalPrinterColumns: { name: string; priority?: number }[];
    };
    const visible = version.additionalPrinterColumns.filter((c) => !c.priority).map((c) => c.name);
    expect(visible).toEqual(['Model', 'Version', 'Training', 'Age']);
  });

  it('Training prints MODEL, PHASE, JOB, PROGRESS and AGE, with REASON at priority 1', () => {
    const columns = byKind.Training?.spec.versions[0] as unknown as {
      additionalPrinterColumns: { name: string; priority?: number }[];
    };
    const visible = columns.additionalPrinterColumns.filter((c) => !c.priority).map((c) => c.name);
    const wide = columns.additionalPrinterColumns.filter((c) => c.priority === 1).map((c) => c.name);
    expect(visible).toEqual(['Model', 'Phase', 'Job', 'Progress', 'Age']);
    expect(wide).toContain('Reason');
  });
});

describe('generated TypeScript types', () => {
  it('match the CRDs (run `npm run generate` after changing crds/)', async () => {
    expect(readFileSync(generatedTypesFile, 'utf8')).toBe(await renderApiTypes());
  });
});

describe('SlurmCluster spec.pollInterval', () => {
  const pattern = new RegExp(
    String(schemaOf('SlurmCluster').properties?.spec?.properties?.pollInterval?.pattern ?? 'no pattern'),
  );
  it.each([
    ['1s', true],
    ['5s', true],
    ['2m', true],
    ['1000ms', true],
    ['1500ms', true],
    ['0s', false],
    ['0m', false],
    ['999ms', false],
    ['0ms', false],
    ['00s', false],
  ])('%s is %s (at least one second: a shorter interval spins the poller)', (value, valid) => {
    expect(pattern.test(value)).toBe(valid);
  });
});
