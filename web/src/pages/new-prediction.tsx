// New prediction: namespace, name, a Model of the namespace, then the latest version, a version or
// an alias, a prediction template and its parameters, and the input. Checked like a new training
// (browser, the operator's validator, a dry run) before it is created.
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { MODEL_LABEL } from '../../../src/api/types.ts';
import { SelectField, TextField } from '../components/form-fields.tsx';
import {
  ClusterField,
  ErrorSummary,
  NameField,
  NamespaceField,
  submitJob,
  TemplateFields,
  useNameFromModel,
  useNamespaceChoice,
  useTemplateChoice,
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
import { type CommonField, commonChecks, fieldId, formProblems } from '../forms/job-form.ts';
import { labelProblem } from '../forms/names.ts';
import { parametersToSend } from '../forms/parameters.ts';
import './details-and-forms.css';
import { aliasesOf } from './models.tsx';

type FieldErrors = Partial<Record<CommonField | 'version' | 'input', string>>;

export function NewPredictionPage() {
  const data = useConsoleData();
  const [, navigate] = useLocation();
  const query = new URLSearchParams(useSearch());
  const prefix = useId().replaceAll(':', '');
  const { namespaces, namespace, setNamespace } = useNamespaceChoice(query.get('namespace') ?? '');
  const [model, setModel] = useState(query.get('model') ?? '');
  const [choice, setChoice] = useState(() =>
    choiceValue(choiceFromQuery({ version: query.get('version'), alias: query.get('alias') })),
  );
  const [input, setInput] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [server, setServer] = useState<ConsoleError | Error | undefined>(undefined);
  const [cluster, setCluster] = useState(query.get('cluster') ?? '');
  const [submitting, setSubmitting] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

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

  const templateChoice = useTemplateChoice(namespace, 'prediction', query.get('template') ?? '');
  const { template, values, parameterErrors, setParameterErrors } = templateChoice;

  // Another namespace has other models, versions and templates: what was chosen for the last one
  // is forgotten, whether the namespace was picked from the list or typed.
  function changeNamespace(value: string) {
    setNamespace(value);
    setModel('');
    setChoice('latest');
    templateChoice.setTemplateName('');
  }

  const [shownName, setName] = useNameFromModel(model, 'predict-');

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setServer(undefined);
    setGeneral([]);
    const checks = commonChecks({ namespace, name: shownName, model, cluster, template, values });
    const errors: FieldErrors = { ...checks.fields };
    if (choiceIssue) errors.version = choiceIssue;
    const inputIssue = inputProblem(input);
    if (inputIssue) errors.input = inputIssue;
    setFieldErrors(errors);
    setParameterErrors(checks.parameters);
    if (Object.keys(errors).length > 0 || Object.keys(checks.parameters).length > 0 || !template) {
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

  const id = (field: string) => fieldId(prefix, field);
  const problems = formProblems({
    prefix,
    fields: fieldErrors,
    parameters: parameterErrors,
    general,
    labels: { version: 'Version or alias' },
  });

  return (
    <>
      <h1>New prediction</h1>
      <p className="lead">A prediction runs a model version on your input with an admin's job template.</p>
      <form className="console-form" noValidate onSubmit={onSubmit}>
        <div ref={summary} tabIndex={-1}>
          <ErrorSummary problems={problems} server={server} what="prediction" />
        </div>
        <NamespaceField
          idPrefix={prefix}
          namespaces={namespaces}
          value={namespace}
          what="prediction"
          error={fieldErrors.namespace}
          onChange={changeNamespace}
        />
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
        <NameField
          idPrefix={prefix}
          kind="Prediction"
          value={shownName}
          error={fieldErrors.name}
          onChange={setName}
        />
        <ClusterField idPrefix={prefix} value={cluster} error={fieldErrors.cluster} onChange={setCluster} />
        <TemplateFields
          idPrefix={prefix}
          namespace={namespace}
          kind="prediction"
          choice={templateChoice}
          error={fieldErrors.template}
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
