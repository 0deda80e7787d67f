// New training: namespace, name, model, template, then one field per declared parameter. Checked
// in the browser (names, the fields' constraints), by the operator's own validator, by a dry-run
// create, and only then created; the person lands on its detail page.
import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { SelectField, TextField } from '../components/form-fields.tsx';
import {
  ErrorSummary,
  type SubmitResult,
  submitJob,
  TemplateParameters,
  TemplatesStatus,
  useNamespaceOptions,
  useTemplates,
} from '../components/job-form.tsx';
import type { ConsoleError } from '../data/console-data.ts';
import { useConsoleData } from '../data/context.tsx';
import { useListWatch } from '../data/use-list-watch.ts';
import { trainingBody } from '../forms/bodies.ts';
import {
  LABEL_PATTERN,
  labelProblem,
  nameWithSuffix,
  randomSuffix,
  SUBDOMAIN_PATTERN,
  subdomainProblem,
} from '../forms/names.ts';
import { initialValues, parameterProblems, parametersToSend } from '../forms/parameters.ts';
import './details-and-forms.css';

type FieldErrors = Partial<Record<'namespace' | 'name' | 'model' | 'cluster' | 'template', string>>;

export function NewTrainingPage() {
  const data = useConsoleData();
  const [, navigate] = useLocation();
  const query = new URLSearchParams(useSearch());
  const prefix = useId().replaceAll(':', '');
  const namespaces = useNamespaceOptions();
  const [namespace, setNamespace] = useState(query.get('namespace') ?? '');
  const [model, setModel] = useState(query.get('model') ?? '');
  const suffix = useMemo(() => randomSuffix(), []);
  const [name, setName] = useState('');
  const [nameEdited, setNameEdited] = useState(false);
  const [templateName, setTemplateName] = useState(query.get('template') ?? '');
  const [values, setValues] = useState<Record<string, string>>({});
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [parameterErrors, setParameterErrors] = useState<Record<string, string[]>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [server, setServer] = useState<ConsoleError | Error | undefined>(undefined);
  const [cluster, setCluster] = useState(query.get('cluster') ?? '');
  const [submitting, setSubmitting] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  // The first namespace offered, unless the address named one.
  useEffect(() => {
    if (namespace === '' && namespaces && namespaces.length > 0) setNamespace(namespaces[0] ?? '');
  }, [namespace, namespaces]);

  const templates = useTemplates(namespace, 'training');
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

  const models = useListWatch('models', namespace === '' ? [] : [namespace], namespace !== '');
  const shownName = nameEdited ? name : model === '' ? '' : nameWithSuffix(model, suffix);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setServer(undefined);
    setGeneral([]);
    const errors: FieldErrors = {};
    const namespaceProblem = labelProblem(namespace);
    if (namespaceProblem) errors.namespace = namespaceProblem;
    const nameProblem = subdomainProblem(shownName);
    if (nameProblem) errors.name = nameProblem;
    const modelProblem = labelProblem(model);
    if (modelProblem) errors.model = modelProblem;
    if (!template) errors.template = 'is required';
    const clusterProblem = cluster === '' ? undefined : subdomainProblem(cluster);
    if (clusterProblem) errors.cluster = clusterProblem;
    const paramProblems = template ? parameterProblems(template.parameters, values, template.kind) : {};
    setFieldErrors(errors);
    setParameterErrors(Object.fromEntries(Object.entries(paramProblems).map(([k, v]) => [k, [v]])));
    if (Object.keys(errors).length > 0 || Object.keys(paramProblems).length > 0 || !template) {
      summary.current?.focus();
      return;
    }

    setSubmitting(true);
    const body = trainingBody({
      namespace,
      name: shownName,
      model,
      template: template.name,
      parameters: parametersToSend(template.parameters, values),
      cluster,
    });
    const result: SubmitResult = await submitJob(data, 'trainings', namespace, template, body);
    setSubmitting(false);
    if (result.ok) {
      navigate(`/trainings/${encodeURIComponent(namespace)}/${encodeURIComponent(shownName)}`);
      return;
    }
    setParameterErrors(result.fields);
    setGeneral(result.general);
    setServer(result.server);
    if (result.conflict) setFieldErrors({ name: 'is taken: a Training of this name already exists' });
    summary.current?.focus();
  }

  const id = (field: string) => `${prefix}-${field}`;
  const problems = [
    ...Object.entries(fieldErrors).map(([field, text]) => ({
      fieldId: id(field),
      text: `${field[0]?.toUpperCase()}${field.slice(1)} ${text}`,
    })),
    ...Object.entries(parameterErrors).flatMap(([param, texts]) =>
      texts.map((text) => ({ fieldId: `${prefix}-param-${param}`, text: `${param} ${text}` })),
    ),
    ...general.map((text) => ({ text })),
  ];

  return (
    <>
      <h1>New training</h1>
      <p className="lead">
        A training runs an admin's job template on a Slurm cluster and, when it succeeds, registers a new
        version of its model.
      </p>
      <form className="console-form" noValidate onSubmit={onSubmit}>
        <div ref={summary} tabIndex={-1}>
          <ErrorSummary problems={problems} server={server} what="training" />
        </div>
        {namespaces && namespaces.length > 0 ? (
          <SelectField
            id={id('namespace')}
            name="namespace"
            label="Namespace"
            value={namespace}
            onChange={(value) => {
              setNamespace(value);
              setTemplateName('');
            }}
            options={[...new Set([...namespaces, ...(namespace ? [namespace] : [])])].map((n) => ({
              value: n,
              label: n,
            }))}
            error={fieldErrors.namespace}
            required
          />
        ) : (
          <TextField
            id={id('namespace')}
            name="namespace"
            label="Namespace"
            value={namespace}
            onChange={setNamespace}
            hint={
              namespaces === null ? 'Looking up your namespaces…' : 'The namespace to create the training in.'
            }
            error={fieldErrors.namespace}
            pattern={LABEL_PATTERN}
            maxLength={63}
            required
          />
        )}
        <TextField
          id={id('model')}
          name="model"
          label="Model"
          value={model}
          onChange={setModel}
          list={`${prefix}-models`}
          hint="The Model that receives a new version when the training succeeds; created if it does not exist. Lower-case letters, digits and -."
          error={fieldErrors.model}
          pattern={LABEL_PATTERN}
          maxLength={63}
          required
        />
        <datalist id={`${prefix}-models`}>
          {(models.items ?? []).map((m) => (
            <option key={m.metadata.name} value={m.metadata.name} />
          ))}
        </datalist>
        <TextField
          id={id('name')}
          name="name"
          label="Name"
          value={shownName}
          onChange={(value) => {
            setName(value);
            setNameEdited(true);
          }}
          hint="The Training's name: lower-case letters, digits, - and ., at most 253 characters. Made from the model until you change it."
          error={fieldErrors.name}
          pattern={SUBDOMAIN_PATTERN}
          maxLength={253}
          required
        />
        <TextField
          id={id('cluster')}
          name="cluster"
          label="Cluster"
          value={cluster}
          onChange={setCluster}
          hint="The SlurmCluster to run on. Leave empty for the cluster marked default."
          error={fieldErrors.cluster}
          pattern={SUBDOMAIN_PATTERN}
          maxLength={253}
        />
        <TemplatesStatus state={templates} namespace={namespace} kind="training" />
        {templates.templates && templates.templates.length > 0 ? (
          <SelectField
            id={id('template')}
            name="template"
            label="Template"
            value={templateName}
            onChange={setTemplateName}
            options={templates.templates.map((t) => ({ value: t.name, label: t.name }))}
            hint={template?.description}
            error={fieldErrors.template}
            required
          />
        ) : null}
        <TemplateParameters
          idPrefix={prefix}
          template={template}
          values={values}
          errors={parameterErrors}
          onChange={(param, value) => {
            setValues((before) => ({ ...before, [param]: value }));
            setParameterErrors(({ [param]: _, ...rest }) => rest);
          }}
        />
        <div className="form-actions">
          <button type="submit" disabled={submitting}>
            Create training
          </button>
          {submitting ? (
            <span className="muted" role="status">
              Checking and creating…
            </span>
          ) : null}
        </div>
      </form>
    </>
  );
}
