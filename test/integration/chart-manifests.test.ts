// manifests/ is the chart rendered with its defaults, and the chart's CRDs are crds/: render again
// with the real helm and compare. Fix a failure with: node scripts/render-manifests.ts
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  helmBinary,
  manifestsDir,
  renderManifests,
  repoRoot,
  staleChartCrds,
  staleManifests,
  yamlDocuments,
} from '../../scripts/render-manifests.ts';
import { runDocumented } from '../support/documented-commands.ts';

describe('manifests/', () => {
  beforeAll(() => {
    helmBinary();
  }, 30 * 60_000);

  it('is up to date with the chart (run: node scripts/render-manifests.ts)', () => {
    expect(staleChartCrds()).toEqual([]);
    expect(staleManifests()).toEqual([]);
  });

  it('holds the namespace, then the five CRDs exactly as in crds/, then the operator', () => {
    const rendered = renderManifests();
    expect(Object.keys(rendered)).toEqual(['00-namespace.yaml', '01-crds.yaml', '02-operator.yaml']);
    const docs = (file: string) =>
      yamlDocuments(readFileSync(join(manifestsDir, file), 'utf8')).map(
        (doc) => yaml.load(doc) as { kind: string; metadata: { name: string; namespace?: string } },
      );
    expect(docs('00-namespace.yaml').map((d) => d.kind)).toEqual(['Namespace']);
    const crds = docs('01-crds.yaml');
    for (const crd of crds) {
      const file = join(repoRoot, 'crds', `ml.hpc.dev_${crd.metadata.name.split('.')[0]}.yaml`);
      expect(crd).toEqual(yaml.load(readFileSync(file, 'utf8')));
    }
    expect(crds.length).toBe(5);
    const operator = docs('02-operator.yaml');
    expect(operator.map((d) => d.kind)).toContain('Deployment');
    for (const doc of operator) {
      if (doc.kind.startsWith('Cluster')) continue;
      // The leader-election Role and binding live with the cluster-wide Lease.
      const leaseRbac = doc.metadata.name.endsWith('-leader-election');
      expect(doc.metadata.namespace).toBe(leaseRbac ? 'kube-system' : 'slurm-ml-system');
    }
  });

  it('is regenerated and checked by the documented commands (a no-op on an up-to-date tree)', () => {
    const [render, check] = runDocumented('Regenerating manifests/', {});
    expect(render?.status).toBe(0);
    expect(check?.status).toBe(0);
    expect(staleManifests()).toEqual([]);
  });
});
