// The plugin's version: the npm package's, read from its package.json (two folders up from both
// src/cli/ and dist/cli/).
import { readFileSync } from 'node:fs';

function packageVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version?: unknown;
    };
    return typeof manifest.version === 'string' ? manifest.version : 'unknown';
  } catch {
    return 'unknown';
  }
}

export const VERSION = packageVersion();
