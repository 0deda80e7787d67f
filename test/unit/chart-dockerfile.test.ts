// The Dockerfile, parsed: multi-stage, the build stage runs CI's build commands, the runtime stage
// holds production dependencies only and runs as the non-root user the chart expects.
// (This test reads the file; test/integration/container-run.test.ts builds and runs the image.)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

interface Instruction {
  keyword: string;
  args: string;
}
interface Stage {
  /** The FROM image with the global ARGs' defaults substituted. */
  base: string;
  /** The FROM image as written. */
  from: string;
  name: string | undefined;
  instructions: Instruction[];
}

/** Global ARGs (before the first FROM) with their defaults. */
const globalArgs = new Map<string, string>();

/** Dockerfile instructions (continuation lines joined, comments dropped), grouped by stage. */
function parseDockerfile(text: string): Stage[] {
  const logical: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (pending === '' && (line === '' || line.startsWith('#'))) continue;
    if (line.startsWith('#')) continue;
    if (line.endsWith('\\')) {
      pending += `${line.slice(0, -1).trim()} `;
      continue;
    }
    logical.push((pending + line).trim());
    pending = '';
  }
  if (pending) logical.push(pending.trim());
  const stages: Stage[] = [];
  for (const line of logical) {
    const match = /^(\S+)\s*(.*)$/.exec(line);
    if (!match?.[1]) continue;
    const keyword = match[1].toUpperCase();
    const args = match[2] ?? '';
    if (keyword === 'FROM') {
      const from = /^(?:--\S+\s+)*(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      const image = from?.[1] ?? args;
      const base = image.replace(/\$\{(\w+)\}|\$(\w+)/g, (_, braced, bare) => {
        const value = globalArgs.get(braced ?? bare);
        if (value === undefined) throw new Error(`FROM uses ${braced ?? bare}, which no global ARG declares`);
        return value;
      });
      stages.push({ base, from: image, name: from?.[2], instructions: [] });
    } else if (stages.length > 0) {
      stages.at(-1)?.instructions.push({ keyword, args });
    } else if (keyword === 'ARG') {
      const arg = /^(\w+)(?:=(\S*))?$/.exec(args);
      if (arg?.[1]) globalArgs.set(arg[1], arg[2] ?? '');
    } else {
      throw new Error(`${keyword} before the first FROM`);
    }
  }
  return stages;
}

const dockerfile = parseDockerfile(readFileSync(join(repoRoot, 'Dockerfile'), 'utf8'));
const build = dockerfile[0];
const runtime = dockerfile.at(-1);
const of = (stage: Stage | undefined, keyword: string) =>
  (stage?.instructions ?? []).filter((i) => i.keyword === keyword).map((i) => i.args);
/** Every shell command of the stage's RUN lines (split on &&). */
const commands = (stage: Stage | undefined) =>
  of(stage, 'RUN').flatMap((run) => run.split('&&').map((c) => c.trim().replace(/\s+/g, ' ')));
/** An npm command with its options removed: `npm ci --no-audit` -> `npm ci`. */
const npmCommand = (command: string) =>
  command
    .split(' ')
    .filter((word) => !word.startsWith('-'))
    .join(' ');

/** The build commands CI runs (scripts/ensure-node.sh installs with `npm ci`; tsc builds dist/). */
const CI_BUILD_COMMANDS = ['npm ci', 'npm run build'];

