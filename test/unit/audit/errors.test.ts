// Which audit store failures are transient (retried with the normal backoff) and which permanent
// (the slowest backoff, readiness fails, logged at error level): a table of real error shapes.
import { describe, expect, it } from 'vitest';
import { classifyAuditError, describeAuditError, sqlStateOf } from '../../../src/audit/errors.ts';
import { SchemaIncompatibleError } from '../../../src/audit/migrations/compatibility.ts';
import { MigrationError } from '../../../src/audit/migrations/index.ts';

/** What pg and PGlite throw for a server answer: a message and the SQLSTATE in `code`. */
const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });
const nodeError = (code: string, message = `connect ${code} 127.0.0.1:5432`) =>
  Object.assign(new Error(message), { code });

const refusal = new SchemaIncompatibleError({
  action: 'refuse',
  database: '0006-next',
  build: '0004-retention',
  unknown: ['0005-later', '0006-next'],
  oldestCompatible: '0005-later',
  missing: [],
});

const CASES: [string, unknown, 'transient' | 'permanent'][] = [
  ['connection refused', nodeError('ECONNREFUSED'), 'transient'],
  [
    'the store directory not writable',
    nodeError('EACCES', "EACCES: permission denied, mkdir '/var/lib/slurm-ml-operator/audit'"),
    'permanent',
  ],
  ['the store on a read-only mount', nodeError('EROFS', 'EROFS: read-only file system'), 'permanent'],
  ['the store volume full', nodeError('ENOSPC', 'ENOSPC: no space left on device'), 'permanent'],
  ['connection reset', nodeError('ECONNRESET', 'read ECONNRESET'), 'transient'],
  ['connect timeout', nodeError('ETIMEDOUT'), 'transient'],
  ['DNS name not found', nodeError('ENOTFOUND', 'getaddrinfo ENOTFOUND db'), 'transient'],
  ['DNS try again', nodeError('EAI_AGAIN', 'getaddrinfo EAI_AGAIN db'), 'transient'],
  ['broken pipe', nodeError('EPIPE', 'write EPIPE'), 'transient'],
  [
    'happy eyeballs: every address refused',
    Object.assign(new AggregateError([nodeError('ECONNREFUSED'), nodeError('ECONNREFUSED')]), {}),
    'transient',
  ],
  ['pool: no connection in time', new Error('timeout exceeded when trying to connect'), 'transient'],
  ['pg: server closed the connection', new Error('Connection terminated unexpectedly'), 'transient'],
  ['pg: connection timeout', new Error('Connection terminated due to connection timeout'), 'transient'],
  ['pg: query_timeout', new Error('Query read timeout'), 'transient'],
  [
    'pg: broken client',
    new Error('Client has encountered a connection error and is not queryable'),
    'transient',
  ],
  ['PGlite closing at shutdown', new Error('PGlite is closing'), 'transient'],
  ['Kysely after destroy', new Error('driver has already been destroyed'), 'transient'],
  ['08006 connection failure', pgError('08006', 'connection failure'), 'transient'],
  ['08P01 protocol violation (class 08)', pgError('08P01', 'protocol violation'), 'transient'],
  [
    '57P01 admin shutdown',
    pgError('57P01', 'terminating connection due to administrator command'),
    'transient',
  ],
  ['57P02 crash shutdown', pgError('57P02', 'terminating connection because of crash'), 'transient'],
  ['57P03 starting up', pgError('57P03', 'the database system is starting up'), 'transient'],
  ['57014 statement timeout', pgError('57014', 'canceling statement due to statement timeout'), 'transient'],
  ['53300 too many connections', pgError('53300', 'sorry, too many clients already'), 'transient'],
  ['53100 disk full', pgError('53100', 'could not extend file: No space left on device'), 'transient'],
  ['40001 serialization failure', pgError('40001', 'could not serialize access'), 'transient'],
  ['40P01 deadlock', pgError('40P01', 'deadlock detected'), 'transient'],
  ['55P03 lock timeout', pgError('55P03', 'canceling statement due to lock timeout'), 'transient'],
  [
    '25006 a standby during failover',
    pgError('25006', 'cannot execute INSERT in a read-only transaction'),
    'transient',
  ],
  ['42501 privilege revoked', pgError('42501', 'permission denied for table transitions'), 'permanent'],
  ['42703 undefined column', pgError('42703', 'column "seq" does not exist'), 'permanent'],
  ['42P01 undefined table', pgError('42P01', 'relation "transitions" does not exist'), 'permanent'],
  ['42883 undefined function', pgError('42883', 'function gen_random_uuid() does not exist'), 'permanent'],
  ['23502 not null violation', pgError('23502', 'null value in column "name"'), 'permanent'],
  ['22P02 invalid input', pgError('22P02', 'invalid input syntax for type uuid'), 'permanent'],
  ['28P01 wrong password', pgError('28P01', 'password authentication failed for user "audit"'), 'permanent'],
  ['3D000 no such database', pgError('3D000', 'database "history" does not exist'), 'permanent'],
  ['XX000 internal error', pgError('XX000', 'unexpected chunk number'), 'permanent'],
  ['a schema this build cannot use', refusal, 'permanent'],
  [
    'a migration failed on a revoked privilege (the cause decides)',
    new MigrationError(pgError('42501', 'permission denied for schema public'), []),
    'permanent',
  ],
  [
    'a migration failed because the server went away',
    new MigrationError(nodeError('ECONNREFUSED'), []),
    'transient',
  ],
  ['unrecognised, without a code: retried as before', new Error('something odd'), 'transient'],
  ['not even an Error', 'a string', 'transient'],
];

describe('classifyAuditError', () => {
  it.each(CASES)('%s', (_, error, expected) => {
    expect(classifyAuditError(error)).toBe(expected);
  });

  it('does not take a network code for a SQLSTATE (EPIPE has five capitals too)', () => {
    expect(sqlStateOf(nodeError('EPIPE'))).toBeUndefined();
    expect(sqlStateOf(pgError('42501', 'x'))).toBe('42501');
  });
});

describe('describeAuditError', () => {
  it('gives the database message and its SQLSTATE', () => {
    expect(describeAuditError(pgError('42501', 'permission denied for table transitions'))).toBe(
      'permission denied for table transitions (42501)',
    );
    expect(describeAuditError(new MigrationError(pgError('42703', 'column "uid" does not exist'), []))).toBe(
      'column "uid" does not exist (42703)',
    );
  });

  it('gives the message of anything else', () => {
    expect(describeAuditError(refusal)).toContain('0006-next');
    expect(describeAuditError(nodeError('ECONNREFUSED'))).toBe('connect ECONNREFUSED 127.0.0.1:5432');
  });
});
