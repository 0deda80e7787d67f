// The pass-through's allow and deny table: which method, path and query reach the API server, and
// what is sent. Raw URLs as a client may send them (`..`, escapes), not as URL parsing cleans them.
import { describe, expect, it } from 'vitest';
import { decidePassThrough, KUBE_PREFIX } from '../../../src/console/kube-paths.ts';

const ML = '/apis/ml.hpc.dev/v1alpha1';
const decide = (method: string, path: string) => decidePassThrough(method, `${KUBE_PREFIX}${path}`);

describe('paths the console passes', () => {
  it.each([
    ['GET', `${ML}/trainings`],
    ['GET', `${ML}/predictions`],
    ['GET', `${ML}/models`],
    ['GET', `${ML}/modelversions`],
    ['GET', `${ML}/namespaces/team-a/trainings`],
    ['GET', `${ML}/namespaces/team-a/predictions`],
    ['GET', `${ML}/namespaces/team-a/models`],
    ['GET', `${ML}/namespaces/team-a/modelversions`],
    ['GET', `${ML}/namespaces/team-a/trainings/resnet-1`],
    ['GET', `${ML}/namespaces/team-a/predictions/p.1`],
    ['GET', `${ML}/namespaces/team-a/models/resnet`],
    ['GET', `${ML}/namespaces/team-a/modelversions/resnet-v3`],
    ['GET', `${ML}/slurmclusters`],
    ['GET', `${ML}/slurmclusters/default`],
    ['GET', `${ML}/trainings/resnet-1`], // as the contract has it; the API server answers 404
    ['POST', `${ML}/namespaces/team-a/trainings`],
    ['POST', `${ML}/namespaces/team-a/predictions`],
    ['GET', '/api/v1/namespaces'],
    ['POST', '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews'],
  ])('%s %s', (method, path) => {
    expect(decide(method, path)).toEqual({ allowed: true, method, watch: false, path });
  });
});

describe('requests the console refuses before they leave the operator', () => {
  it.each([
    // Other resources, groups and versions.
    ['GET', '/api/v1/secrets', 403],
    ['GET', '/api/v1/namespaces/team-a/secrets', 403],
    ['GET', '/api/v1/namespaces/team-a/secrets/token', 403],
    ['GET', '/api/v1/namespaces/team-a/pods', 403],
    ['GET', '/api/v1/namespaces/team-a/pods/x/log', 403],
    ['GET', '/api/v1/namespaces/team-a', 403],
    ['GET', '/api/v1/nodes', 403],
    ['GET', '/apis/apps/v1/deployments', 403],
    ['GET', '/apis/ml.hpc.dev/v1beta1/trainings', 403],
    ['GET', '/apis/rbac.authorization.k8s.io/v1/clusterroles', 403],
    ['POST', '/apis/authorization.k8s.io/v1/subjectaccessreviews', 403],
    ['POST', '/apis/authentication.k8s.io/v1/tokenreviews', 403],
    ['GET', '/apis', 403],
    ['GET', '/version', 403],
    ['GET', `${ML}/namespaces`, 403],
    ['GET', `${ML}/namespaces/team-a`, 403],
    ['GET', `${ML}/namespaces/team-a/slurmclusters`, 403],
    // Subresources: status is the operator's, and nothing else is needed.
    ['GET', `${ML}/namespaces/team-a/trainings/resnet-1/status`, 403],
    ['GET', `${ML}/namespaces/team-a/trainings/resnet-1/log`, 403],
    // Names that are not Kubernetes names.
    ['GET', `${ML}/namespaces/Team_A/trainings`, 403],
    ['GET', `${ML}/namespaces/team-a/trainings/UPPER`, 403],
    // Traversal and escapes: rejected as written, whatever they would resolve to.
    ['GET', `${ML}/../../api/v1/secrets`, 400],
    ['GET', `${ML}/namespaces/team-a/trainings/../../../../../api/v1/secrets`, 400],
    ['GET', `${ML}/./trainings`, 400],
    ['GET', `${ML}/namespaces/team-a%2Ftrainings`, 400],
    ['GET', `${ML}/namespaces/team-a/trainings%2F..%2F..%2Fsecrets`, 400],
    ['GET', `${ML}/namespaces/team-a/trainings/%2e%2e`, 400],
    ['GET', `${ML}/namespaces/team-a/trainings\\..\\secrets`, 400],
    ['GET', `${ML}//trainings`, 400],
    ['GET', `${ML}/trainings/`, 400],
    // Methods: writes only where the console creates, and only POST.
    ['POST', `${ML}/namespaces/team-a/models`, 405],
    ['POST', `${ML}/namespaces/team-a/modelversions`, 405],
    ['POST', `${ML}/namespaces/team-a/trainings/resnet-1`, 405],
    ['POST', `${ML}/slurmclusters`, 405],
    ['POST', '/api/v1/namespaces', 405],
    ['GET', '/apis/authorization.k8s.io/v1/selfsubjectaccessreviews', 405],
    ['PUT', `${ML}/namespaces/team-a/trainings/resnet-1`, 405],
    ['PATCH', `${ML}/namespaces/team-a/trainings/resnet-1`, 405],
    ['DELETE', `${ML}/namespaces/team-a/trainings/resnet-1`, 405],
    ['DELETE', `${ML}/namespaces/team-a/trainings`, 405],
    ['HEAD', `${ML}/trainings`, 405],
  ])('%s %s: %i', (method, path, status) => {
    const decision = decide(method, path);
    expect(decision).toMatchObject({ allowed: false, status });
  });

  it('refuses a URL outside the prefix, or the prefix alone', () => {
    expect(decidePassThrough('GET', '/api/v1/namespaces')).toMatchObject({ allowed: false, status: 400 });
    expect(decidePassThrough('GET', KUBE_PREFIX)).toMatchObject({ allowed: false, status: 400 });
    expect(decidePassThrough('GET', `https://evil.example${KUBE_PREFIX}/api/v1/namespaces`)).toMatchObject({
      allowed: false,
      status: 400,
    });
  });

  it('says which path it refused and what it passes', () => {
    const decision = decide('GET', '/api/v1/namespaces/team-a/secrets');
    expect(decision.allowed === false && decision.message).toMatch(
      /does not pass \/api\/v1\/namespaces\/team-a\/secrets .*ml\.hpc\.dev/,
    );
  });
});

