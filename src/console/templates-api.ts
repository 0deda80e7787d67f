// The job templates for the console's forms, and their parameter checks:
//   GET  /api/v1/templates?namespace=NS          {items: TemplateSummary[]}
//   POST /api/v1/templates/{name}/validate       {namespace, parameters} -> {ok, values} | {ok, errors}
// A person sees the templates of the kinds they may `create` in the namespace (Trainings,
// Predictions; SubjectAccessReview), never a template's script or file. The check is the one the
// reconciler makes before it submits (checkJobParameters), so a form refuses exactly what the
// operator would; it does not check `path` parameters against the tenant's roots, which needs the
// job's SlurmCluster (the operator does that at submit).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Caller } from '../access/types.ts';
import { sendJson } from '../http/json-answer.ts';
import { BadRequest, DNS_LABEL, singleParam } from '../http/request-params.ts';
import { checkJobParameters } from '../templates/render.ts';
import type { JobTemplate, ParameterSpec, TemplateKind, TemplateResources } from '../templates/types.ts';
import { BodyTooLarge, readBody } from './request-body.ts';

export const TEMPLATES_PATH = '/api/v1/templates';
const VALIDATE = /^\/api\/v1\/templates\/([^/]+)\/validate$/;
/** Whether a parsed path is a template's check, the one path here that takes POST. */
export const isValidatePath = (path: string): boolean => VALIDATE.test(path);
/** A parameters document is small; this is far above any real one. */
const MAX_VALIDATE_BYTES = 64 * 1024;

/** A template as the console sees it: no script, no file name. */
export interface TemplateSummary {
  name: string;
  kind: TemplateKind;
  description: string;
  parameters: ParameterSpec[];
  resources: TemplateResources;
}

export interface TemplateSource {
  get(name: string): JobTemplate | undefined;
  /** Sorted by name. */
  list(): JobTemplate[];
}

const KINDS: readonly TemplateKind[] = ['training', 'prediction'];
const RESOURCE: Record<TemplateKind, 'trainings' | 'predictions'> = {
  training: 'trainings',
  prediction: 'predictions',
};

export const summaryOf = (t: JobTemplate): TemplateSummary => ({
  name: t.name,
  kind: t.kind,
  description: t.description,
  parameters: t.parameters,
  resources: t.resources,
});

function namespaceOf(value: unknown): string {
  if (typeof value !== 'string' || value === '') throw new BadRequest('namespace is required');
  if (!DNS_LABEL.test(value))
    throw new BadRequest(`namespace must be a namespace name, got ${JSON.stringify(value)}`);
  return value;
}

export function templatesHandler(source: () => TemplateSource) {
  /** The kinds the caller may create in the namespace. */
  const creatable = async (caller: Caller, namespace: string): Promise<Set<TemplateKind>> => {
    const allowed = await Promise.all(
      KINDS.map((kind) =>
        caller.can({ verb: 'create', group: 'ml.hpc.dev', resource: RESOURCE[kind], namespace }),
      ),
    );
    return new Set(KINDS.filter((_, i) => allowed[i]));
  };
  const refusal = (caller: Caller, namespace: string, what: string) => ({
    error: `user "${caller.user.username}" may not create ${what} in namespace "${namespace}"`,
  });

  return async (req: IncomingMessage, res: ServerResponse, caller: Caller): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const head = req.method === 'HEAD';
    try {
      if (url.pathname === TEMPLATES_PATH || url.pathname === `${TEMPLATES_PATH}/`) {
        if (req.method !== 'GET' && !head)
          return sendJson(res, 405, { error: 'templates are listed with GET' });
        const namespace = namespaceOf(singleParam(url.searchParams, 'namespace'));
        const kinds = await creatable(caller, namespace);
        if (kinds.size === 0)
          return sendJson(res, 403, refusal(caller, namespace, 'trainings or predictions'), { head });
        const items = source()
          .list()
          .filter((t) => kinds.has(t.kind))
          .map(summaryOf);
        return sendJson(res, 200, { items }, { head });
      }
      const match = VALIDATE.exec(url.pathname);
      if (!match) return false;
      if (req.method !== 'POST') return sendJson(res, 405, { error: 'parameters are checked with POST' });
      const name = decodeURIComponent(match[1] ?? '');
      let document: unknown;
      try {
        document = JSON.parse((await readBody(req, MAX_VALIDATE_BYTES)).toString('utf8'));
      } catch (error) {
        if (error instanceof BodyTooLarge)
          return sendJson(res, 413, { error: error.message }, { headers: { connection: 'close' } });
        throw new BadRequest('the body must be JSON: {"namespace": "...", "parameters": {"name": "value"}}');
      }
      if (!document || typeof document !== 'object' || Array.isArray(document))
        throw new BadRequest('the body must be a JSON object: {"namespace": "...", "parameters": {...}}');
      const { namespace: givenNamespace, parameters = {} } = document as Record<string, unknown>;
      const namespace = namespaceOf(givenNamespace);
      if (!parameters || typeof parameters !== 'object' || Array.isArray(parameters))
        throw new BadRequest('parameters must be an object of names to string values');
      // A caller who may not create every kind is refused alike for a template of a kind they may
      // not create and for a missing one (same status, same message): the answer tells neither
      // that the template exists nor its kind. Only one who may create every kind, and so may
      // list every template, hears that a name is missing.
      const template = source().get(name);
      const kinds = await creatable(caller, namespace);
      const mayCreateAll = KINDS.every((kind) => kinds.has(kind));
      if (template ? !kinds.has(template.kind) : !mayCreateAll)
        return sendJson(res, 403, refusal(caller, namespace, `jobs from template "${name}"`));
      if (!template) return sendJson(res, 404, { error: `no job template named "${name}"` });
      // {ok: true, values} with the effective values, or {ok: false, errors}: the validator's own answer.
      return sendJson(res, 200, checkJobParameters(template, parameters as Record<string, string>));
    } catch (error) {
      if (error instanceof BadRequest) return sendJson(res, 400, { error: error.message }, { head });
      if (error instanceof URIError) return sendJson(res, 400, { error: 'malformed path' }, { head });
      throw error; // AccessReviewFailed: the server answers 503
    }
  };
}
