// `npm run generate`: every generated file, from its single source.
import { writeFileSync } from 'node:fs';
import { generatedTypesFile, renderApiTypes } from './api-types.ts';
import { generatedDir, renderSlurmTypes, slurmDocuments } from './slurm-openapi.ts';

writeFileSync(generatedTypesFile, await renderApiTypes());
console.log(`wrote ${generatedTypesFile}`);
for (const { document, types } of slurmDocuments()) {
  const file = new URL(types, generatedDir);
  writeFileSync(file, await renderSlurmTypes(document));
  console.log(`wrote ${file.pathname}`);
}
