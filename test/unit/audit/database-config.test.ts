import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadDatabaseConfig } from '../../../src/audit/database.ts';

describe('audit database configuration', () => {
  it('is embedded PGlite in memory when nothing is configured', () => {
    expect(loadDatabaseConfig({})).toEqual({ kind: 'pglite', dataDir: undefined, target: 'pglite:memory' });
    expect(loadDatabaseConfig({ AUDIT_PGLITE_DIR: '/var/lib/audit' })).toMatchObject({
      kind: 'pglite',
      dataDir: '/var/lib/audit',
    });
  });

  it('takes DATABASE_URL, with pool defaults, over the old DB_* variables', () => {
    const config = loadDatabaseConfig({
      DATABASE_URL: 'postgres://audit:s3cret@db.example:5433/history?sslmode=require',
      DB_HOST: 'ignored',
    });
    expect(config).toMatchObject({
      kind: 'postgres',
      target: 'postgres://audit@db.example:5433/history',
      pool: { max: 10, connectTimeoutMs: 5000, idleTimeoutMs: 30_000, statementTimeoutMs: 30_000 },
    });
  });

  it('takes the old service variables', () => {
    const config = loadDatabaseConfig({
      DB_HOST: 'pg',
      DB_PORT: '6543',
      DB_NAME: 'jobs',
      DB_USER: 'flask',
      DB_PASSWORD: 'hunter2',
      DB_POOL_MAX: '3',
      DB_STATEMENT_TIMEOUT_MS: '1000',
    });
    expect(config).toMatchObject({
      kind: 'postgres',
      target: 'postgres://flask@pg:6543/jobs',
      connection: { host: 'pg', port: 6543, database: 'jobs', user: 'flask' },
      pool: { max: 3, statementTimeoutMs: 1000 },
    });
  });

  it('never prints a password', () => {
    for (const env of [
      { DATABASE_URL: 'postgres://audit:s3cret@db:5432/history' },
      { DB_HOST: 'db', DB_PASSWORD: 's3cret' },
    ]) {
      const config = loadDatabaseConfig(env);
      expect(JSON.stringify(config)).not.toContain('s3cret');
      expect(inspect(config, { depth: 10 })).not.toContain('s3cret');
      expect(`${config.target}`).not.toContain('s3cret');
    }
    expect(() => loadDatabaseConfig({ DATABASE_URL: 'not a url s3cret' })).toThrow(/^((?!s3cret).)*$/);
  });

  it.each([
    [{ DATABASE_URL: 'mysql://u:p@h/d' }, /postgres:\/\//],
    [{ DB_HOST: 'h', DB_PORT: 'abc' }, /DB_PORT/],
    [{ DB_POOL_MAX: '0' }, /DB_POOL_MAX/],
    [{ DB_CONNECT_TIMEOUT_MS: '-5' }, /DB_CONNECT_TIMEOUT_MS/],
  ])('refuses %j', (env, message) => {
    expect(() => loadDatabaseConfig(env)).toThrow(message);
  });
});
