// The Training and Prediction objects the forms create, and the prediction form's "Version or
// alias" choice, as pure functions of the form's values.
import type { Prediction, Training } from '../../../src/api/types.ts';

const API_VERSION = 'ml.hpc.dev/v1alpha1';

export interface TrainingForm {
  namespace: string;
  name: string;
  model: string;
  template: string;
  /** spec.parameters as sent (parametersToSend). */
  parameters: Record<string, string>;
  /** The SlurmCluster's name; empty for the cluster marked default (spec.cluster left out). */
  cluster: string;
}

export function trainingBody(form: TrainingForm): Training {
  const spec: Training['spec'] = { model: form.model, template: form.template };
  if (form.cluster !== '') spec.cluster = form.cluster;
  if (Object.keys(form.parameters).length > 0) spec.parameters = { ...form.parameters };
  return {
    apiVersion: API_VERSION,
    kind: 'Training',
    metadata: { name: form.name, namespace: form.namespace },
    spec,
  };
}

/** Which version a Prediction uses: the latest (neither field), a number, or an alias of the Model. */
export type VersionChoice =
  | { by: 'latest' }
  | { by: 'version'; version: number }
  | { by: 'alias'; alias: string };

/** The text of the choice's <option>: "latest", "3", "alias: production". */
export function choiceLabel(choice: VersionChoice): string {
  if (choice.by === 'version') return String(choice.version);
  if (choice.by === 'alias') return `alias: ${choice.alias}`;
  return 'latest';
}

/**
 * The value of the choice's <option>, the same as its text ("latest", "3", "alias: production"):
 * unambiguous, since an alias is never "latest" or a number behind "alias: ".
 */
export const choiceValue = choiceLabel;

/** Reads an <option> value back; anything unreadable is the latest version. */
export function parseChoice(value: string): VersionChoice {
  if (/^[1-9][0-9]*$/.test(value)) return { by: 'version', version: Number(value) };
  const alias = /^alias: (\S+)$/.exec(value)?.[1];
  if (alias !== undefined) return { by: 'alias', alias };
  return { by: 'latest' };
}

/** The choice the page's query string asks for (?version=N or ?alias=NAME); version wins over alias. */
export function choiceFromQuery(query: { version?: string | null; alias?: string | null }): VersionChoice {
  if (query.version && /^[1-9][0-9]*$/.test(query.version))
    return { by: 'version', version: Number(query.version) };
  if (query.alias) return { by: 'alias', alias: query.alias };
  return { by: 'latest' };
}

/** The options of the "Version or alias" select: latest, the versions newest first, the aliases by name. */
export function versionChoices(versions: readonly number[], aliases: readonly string[]): VersionChoice[] {
  return [
    { by: 'latest' },
    ...[...new Set(versions)]
      .sort((a, b) => b - a)
      .map((version): VersionChoice => ({ by: 'version', version })),
    ...[...new Set(aliases)].sort().map((alias): VersionChoice => ({ by: 'alias', alias })),
  ];
}

export interface PredictionForm {
  namespace: string;
  name: string;
  model: string;
  choice: VersionChoice;
  template: string;
  input: string;
  parameters: Record<string, string>;
  /** The SlurmCluster's name; empty for the cluster marked default. */
  cluster: string;
}

export function predictionBody(form: PredictionForm): Prediction {
  const spec: Prediction['spec'] = { model: form.model, template: form.template, input: form.input };
  if (form.choice.by === 'version') spec.version = form.choice.version;
  if (form.choice.by === 'alias') spec.alias = form.choice.alias;
  if (form.cluster !== '') spec.cluster = form.cluster;
  if (Object.keys(form.parameters).length > 0) spec.parameters = { ...form.parameters };
  return {
    apiVersion: API_VERSION,
    kind: 'Prediction',
    metadata: { name: form.name, namespace: form.namespace },
    spec,
  };
}

/** Why `value` is not a usable spec.input (the CRD's rules and the path characters of docs/templates.md). */
export function inputProblem(value: string): string | undefined {
  if (value === '') return 'is required';
  if (!value.startsWith('/')) return 'must be an absolute path (starting with "/")';
  if (value.length > 4096) return 'must be at most 4096 characters';
  if (value.split('/').includes('..')) return 'must not contain ".." segments';
  if (!/^\/[A-Za-z0-9._/+@%-]*$/.test(value))
    return 'must use only A-Z a-z 0-9 and . _ / + @ % - (no spaces, "," or ":")';
  return undefined;
}
