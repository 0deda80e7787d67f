// The chart ships the CRDs in its crds/ folder (Helm installs them before the templates); they
// must be byte-for-byte the repository's crds/, the single source of the resource schemas.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const sourceDir = join(repoRoot, 'crds');
const chartCrdDir = join(repoRoot, 'charts', 'slurm-ml-operator', 'crds');
const yamlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();

describe('chart CRDs', () => {
  it('are the same files as crds/', () => {
    expect(yamlFiles(chartCrdDir)).toEqual(yamlFiles(sourceDir));
  });

  it.each(yamlFiles(sourceDir))(
    '%s is a byte-for-byte copy (fix: cp crds/*.yaml charts/slurm-ml-operator/crds/)',
    (file) => {
      const source = readFileSync(join(sourceDir, file));
      const copy = readFileSync(join(chartCrdDir, file));
      expect(copy.equals(source), `charts/slurm-ml-operator/crds/${file} differs from crds/${file}`).toBe(
        true,
      );
    },
  );
});
