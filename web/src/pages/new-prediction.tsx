// New prediction: namespace, name, a Model of the namespace, then the latest version, a version or
// an alias, a prediction template and its parameters, and the input. Checked like a new training
// (browser, the operator's validator, a dry run) before it is created.
import { type FormEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { MODEL_LABEL } from '../../../src/api/types.ts';
import { SelectField, TextField } from '../components/form-fields.tsx';
import {
  ErrorSummary,
  submitJob,
  TemplateParameters,
  TemplatesStatus,
  useNamespaceOptions,
  useTemplates,
} from '../components/job-form.tsx';
import type { ConsoleError } from '../data/console-data.ts';
import { useConsoleData } from '../data/context.tsx';
import { useListWatch } from '../data/use-list-watch.ts';
import {
  choiceFromQuery,
  choiceLabel,
  choiceProblem,
  choiceValue,
  inputProblem,
  parseChoice,
  predictionBody,
  versionChoices,
} from '../forms/bodies.ts';
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
import { aliasesOf } from './models.tsx';

type FieldErrors = Partial<
  Record<'namespace' | 'name' | 'model' | 'cluster' | 'version' | 'template' | 'input', string>
>;

export function NewPredictionPage() {
  const data = useConsoleData();
  const [, navigate] = useLocation();
  const query = new URLSearchParams(useSearch());
  const prefix = useId().replaceAll(':', '');
  const namespaces = useNamespaceOptions();
  const [namespace, setNamespace] = useState(query.get('namespace') ?? '');
  const [model, setModel] = useState(query.get('model') ?? '');
  const [choice, setChoice] = useState(() =>
    choiceValue(choiceFromQuery({ version: query.get('version'), alias: query.get('alias') })),
  );
  const suffix = useMemo(() => randomSuffix(), []);
  const [name, setName] = useState('');
  const [nameEdited, setNameEdited] = useState(false);
  const [templateName, setTemplateName] = useState(query.get('template') ?? '');
  const [values, setValues] = useState<Record<string, string>>({});
  const [input, setInput] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [parameterErrors, setParameterErrors] = useState<Record<string, string[]>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [server, setServer] = useState<ConsoleError | Error | undefined>(undefined);
  const [cluster, setCluster] = useState(query.get('cluster') ?? '');
  const [submitting, setSubmitting] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (namespace === '' && namespaces && namespaces.length > 0) setNamespace(namespaces[0] ?? '');
  }, [namespace, namespaces]);

  // Another namespace has other models, versions and templates: what was chosen for the last one
  // is forgotten, whether the namespace was picked from the list or typed.
  function changeNamespace(value: string) {
    setNamespace(value);
    setModel('');
    setChoice('latest');
    setTemplateName('');
  }

  const watched = namespace === '' ? [] : [namespace];
  const models = useListWatch('models', watched, namespace !== '');
  // The chosen Model's versions only, not every version in the namespace.
  const modelVersions = useListWatch(
    'modelversions',
    watched,
    namespace !== '' && labelProblem(model) === undefined,
    {
      labelSelector: `${MODEL_LABEL}=${model}`,
    },
  );
  const modelNames = [
    ...new Set([...(models.items ?? []).map((m) => m.metadata.name ?? ''), ...(model ? [model] : [])]),
  ]
    .filter((n) => n !== '')
    .sort();
  const chosenModel = models.items?.find((m) => m.metadata.name === model);
  const versions = (modelVersions.items ?? [])
    .filter((v) => v.metadata.labels?.[MODEL_LABEL] === model || v.spec?.model === model)
    .map((v) => v.spec.version);
  const aliases = chosenModel ? aliasesOf(chosenModel).map(([alias]) => alias) : [];
  const choices = versionChoices(versions, aliases);
  // A version or alias asked for by the address stays offered while the lists load.
  const chosen = parseChoice(choice);
  // An alias from the address that is no alias: shown as a problem, never sent as "latest".
  const choiceIssue = choiceProblem(choice);
  if (!choices.some((c) => choiceValue(c) === choice))
    choices.push(
      choiceIssue && choice.startsWith('alias: ')
        ? { by: 'alias', alias: choice.slice('alias: '.length) }
        : chosen,
    );

  // The first model, unless the address named one.
  useEffect(() => {
    if (model === '' && modelNames.length > 0) setModel(modelNames[0] ?? '');
  }, [model, modelNames]);

  const templates = useTemplates(namespace, 'prediction');
  const template = templates.templates?.find((t) => t.name === templateName);
  useEffect(() => {
    const list = templates.templates;
    if (list && list.length > 0 && !list.some((t) => t.name === templateName))
      setTemplateName(list[0]?.name ?? '');
  }, [templates.templates, templateName]);
  useEffect(() => {
    setValues(template ? initialValues(template.parameters) : {});
    setParameterErrors({});
  }, [template]);

  const shownName = nameEdited ? name : model === '' ? '' : nameWithSuffix(model, `predict-${suffix}`);

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
    if (choiceIssue) errors.version = choiceIssue;
    const inputIssue = inputProblem(input);
    if (inputIssue) errors.input = inputIssue;
    const paramProblems = template ? parameterProblems(template.parameters, values, template.kind) : {};
    setFieldErrors(errors);
    setParameterErrors(Object.fromEntries(Object.entries(paramProblems).map(([k, v]) => [k, [v]])));
    if (Object.keys(errors).length > 0 || Object.keys(paramProblems).length > 0 || !template) {
      summary.current?.focus();
      return;
    }

    setSubmitting(true);
    const body = predictionBody({
      namespace,
      name: shownName,
      model,
      choice: chosen,
      template: template.name,
      input,
      parameters: parametersToSend(template.parameters, values),
      cluster,
    });
    const result = await submitJob(data, 'predictions', namespace, template, body);
    setSubmitting(false);
    if (result.ok) {
      navigate(`/predictions/${encodeURIComponent(namespace)}/${encodeURIComponent(shownName)}`);
      return;
    }
    setParameterErrors(result.fields);
    setGeneral(result.general);
    setServer(result.server);
    if (result.conflict) setFieldErrors({ name: 'is taken: a Prediction of this name already exists' });
    summary.current?.focus();
  }

  const id = (field: string) => `${prefix}-${field}`;
  const labels: Record<string, string> = { version: 'Version or alias' };
  const problems = [
    ...Object.entries(fieldErrors).map(([field, text]) => ({
      fieldId: id(field),
      text: `${labels[field] ?? `${field[0]?.toUpperCase()}${field.slice(1)}`} ${text}`,
    })),
    ...Object.entries(parameterErrors).flatMap(([param, texts]) =>
      texts.map((text) => ({ fieldId: `${prefix}-param-${param}`, text: `${param} ${text}` })),
    ),
    ...general.map((text) => ({ text })),
  ];

  return (
    <>
      <h1>New prediction</h1>
      <p className="lead">A prediction runs a model version on your input with an admin's job template.</p>
      <form className="console-form" noValidate onSubmit={onSubmit}>
        <div ref={summary} tabIndex={-1}>
          <ErrorSummary problems={problems} server={server} what="prediction" />
        </div>
        {namespaces && namespaces.length > 0 ? (
          <SelectField
            id={id('namespace')}
            name="namespace"
            label="Namespace"
            value={namespace}
            onChange={changeNamespace}
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
            onChange={changeNamespace}
            hint={
              namespaces === null
                ? 'Looking up your namespaces…'
                : 'The namespace to create the prediction in.'
            }
            error={fieldErrors.namespace}
            pattern={LABEL_PATTERN}
            maxLength={63}
            required
          />
        )}
        <SelectField
          id={id('model')}
          name="model"
          label="Model"
          value={model}
          onChange={(value) => {
            setModel(value);
            setChoice('latest');
          }}
          options={modelNames.map((n) => ({ value: n, label: n }))}
          placeholder={models.items === null ? 'Loading models…' : 'Choose a model'}
          hint={
            models.items !== null && modelNames.length === 0
              ? 'There are no models in this namespace yet: a training that succeeds registers one.'
              : undefined
          }
          error={fieldErrors.model}
          required
        />
        <SelectField
          id={id('version')}
          name="version"
          label="Version or alias"
          value={choice}
          onChange={setChoice}
          options={choices.map((c) => ({ value: choiceValue(c), label: choiceLabel(c) }))}
          hint="latest is the highest registered version when the prediction starts; an alias is resolved then too."
          error={fieldErrors.version ?? choiceIssue}
        />
        <TextField
          id={id('name')}
          name="name"
          label="Name"
          value={shownName}
          onChange={(value) => {
            setName(value);
            setNameEdited(true);
          }}
          hint="The Prediction's name: lower-case letters, digits, - and ., at most 253 characters. Made from the model until you change it."
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
        <TemplatesStatus state={templates} namespace={namespace} kind="prediction" />
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
        <TextField
          id={id('input')}
          name="input"
          label="Input"
          value={input}
          onChange={setInput}
          placeholder="/absolute/path/of/the/data"
          hint="Absolute path, as the Slurm job sees it, of the data to predict on; within your namespace's tree or an allowed root of the cluster."
          error={fieldErrors.input}
          maxLength={4096}
          required
        />
        <div className="form-actions">
          <button type="submit" disabled={submitting}>
            Create prediction
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
