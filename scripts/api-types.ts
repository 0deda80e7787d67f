// Renders src/api/generated/crds.ts from the CRDs in crds/, the single source of the resource
// schemas. The spec and status of each kind become named types through openapi-typescript.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import openapiTS, { astToString, type SchemaObject } from 'openapi-typescript';

export const crdDir = new URL('../crds/', import.meta.url).pathname;
export const generatedTypesFile = new URL('../src/api/generated/crds.ts', import.meta.url).pathname;

interface CrdDocument {
  spec: {
    group: string;
    scope: 'Namespaced' | 'Cluster';
    names: { kind: string; plural: string; singular: string; shortNames?: string[]; categories?: string[] };
    versions: { name: string; schema: { openAPIV3Schema: { properties: Record<string, SchemaObject> } } }[];
  };
}

export function loadCrds(dir = crdDir): CrdDocument[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => yaml.load(readFileSync(join(dir, file), 'utf8')) as CrdDocument);
}

export async function renderApiTypes(crds = loadCrds()): Promise<string> {
  const schemas: Record<string, SchemaObject> = {};
  const kinds = [];
  for (const crd of crds) {
    const { kind, plural, singular, shortNames = [] } = crd.spec.names;
    for (const version of crd.spec.versions) {
      const { spec, status } = version.schema.openAPIV3Schema.properties;
      if (spec) schemas[`${kind}Spec`] = spec;
      if (status) schemas[`${kind}Status`] = status;
      kinds.push({
        kind,
        group: crd.spec.group,
        version: version.name,
        plural,
        singular,
        shortNames,
        namespaced: crd.spec.scope === 'Namespaced',
      });
    }
  }
  const ast = await openapiTS(
    {
      openapi: '3.0.3',
      info: { title: 'ml.hpc.dev', version: 'v1alpha1' },
      paths: {},
      components: { schemas },
    },
    { rootTypes: true, rootTypesNoSchemaPrefix: true, alphabetize: true, defaultNonNullable: false },
  );
  return [
    '// Generated from crds/*.yaml by `npm run generate`. Do not edit by hand.',
    astToString(ast).trimEnd(),
    '',
    `export const resourceKinds = ${JSON.stringify(kinds, null, 2)} as const;`,
    '',
  ].join('\n');
}
