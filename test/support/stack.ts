// Addresses and credentials of the real test stack, read from the .stack/*.env files that
// scripts/stack.sh writes. A missing component is an error, never a reason to skip.
import { existsSync, readFileSync } from 'node:fs';

const stackDir = new URL('../../.stack/', import.meta.url);

export type StackComponent =
  | 'kube'
  | 'mariadb'
  | 'slurm-2205'
  | 'slurm-2411'
  | 'slurm-2605'
  | 'postgres'
  | 'prometheus'
  | 'helm'
  | 'image'
  | 'node'
  | 'apptainer'
  | 'chromium';

export function stackEnv(component: StackComponent): Record<string, string> {
  const file = new URL(`${component}.env`, stackDir);
  if (!existsSync(file)) {
    throw new Error(
      `the ${component} test server is not running (${file.pathname} is missing); start it with: bash scripts/stack.sh up ${component}`,
    );
  }
  const env: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^([A-Z0-9_]+)=(.*)$/.exec(line);
    if (match?.[1]) env[match[1]] = match[2] ?? '';
  }
  return env;
}

export function required(env: Record<string, string>, name: string): string {
  const value = env[name];
  if (value === undefined) throw new Error(`the stack env file lacks ${name}`);
  return value;
}