describe('query parameters', () => {
  const list = `${ML}/namespaces/team-a/trainings`;

  it('passes every allowed parameter, encoded again', () => {
    const decision = decide(
      'GET',
      `${list}?labelSelector=app%3Dx,tier!%3Dy&fieldSelector=metadata.name%3Dr&resourceVersion=12&limit=50&continue=abc`,
    );
    expect(decision).toEqual({
      allowed: true,
      method: 'GET',
      watch: false,
      path: `${list}?labelSelector=app%3Dx%2Ctier%21%3Dy&fieldSelector=metadata.name%3Dr&resourceVersion=12&limit=50&continue=abc`,
    });
  });

  it('passes dryRun and fieldValidation on a create', () => {
    expect(decide('POST', `${list}?dryRun=All&fieldValidation=Strict`)).toMatchObject({
      allowed: true,
      path: `${list}?dryRun=All&fieldValidation=Strict`,
    });
  });

  it.each([
    ['a parameter outside the allowlist', `${list}?pretty=true`, /"pretty" is not passed/],
    ['impersonation in the query', `${list}?as=system:admin`, /"as" is not passed/],
    ['resourceVersionMatch', `${list}?resourceVersionMatch=NotOlderThan`, /not passed/],
    ['a parameter given twice', `${list}?limit=1&limit=2`, /"limit" may be given once/],
    ['a limit that is not a number', `${list}?limit=-1`, /whole number/],
    ['a timeout that is not a number', `${list}?watch=true&timeoutSeconds=1e9`, /whole number/],
    ['watch other than a boolean', `${list}?watch=yes`, /true or false/],
    ['dryRun other than All', `${list}?dryRun=None`, /must be All/],
    ['an unknown fieldValidation', `${list}?fieldValidation=Loose`, /Strict, Warn or Ignore/],
    ['a watch of one object by name', `${list}/resnet-1?watch=true`, /collection/],
  ])('refuses %s', (_, path, message) => {
    const decision = decide('GET', path);
    expect(decision).toMatchObject({ allowed: false, status: 400 });
    expect(decision.allowed === false && decision.message).toMatch(message);
  });

  it('refuses a watch on a create', () => {
    expect(decide('POST', `${list}?watch=true`)).toMatchObject({ allowed: false, status: 400 });
  });
});

describe('watches', () => {
  const list = `${ML}/namespaces/team-a/trainings`;
  it.each([
    ['no timeout', 'watch=true', 'watch=true&timeoutSeconds=300'],
    ['watch=1', 'watch=1', 'watch=1&timeoutSeconds=300'],
    ['a shorter timeout', 'watch=true&timeoutSeconds=60', 'watch=true&timeoutSeconds=60'],
    ['exactly the longest', 'watch=true&timeoutSeconds=300', 'watch=true&timeoutSeconds=300'],
    ['a longer timeout', 'watch=true&timeoutSeconds=3600', 'watch=true&timeoutSeconds=300'],
    ['timeout 0 (the API server default)', 'timeoutSeconds=0&watch=true', 'timeoutSeconds=300&watch=true'],
    [
      'a resumed watch with bookmarks',
      'watch=true&resourceVersion=42&allowWatchBookmarks=true',
      'watch=true&resourceVersion=42&allowWatchBookmarks=true&timeoutSeconds=300',
    ],
  ])('%s: timeoutSeconds at most 300', (_, query, forwarded) => {
    expect(decide('GET', `${list}?${query}`)).toEqual({
      allowed: true,
      method: 'GET',
      watch: true,
      path: `${list}?${forwarded}`,
    });
  });

  it('watches every namespace, SlurmClusters and the namespaces list', () => {
    for (const path of [`${ML}/trainings`, `${ML}/slurmclusters`, '/api/v1/namespaces'])
      expect(decide('GET', `${path}?watch=true`)).toMatchObject({ allowed: true, watch: true });
  });

  it('a list with watch=false is not a watch, and keeps its timeout', () => {
    expect(decide('GET', `${list}?watch=false&timeoutSeconds=900`)).toEqual({
      allowed: true,
      method: 'GET',
      watch: false,
      path: `${list}?watch=false&timeoutSeconds=900`,
    });
  });
});
