import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedDir, renderSlurmTypes, slurmDocuments } from '../../../scripts/slurm-openapi.ts';

describe('Slurm OpenAPI types', () => {
  it('has one committed document per tested Slurm release', () => {
    expect(slurmDocuments().map((d) => d.document)).toEqual([
      'slurm-22.05.json',
      'slurm-24.11.json',
      'slurm-26.05.json',
    ]);
  });

  it.each(slurmDocuments())(
    '$types matches a fresh rendering of $document (run `npm run generate`)',
    async ({ document, types }) => {
      expect(readFileSync(new URL(types, generatedDir), 'utf8')).toBe(await renderSlurmTypes(document));
    },
  );
});
