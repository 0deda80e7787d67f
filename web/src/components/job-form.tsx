// What the new-training and new-prediction forms share: the namespaces to offer and the
// Namespace field, the Name made from the model, the Cluster field, the templates of a kind in a
// namespace with the Template select and their parameter fields, and the submit sequence (the
// operator's parameter check, a dry-run create, the create). The pure part (ids, checks, the
// summary's problems) is forms/job-form.ts.
import { useEffect, useMemo, useState } from 'react';
import type { TemplateKind } from '../../../src/templates/types.ts';
import {
  type ConsoleData,
  ConsoleError,
  type JobKind,
  type ResourceOf,
  type TemplateSummary,
} from '../data/console-data.ts';
import { useConsoleData, useSession } from '../data/context.tsx';
import { fieldId, nameFromModel, namespaceOptions } from '../forms/job-form.ts';
import { LABEL_PATTERN, randomSuffix, SUBDOMAIN_PATTERN } from '../forms/names.ts';
import { errorsByField, initialValues } from '../forms/parameters.ts';
import { SelectField, TextField } from './form-fields.tsx';
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

/**
 * The namespace of the form and the namespaces to offer; the first one offered is chosen unless
 * `initial` (the address's) named one.
 */
export function useNamespaceChoice(initial: string) {
  const namespaces = useNamespaceOptions();
  const [namespace, setNamespace] = useState(initial);
  useEffect(() => {
    if (namespace === '' && namespaces && namespaces.length > 0) setNamespace(namespaces[0] ?? '');
  }, [namespace, namespaces]);
  return { namespaces, namespace, setNamespace };
}

/**
 * Namespace: a select of the person's namespaces when there are any, else a text field. Either
 * way a new namespace is the same change to the form (its templates and models are others).
 */
export function NamespaceField(props: {
  idPrefix: string;
  namespaces: string[] | null;
  value: string;
  /** What the form creates, for the hint: "training", "prediction". */
  what: string;
  error: string | undefined;
  onChange(value: string): void;
}) {
  const id = fieldId(props.idPrefix, 'namespace');
  if (props.namespaces && props.namespaces.length > 0)
    return (
      <SelectField
        id={id}
        name="namespace"
        label="Namespace"
        value={props.value}
        onChange={props.onChange}
        options={namespaceOptions(props.namespaces, props.value).map((n) => ({ value: n, label: n }))}
        error={props.error}
        required
      />
    );
  return (
    <TextField
      id={id}
      name="namespace"
      label="Namespace"
      value={props.value}
      onChange={props.onChange}
      hint={
        props.namespaces === null
          ? 'Looking up your namespaces…'
          : `The namespace to create the ${props.what} in.`
      }
      error={props.error}
      pattern={LABEL_PATTERN}
      maxLength={63}
      required
    />
  );
}

/**
 * The name of the resource: `<model>-<lead><random suffix>` (the suffix drawn once for the page)
 * until the person types one, then what they typed.
 */
export function useNameFromModel(model: string, lead = ''): [string, (typed: string) => void] {
  const suffix = useMemo(() => randomSuffix(), []);
  const [typed, setTyped] = useState<string | null>(null);
  return [nameFromModel(model, `${lead}${suffix}`, typed), setTyped];
}

/** Name, made from the model until the person changes it. */
export function NameField(props: {
  idPrefix: string;
  /** The resource's kind as a proper noun, for the hint: "Training", "Prediction". */
  kind: string;
  value: string;
  error: string | undefined;
  onChange(value: string): void;
}) {
  return (
    <TextField
      id={fieldId(props.idPrefix, 'name')}
      name="name"
      label="Name"
      value={props.value}
      onChange={props.onChange}
      hint={`The ${props.kind}'s name: lower-case letters, digits, - and ., at most 253 characters. Made from the model until you change it.`}
      error={props.error}
      pattern={SUBDOMAIN_PATTERN}
      maxLength={253}
      required
    />
  );
}

/** Cluster: the SlurmCluster to run on, empty for the default one. */
export function ClusterField(props: {
  idPrefix: string;
  value: string;
  error: string | undefined;
  onChange(value: string): void;
}) {
  return (
    <TextField
      id={fieldId(props.idPrefix, 'cluster')}
      name="cluster"
      label="Cluster"
      value={props.value}
      onChange={props.onChange}
      hint="The SlurmCluster to run on. Leave empty for the cluster marked default."
      error={props.error}
      pattern={SUBDOMAIN_PATTERN}
      maxLength={253}
    />
  );
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

export interface TemplateChoice {
  templates: TemplatesState;
  /** The chosen template; undefined until the list has it. */
  template: TemplateSummary | undefined;
  templateName: string;
  setTemplateName(name: string): void;
  /** The parameter fields' values, from the template's defaults whenever another is chosen. */
  values: Record<string, string>;
  parameterErrors: Record<string, string[]>;
  setParameterErrors(errors: Record<string, string[]>): void;
  /** A parameter's new value; its problems go until the next check. */
  changeValue(name: string, value: string): void;
}

/**
 * The templates of a kind in the namespace, the one chosen (`initial`, the address's, else the
 * first of the list) and its parameter values and problems.
 */
export function useTemplateChoice(namespace: string, kind: TemplateKind, initial: string): TemplateChoice {
  const [templateName, setTemplateName] = useState(initial);
  const [values, setValues] = useState<Record<string, string>>({});
  const [parameterErrors, setParameterErrors] = useState<Record<string, string[]>>({});
  const templates = useTemplates(namespace, kind);
  const template = templates.templates?.find((t) => t.name === templateName);
  useEffect(() => {
    const list = templates.templates;
    if (list && list.length > 0 && !list.some((t) => t.name === templateName))
      setTemplateName(list[0]?.name ?? '');
  }, [templates.templates, templateName]);
  // A template's fields start from its defaults whenever another template is chosen.
  useEffect(() => {
    setValues(template ? initialValues(template.parameters) : {});
    setParameterErrors({});
  }, [template]);
  return {
    templates,
    template,
    templateName,
    setTemplateName,
    values,
    parameterErrors,
    setParameterErrors,
    changeValue(name, value) {
      setValues((before) => ({ ...before, [name]: value }));
      setParameterErrors(({ [name]: _, ...rest }) => rest);
    },
  };
}

/** The template list's state, the Template select once there are templates, and the chosen one's parameters. */
export function TemplateFields(props: {
  idPrefix: string;
  namespace: string;
  kind: TemplateKind;
  choice: TemplateChoice;
  error: string | undefined;
}) {
  const { templates, template } = props.choice;
  return (
    <>
      <TemplatesStatus state={templates} namespace={props.namespace} kind={props.kind} />
      {templates.templates && templates.templates.length > 0 ? (
        <SelectField
          id={fieldId(props.idPrefix, 'template')}
          name="template"
          label="Template"
          value={props.choice.templateName}
          onChange={props.choice.setTemplateName}
          options={templates.templates.map((t) => ({ value: t.name, label: t.name }))}
          hint={template?.description}
          error={props.error}
          required
        />
      ) : null}
      <TemplateParameters
        idPrefix={props.idPrefix}
        template={template}
        values={props.choice.values}
        errors={props.choice.parameterErrors}
        onChange={props.choice.changeValue}
      />
    </>
  );
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
