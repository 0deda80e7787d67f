// What the new-training and new-prediction forms share: the namespaces to offer, the templates
// of a kind in a namespace with their parameter fields, and the submit sequence (the operator's
// parameter check, a dry-run create, the create).
import { useEffect, useState } from 'react';
import type { TemplateKind } from '../../../src/templates/types.ts';
import {
  type ConsoleData,
  ConsoleError,
  type JobKind,
  type ResourceOf,
  type TemplateSummary,
} from '../data/console-data.ts';
import { useConsoleData, useSession } from '../data/context.tsx';
import { errorsByField } from '../forms/parameters.ts';
import { ParameterField } from './parameter-field.tsx';
import { Empty, ErrorState, Loading } from './states.tsx';

/** The session's namespaces, else those the person may list; [] when neither is known (type one in). */
export function useNamespaceOptions(): string[] | null {
  const session = useSession();
  const data = useConsoleData();
  const [listed, setListed] = useState<string[] | null>(
    session.namespaces.length > 0 ? session.namespaces : null,
  );
  useEffect(() => {
    if (session.namespaces.length > 0) {
      setListed(session.namespaces);
      return;
    }
    let live = true;
    data.namespaces().then(
      (names) => live && setListed(names ?? []),
      () => live && setListed([]),
    );
    return () => {
      live = false;
    };
  }, [data, session.namespaces]);
  return listed;
}

export interface TemplatesState {
  /** Templates of the kind; null while loading or after an error. */
  templates: TemplateSummary[] | null;
  error: ConsoleError | Error | null;
}

export function useTemplates(namespace: string, kind: TemplateKind): TemplatesState {
  const data = useConsoleData();
  const [state, setState] = useState<TemplatesState & { for: string }>({
    for: '',
    templates: null,
    error: null,
  });
  useEffect(() => {
    if (namespace === '') return;
    let live = true;
    setState({ for: namespace, templates: null, error: null });
    data.templates(namespace).then(
      (all) =>
        live && setState({ for: namespace, templates: all.filter((t) => t.kind === kind), error: null }),
      (error: ConsoleError | Error) => live && setState({ for: namespace, templates: null, error }),
    );
    return () => {
      live = false;
    };
  }, [data, namespace, kind]);
  return state.for === namespace ? state : { templates: null, error: null };
}

/** The parameter fields of the chosen template, or what stands in their place. */
export function TemplateParameters(props: {
  idPrefix: string;
  template: TemplateSummary | undefined;
  values: Record<string, string>;
  errors: Record<string, string[]>;
  onChange(name: string, value: string): void;
}) {
  const template = props.template;
  if (!template) return null;
  if (template.parameters.length === 0)
    return <p className="muted">Template {template.name} has no parameters.</p>;
  return (
    <fieldset>
      <legend>Parameters of {template.name}</legend>
      {template.parameters.map((spec) => (
        <ParameterField
          key={`${template.name}/${spec.name}`}
          idPrefix={props.idPrefix}
          spec={spec}
          value={props.values[spec.name] ?? ''}
          errors={props.errors[spec.name] ?? []}
          onChange={(value) => props.onChange(spec.name, value)}
        />
      ))}
    </fieldset>
  );
}

/** Loading, error and empty states of the template list, in words for the kind. */
export function TemplatesStatus(props: { state: TemplatesState; namespace: string; kind: TemplateKind }) {
  const what = `${props.kind} templates`;
  if (props.namespace === '') return null;
  if (props.state.error) {
    const forbidden = props.state.error instanceof ConsoleError && props.state.error.forbidden;
    return (
      <ErrorState
        error={props.state.error}
        what={forbidden ? `${what} (you may not create ${props.kind}s in ${props.namespace})` : what}
      />
    );
  }
  if (props.state.templates === null) return <Loading what={what} />;
  if (props.state.templates.length === 0)
    return (
      <Empty>
        There are no {what} for namespace {props.namespace}.
      </Empty>
    );
  return null;
}

export type SubmitResult =
  | { ok: true }
  | {
      ok: false;
      fields: Record<string, string[]>;
      general: string[];
      server?: ConsoleError | Error;
      conflict?: boolean;
    };

/**
 * The operator's own parameter check, then a dry-run create (admission, RBAC, the CRD's schema),
 * then the create. Stops at the first step that refuses, with what it said.
 */
export async function submitJob<K extends JobKind>(
  data: ConsoleData,
  kind: K,
  namespace: string,
  template: TemplateSummary,
  body: ResourceOf[K],
): Promise<SubmitResult> {
  const parameters = (body.spec as { parameters?: Record<string, string> }).parameters ?? {};
  try {
    const check = await data.checkParameters(namespace, template.name, parameters);
    if (!check.ok) {
      const { fields, general } = errorsByField(
        check.errors,
        template.parameters.map((p) => p.name),
      );
      return { ok: false, fields, general };
    }
    await data.create(kind, namespace, body, true);
    await data.create(kind, namespace, body);
    return { ok: true };
  } catch (error) {
    const server = error instanceof Error ? error : new Error(String(error));
    return {
      ok: false,
      fields: {},
      general: [],
      server,
      conflict: server instanceof ConsoleError && server.status === 409,
    };
  }
}

/** The form's problems as a list with links to the fields, announced when it appears. */
export function ErrorSummary(props: {
  problems: readonly { fieldId?: string; text: string }[];
  server: ConsoleError | Error | undefined;
  what: string;
}) {
  if (props.problems.length === 0 && !props.server) return null;
  return (
    <div className="form-errors" role="alert">
      {props.server ? (
        <p>
          The {props.what} was not created: {props.server.message}
          {props.server instanceof ConsoleError && props.server.forbidden
            ? ' (your Kubernetes rights do not allow this; ask an admin of the namespace for access)'
            : ''}
        </p>
      ) : (
        <p>The {props.what} was not created. Please correct:</p>
      )}
      {props.problems.length > 0 ? (
        <ul>
          {props.problems.map((problem) => (
            <li key={`${problem.fieldId ?? ''}:${problem.text}`}>
              {problem.fieldId ? (
                <a
                  href={`#${problem.fieldId}`}
                  onClick={(event) => {
                    const field = document.getElementById(problem.fieldId ?? '');
                    if (!field) return;
                    event.preventDefault();
                    field.focus();
                  }}
                >
                  {problem.text}
                </a>
              ) : (
                problem.text
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
