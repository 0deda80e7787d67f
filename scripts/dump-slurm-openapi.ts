// Dumps the OpenAPI documents of the test stack's real slurmrestd servers into src/slurm/openapi/.
// Run after changing the Slurm releases or plugins the stack serves, then `npm run generate`.
import { readFileSync, writeFileSync } from 'node:fs';
import { mintSlurmToken } from '../src/slurm/auth/jwt.ts';
import { required, stackEnv } from '../test/support/stack.ts';
import { openapiDir } from './slurm-openapi.ts';

for (const [component, release] of [
  ['slurm-2205', '22.05'],
  ['slurm-2411', '24.11'],
  ['slurm-2605', '26.05'],
] as const) {
  const env = stackEnv(component);
  const prefix = `SLURM_${component.slice(6)}`;
  const user = required(env, `${prefix}_USER`);
  const { token } = mintSlurmToken({
    key: readFileSync(required(env, `${prefix}_JWT_KEY`)),
    user,
    lifetimeSeconds: 60,
  });
  const response = await fetch(`${required(env, `${prefix}_URL`)}/openapi/v3`, {
    headers: { 'X-SLURM-USER-NAME': user, 'X-SLURM-USER-TOKEN': token },
  });
  if (!response.ok) throw new Error(`${component}: GET /openapi/v3 answered ${response.status}`);
  const file = new URL(`slurm-${release}.json`, openapiDir);
  writeFileSync(file, `${JSON.stringify(await response.json(), null, 2)}\n`);
  console.log(`wrote ${file.pathname}`);
}
