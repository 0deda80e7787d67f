import { writeFileSync } from 'node:fs';
import { generatedTypesFile, renderApiTypes } from './api-types.ts';

writeFileSync(generatedTypesFile, await renderApiTypes());
console.log(`wrote ${generatedTypesFile}`);
