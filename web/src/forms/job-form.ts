// The pure half of what the new-training and new-prediction forms share (components/job-form.tsx
// holds the React half): the fields' id scheme, the name made from the model, the first checks of
// a submit and the list of problems the error summary shows. No DOM, no React, so the unit tests
// and the Node typecheck read it as it is.
import type { ParameterSpec, TemplateKind } from '../../../src/templates/types.ts';
import { labelProblem, nameWithSuffix, subdomainProblem } from './names.ts';
import { parameterProblems } from './parameters.ts';

/** The id of a form field: `<prefix>-<field>`. */
export function fieldId(prefix: string, field: string): string {
  return `${prefix}-${field}`;
}

/** The id of a template parameter's field: `<prefix>-param-<name>`. */
export function parameterFieldId(prefix: string, name: string): string {
  return `${prefix}-param-${name}`;
}

/** The namespaces a select offers: the person's, and the chosen one if it is not among them. */
export function namespaceOptions(namespaces: readonly string[], chosen: string): string[] {
  return [...new Set([...namespaces, ...(chosen ? [chosen] : [])])];
}

/**
 * The name the Name field shows: what the person typed once they typed (even ""), else
 * `<model>-<suffix>` while a model is given, else "".
 */
export function nameFromModel(model: string, suffix: string, typed: string | null): string {
  if (typed !== null) return typed;
  return model === '' ? '' : nameWithSuffix(model, suffix);
}

/** The fields both forms have, in the order their problems are listed. */
export type CommonField = 'namespace' | 'name' | 'model' | 'template' | 'cluster';

export interface CommonChecks {
  /** Each common field's problem; a field without one has no key. */
  fields: Partial<Record<CommonField, string>>;
  /** Each parameter's problem, as a one-item list (the operator may give several per field). */
  parameters: Record<string, string[]>;
}

/**
 * The checks a submit makes before asking the operator: the namespace a DNS label, the name a
 * DNS subdomain, the model a DNS label, a template chosen, the cluster (when given) a DNS
 * subdomain, and the chosen template's parameter values.
 */
export function commonChecks(form: {
  namespace: string;
  name: string;
  model: string;
  cluster: string;
  template: { parameters: readonly ParameterSpec[]; kind: TemplateKind } | undefined;
  values: Record<string, string>;
}): CommonChecks {
  const fields: CommonChecks['fields'] = {};
  const namespaceProblem = labelProblem(form.namespace);
  if (namespaceProblem) fields.namespace = namespaceProblem;
  const nameProblem = subdomainProblem(form.name);
  if (nameProblem) fields.name = nameProblem;
  const modelProblem = labelProblem(form.model);
  if (modelProblem) fields.model = modelProblem;
  if (!form.template) fields.template = 'is required';
  const clusterProblem = form.cluster === '' ? undefined : subdomainProblem(form.cluster);
  if (clusterProblem) fields.cluster = clusterProblem;
  const problems = form.template
    ? parameterProblems(form.template.parameters, form.values, form.template.kind)
    : {};
  const parameters = Object.fromEntries(Object.entries(problems).map(([k, v]) => [k, [v]]));
  return { fields, parameters };
}

/** One line of the error summary: its text, and the field it links to if it has one. */
export interface FormProblem {
  fieldId?: string;
  text: string;
}

/**
 * The error summary's lines: the fields' problems in the order given ("<Label> <problem>", the
 * label from `labels` or the field's name capitalised), then the parameters' ("<name> <problem>"),
 * then the problems of no field.
 */
export function formProblems(form: {
  prefix: string;
  fields: Readonly<Partial<Record<string, string>>>;
  parameters: Readonly<Record<string, readonly string[]>>;
  general: readonly string[];
  labels?: Readonly<Record<string, string>>;
}): FormProblem[] {
  const labels = form.labels ?? {};
  return [
    ...Object.entries(form.fields).map(([field, text]) => ({
      fieldId: fieldId(form.prefix, field),
      text: `${labels[field] ?? `${field[0]?.toUpperCase()}${field.slice(1)}`} ${text}`,
    })),
    ...Object.entries(form.parameters).flatMap(([param, texts]) =>
      texts.map((text) => ({ fieldId: parameterFieldId(form.prefix, param), text: `${param} ${text}` })),
    ),
    ...form.general.map((text) => ({ text })),
  ];
}