describe('Dockerfile', () => {
  it('is multi-stage on Node 24 (slim or distroless)', () => {
    expect(dockerfile.length).toBeGreaterThanOrEqual(2);
    for (const stage of dockerfile)
      expect(stage.base).toMatch(
        /^(node:24-bookworm-slim|gcr\.io\/distroless\/nodejs24-debian12)(@sha256:[a-f0-9]{64})?/,
      );
    expect(build?.base).toMatch(/^node:24-bookworm-slim/);
  });

  it('takes the base image of both stages from one ARG whose default is the public image', () => {
    // The test stack builds on a local equivalent (--build-arg BASE_IMAGE=..., scripts/stack/image.sh);
    // everyone else gets the public node:24-bookworm-slim.
    expect(globalArgs.get('BASE_IMAGE')).toMatch(/^node:24-bookworm-slim(@sha256:[a-f0-9]{64})?$/);
    for (const stage of dockerfile) expect(stage.from).toBe(`\${BASE_IMAGE}`);
  });

  it("builds with exactly CI's commands, in CI's order", () => {
    const npm = commands(build)
      .filter((c) => c.startsWith('npm '))
      .map(npmCommand);
    expect(npm).toEqual(CI_BUILD_COMMANDS);
  });

  it('CI installs with npm ci and `npm run build` is tsc -p tsconfig.build.json, then the console', () => {
    expect(readFileSync(join(repoRoot, 'scripts', 'ensure-node.sh'), 'utf8')).toMatch(/\bnpm ci\b/);
    const packageJson = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    expect(packageJson.scripts.build).toBe(
      'tsc -p tsconfig.build.json && vite build --config web/vite.config.ts',
    );
    // Vite builds from web/, so the build stage has it before `npm run build`.
    const copies = of(build, 'COPY');
    expect(copies).toContain('web ./web');
    const buildConfig = JSON.parse(readFileSync(join(repoRoot, 'tsconfig.build.json'), 'utf8'));
    expect(buildConfig.compilerOptions).toMatchObject({ outDir: 'dist', rootDir: 'src' });
  });

  it('installs production dependencies only in the runtime stage', () => {
    const installs = commands(runtime).filter((c) => /^npm (ci|install)\b/.test(c));
    expect(installs.length).toBe(1);
    expect(installs[0]).toMatch(/^npm ci\b.*--omit=dev/);
    // No compiler and no source in the image: dist/ comes from the build stage.
    expect(commands(runtime).some((c) => /npm run build|tsc\b/.test(c))).toBe(false);
  });

  it('copies dist/ from the build stage, and the templates and CRDs', () => {
    const copies = of(runtime, 'COPY');
    expect(copies).toContain(`--from=${build?.name} /src/dist ./dist`);
    expect(copies.some((c) => /^templates\s+\S*templates$/.test(c))).toBe(true);
    expect(copies.some((c) => /^crds\s+\S*crds$/.test(c))).toBe(true);
    // The built layout keeps templates/ next to dist/: dist/templates/index.js finds ../../templates.
    expect(readFileSync(join(repoRoot, 'src', 'templates', 'index.ts'), 'utf8')).toContain(
      "new URL('../../templates', import.meta.url)",
    );
  });

  it('runs node dist/main.js as a non-root user, the uid the chart expects', () => {
    const users = of(runtime, 'USER');
    expect(users.length).toBeGreaterThan(0);
    const user = users.at(-1) ?? '';
    const uid = user.split(':')[0] ?? '';
    // Numeric, so that the kubelet can verify runAsNonRoot.
    expect(uid).toMatch(/^[0-9]+$/);
    expect(Number(uid)).toBeGreaterThan(0);
    const values = yaml.load(
      readFileSync(join(repoRoot, 'charts', 'slurm-ml-operator', 'values.yaml'), 'utf8'),
    ) as { securityContext: { runAsUser: number }; podSecurityContext: { runAsUser: number } };
    expect(values.securityContext.runAsUser).toBe(Number(uid));
    expect(values.podSecurityContext.runAsUser).toBe(Number(uid));
    expect(of(runtime, 'ENTRYPOINT')).toEqual(['["node", "dist/main.js"]']);
  });

  it('copies only files that exist and that .dockerignore lets into the build context', () => {
    const allowed = readFileSync(join(repoRoot, '.dockerignore'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('!'))
      .map((line) => line.slice(1).trim());
    for (const stage of dockerfile) {
      for (const copy of of(stage, 'COPY')) {
        if (copy.startsWith('--from=')) continue;
        const sources = copy
          .split(/\s+/)
          .filter((word) => !word.startsWith('--'))
          .slice(0, -1);
        for (const source of sources) {
          expect(existsSync(join(repoRoot, source)), `${source} exists`).toBe(true);
          expect(allowed, `.dockerignore allows ${source}`).toContain(source.replace(/\/$/, ''));
        }
      }
    }
  });
});
