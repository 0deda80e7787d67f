// The command line of `kubectl ml`: commands, resource kinds and short names, flags before and
// after the command, and the usage errors (exit 2) for what is wrong.
import { describe, expect, it } from 'vitest';
import { parseCommandLine, parseResource } from '../../../src/cli/args.ts';
import { UsageError } from '../../../src/cli/errors.ts';

const noConnection = {
  server: undefined,
  token: undefined,
  kubeconfig: undefined,
  context: undefined,
  namespace: undefined,
  certificateAuthority: undefined,
  insecureSkipTlsVerify: false,
};

describe('resource kinds', () => {
  it.each([
    ['training/x', 'trainings'],
    ['trainings/x', 'trainings'],
    ['tr/x', 'trainings'],
    ['Training/x', 'trainings'],
    ['trainings.ml.hpc.dev/x', 'trainings'],
    ['prediction/x', 'predictions'],
    ['predictions/x', 'predictions'],
    ['pred/x', 'predictions'],
  ])('%s is %s', (word, plural) => {
    expect(parseResource([word], 'logs')).toEqual({ plural, name: 'x' });
  });

  it('takes KIND NAME as two words too', () => {
    expect(parseResource(['tr', 'demo-1.a'], 'logs')).toEqual({ plural: 'trainings', name: 'demo-1.a' });
  });

  it.each([
    [[], /a resource is required/],
    [['pod/x'], /unknown resource kind "pod"/],
    [['model/x'], /unknown resource kind "model"/],
    [['training'], /a name is required/],
    [['training/'], /a name is required/],
    [['training/Bad_Name'], /not a valid resource name/],
    [['training/a/b'], /not a valid resource name/],
    [['training/x', 'y'], /unexpected argument "y"/],
    [['training', 'x', 'y'], /unexpected argument "y"/],
  ])('refuses %j', (words, message) => {
    expect(() => parseResource(words, 'logs')).toThrow(message);
  });
});

describe('logs', () => {
  it('has defaults', () => {
    expect(parseCommandLine(['logs', 'tr/demo'])).toEqual({
      command: 'logs',
      resource: { plural: 'trainings', name: 'demo' },
      connection: noConnection,
      follow: false,
      previous: false,
    });
  });

  it('reads every flag, short and long, before and after the command', () => {
    expect(
      parseCommandLine([
        '-n',
        'team-a',
        'logs',
        'pred/nightly',
        '-f',
        '--tail',
        '20',
        '--attempt=2',
        '--limit-bytes',
        '4096',
        '--server',
        'https://op:8080',
        '--token=abc',
        '--kubeconfig',
        'kc.yaml',
        '--context',
        'prod',
        '--certificate-authority',
        'ca.pem',
      ]),
    ).toEqual({
      command: 'logs',
      resource: { plural: 'predictions', name: 'nightly' },
      connection: {
        server: 'https://op:8080',
        token: 'abc',
        kubeconfig: 'kc.yaml',
        context: 'prod',
        namespace: 'team-a',
        certificateAuthority: 'ca.pem',
        insecureSkipTlsVerify: false,
      },
      follow: true,
      previous: false,
      tail: 20,
      attempt: 2,
      limitBytes: 4096,
    });
  });

  it('reads --tail=-1 as the whole log, and --follow, --previous, --namespace long', () => {
    const command = parseCommandLine([
      'logs',
      'training',
      'x',
      '--tail=-1',
      '--follow',
      '--previous',
      '--namespace=b',
    ]);
    expect(command).toMatchObject({ follow: true, previous: true, connection: { namespace: 'b' } });
    expect(command).not.toHaveProperty('tail');
  });

  it.each([
    [['logs', 'tr/x', '--bogus'], /unknown flag: --bogus/],
    [['logs', 'tr/x', '-x'], /unknown flag: -x/],
    [['logs', 'tr/x', '--metric', 'loss'], /unknown flag --metric for "logs"/],
    [['logs', 'tr/x', '-o', 'json'], /unknown flag -o for "logs"/],
    [['logs', 'tr/x', '--tail', 'ten'], /--tail must be an integer/],
    [['logs', 'tr/x', '--tail=-2'], /--tail must be an integer of at least -1/],
    [['logs', 'tr/x', '--attempt', '0'], /--attempt must be an integer of at least 1/],
    [['logs', 'tr/x', '-p', '--attempt', '2'], /--previous and --attempt both choose the attempt/],
    [['logs', 'tr/x', '--attempt', '1.5'], /--attempt must be an integer/],
    [['logs', 'tr/x', '--limit-bytes', '0'], /--limit-bytes must be an integer of at least 1/],
    [['logs', 'tr/x', '--tail'], /argument missing/],
    [['logs', 'tr/x', '-f=yes'], /unknown flag/],
    [['logs', 'tr/x', '-n', 'Team_A'], /not a valid namespace/],
    [
      ['logs', 'tr/x', '--certificate-authority', 'ca.pem', '--insecure-skip-tls-verify'],
      /exclude each other/,
    ],
    [['logs'], /a resource is required/],
  ])('refuses %j', (argv, message) => {
    let thrown: unknown;
    try {
      parseCommandLine(argv);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as UsageError).message).toMatch(message);
    expect((thrown as UsageError).command).toBe('logs');
  });
});

