// New training: namespace, name, model, template, then one field per declared parameter. Checked
// in the browser (names, the fields' constraints), by the operator's own validator, by a dry-run
// create, and only then created; the person lands on its detail page.
import { type FormEvent, useId, useRef, useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { TextField } from '../components/form-fields.tsx';
import {
  ClusterField,
  ErrorSummary,
  NameField,
  NamespaceField,
  type SubmitResult,
  submitJob,
  TemplateFields,
  useNameFromModel,
  useNamespaceChoice,
  useTemplateChoice,
} from '../components/job-form.tsx';
import type { ConsoleError } from '../data/console-data.ts';
import { useConsoleData } from '../data/context.tsx';
import { useListWatch } from '../data/use-list-watch.ts';
import { trainingBody } from '../forms/bodies.ts';
import { type CommonField, commonChecks, fieldId, formProblems } from '../forms/job-form.ts';
import { LABEL_PATTERN } from '../forms/names.ts';
import { parametersToSend } from '../forms/parameters.ts';
import './details-and-forms.css';

type FieldErrors = Partial<Record<CommonField, string>>;

export function NewTrainingPage() {
  const data = useConsoleData();
  const [, navigate] = useLocation();
  const query = new URLSearchParams(useSearch());
  const prefix = useId().replaceAll(':', '');
  const { namespaces, namespace, setNamespace } = useNamespaceChoice(query.get('namespace') ?? '');
  const [model, setModel] = useState(query.get('model') ?? '');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<string[]>([]);
  const [server, setServer] = useState<ConsoleError | Error | undefined>(undefined);
  const [cluster, setCluster] = useState(query.get('cluster') ?? '');
  const [submitting, setSubmitting] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  const templateChoice = useTemplateChoice(namespace, 'training', query.get('template') ?? '');
  const { template, values, parameterErrors, setParameterErrors } = templateChoice;

  const models = useListWatch('models', namespace === '' ? [] : [namespace], namespace !== '');
  const [shownName, setName] = useNameFromModel(model);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setServer(undefined);
    setGeneral([]);
    const checks = commonChecks({ namespace, name: shownName, model, cluster, template, values });
    const errors: FieldErrors = checks.fields;
    setFieldErrors(errors);
    setParameterErrors(checks.parameters);
    if (Object.keys(errors).length > 0 || Object.keys(checks.parameters).length > 0 || !template) {
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

  const problems = formProblems({ prefix, fields: fieldErrors, parameters: parameterErrors, general });

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
        <NamespaceField
          idPrefix={prefix}
          namespaces={namespaces}
          value={namespace}
          what="training"
          error={fieldErrors.namespace}
          onChange={(value) => {
            setNamespace(value);
            templateChoice.setTemplateName('');
          }}
        />
        <TextField
          id={fieldId(prefix, 'model')}
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
        <NameField
          idPrefix={prefix}
          kind="Training"
          value={shownName}
          error={fieldErrors.name}
          onChange={setName}
        />
        <ClusterField idPrefix={prefix} value={cluster} error={fieldErrors.cluster} onChange={setCluster} />
        <TemplateFields
          idPrefix={prefix}
          namespace={namespace}
          kind="training"
          choice={templateChoice}
          error={fieldErrors.template}
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
