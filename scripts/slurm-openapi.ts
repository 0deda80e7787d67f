// The slurmrestd OpenAPI documents and the TypeScript types generated from them.
// The documents are dumped from real slurmrestd servers (scripts/dump-slurm-openapi.ts) and
// committed; the types are rendered from the committed documents by openapi-typescript.
import { readdirSync, readFileSync } from 'node:fs';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

export const openapiDir = new URL('../src/slurm/openapi/', import.meta.url);
export const generatedDir = new URL('../src/slurm/generated/', import.meta.url);

/** slurm-24.11.json -> slurm-24.11.ts */
export function slurmDocuments(): { document: string; types: string }[] {
  return readdirSync(openapiDir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({ document: file, types: file.replace(/\.json$/, '.ts') }));
}

export async function renderSlurmTypes(documentFile: string): Promise<string> {
  const document = JSON.parse(readFileSync(new URL(documentFile, openapiDir), 'utf8')) as OpenAPI3;
  const ast = await openapiTS(document, { alphabetize: true, defaultNonNullable: false });
  return `// Generated from src/slurm/openapi/${documentFile} by \`npm run generate\`. Do not edit by hand.\n${astToString(ast)}`;
}