describe('metrics', () => {
  it('has defaults: 60x12, a table', () => {
    expect(parseCommandLine(['metrics', 'training/demo'])).toEqual({
      command: 'metrics',
      resource: { plural: 'trainings', name: 'demo' },
      connection: noConnection,
      width: 60,
      height: 12,
      output: 'table',
    });
  });

  it('reads its flags', () => {
    expect(
      parseCommandLine([
        'metrics',
        'prediction/p',
        '--metric',
        'accuracy',
        '--attempt',
        '3',
        '--width=80',
        '--height',
        '20',
        '-o',
        'json',
        '--insecure-skip-tls-verify',
      ]),
    ).toMatchObject({
      resource: { plural: 'predictions', name: 'p' },
      metric: 'accuracy',
      attempt: 3,
      width: 80,
      height: 20,
      output: 'json',
      connection: { insecureSkipTlsVerify: true },
    });
  });

  it.each([
    [['metrics', 'tr/x', '-f'], /unknown flag -f for "metrics"/],
    [['metrics', 'tr/x', '--tail', '3'], /unknown flag --tail for "metrics"/],
    [['metrics', 'tr/x', '-o', 'yaml'], /--output must be json/],
    [['metrics', 'tr/x', '--width', '19'], /--width must be an integer of at least 20/],
    [['metrics', 'tr/x', '--height', '4'], /--height must be an integer of at least 5/],
    [['metrics', 'tr/x', '--metric='], /--metric needs a metric name/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCommandLine(argv)).toThrow(message);
  });
});

describe('help and version', () => {
  it.each([
    [['--help'], { command: 'help' }],
    [['-h'], { command: 'help' }],
    [['help'], { command: 'help' }],
    [['help', 'logs'], { command: 'help', topic: 'logs' }],
    [['logs', '--help'], { command: 'help', topic: 'logs' }],
    [['logs', '-h'], { command: 'help', topic: 'logs' }],
    [['metrics', '--help'], { command: 'help', topic: 'metrics' }],
    [['metrics', 'tr/x', '--help'], { command: 'help', topic: 'metrics' }],
    [['version'], { command: 'version' }],
  ])('%j', (argv, command) => {
    expect(parseCommandLine(argv)).toEqual(command);
  });

  it.each([
    [[], /a command is required/],
    [['get', 'tr/x'], /unknown command "get"/],
    [['version', 'now'], /unexpected argument "now"/],
    [['version', '-n', 'x'], /unknown flag -n for "version"/],
    [['help', 'get'], /no help for "get"/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseCommandLine(argv)).toThrow(message);
  });
});
