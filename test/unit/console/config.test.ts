// CONSOLE_ENABLED and CONSOLE_DIR: off by default, and the default directory is the package's
// dist/ui, found from the module (the same folder from src/console/ and from dist/console/).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { DEFAULT_CONSOLE_DIR } from '../../../src/console/default-dir.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

describe('console configuration', () => {
  it('is off by default, serving dist/ui of the package', () => {
    const config = loadConfig({});
    expect(config.consoleEnabled).toBe(false);
    expect(config.consoleDir).toBe(DEFAULT_CONSOLE_DIR);
    expect(join(DEFAULT_CONSOLE_DIR)).toBe(join(repoRoot, 'dist', 'ui', '/'));
  });

  it('resolves to the same folder from the built module in dist/console/', () => {
    const fromDist = fileURLToPath(
      new URL('../../dist/ui/', new URL('dist/console/default-dir.js', `file://${repoRoot}`)),
    );
    expect(fromDist).toBe(DEFAULT_CONSOLE_DIR);
  });

  it.each([
    ['true', true],
    ['1', true],
    ['false', false],
    ['', false],
  ])('CONSOLE_ENABLED=%s', (value, enabled) => {
    expect(loadConfig({ CONSOLE_ENABLED: value }).consoleEnabled).toBe(enabled);
  });

  it('refuses a CONSOLE_ENABLED that is not a boolean, and a relative CONSOLE_DIR', () => {
    expect(() => loadConfig({ CONSOLE_ENABLED: 'on' })).toThrow(/CONSOLE_ENABLED must be true or false/);
    expect(() => loadConfig({ CONSOLE_DIR: 'dist/ui' })).toThrow(/CONSOLE_DIR must be an absolute path/);
    expect(loadConfig({ CONSOLE_DIR: '/srv/console' }).consoleDir).toBe('/srv/console');
  });
});
