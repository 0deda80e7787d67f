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

/** spec.alias's rule (the Prediction CRD): a Model alias such as production or canary_2. */
const ALIAS = /^[a-z0-9]([-a-z0-9_]*[a-z0-9])?$/;

/** Why `alias` cannot be a Prediction's spec.alias, or undefined. */
export function aliasProblem(alias: string): string | undefined {
  if (alias === '') return 'is empty';
  if (alias.length > 63) return `is longer than 63 characters (has ${alias.length})`;
  if (!ALIAS.test(alias))
    return 'may use only lower-case letters, digits, "-" and "_", and must start and end with a letter or digit';
  return undefined;
}

/**
 * Why an option value cannot be read back as the choice it shows, or undefined. parseChoice reads
 * anything unreadable as the latest version: an alias from the address (?alias=) that is no alias
 * must be shown as a problem, never sent as "latest" without a word.
 */
export function choiceProblem(value: string): string | undefined {
  if (value === 'latest' || /^[1-9][0-9]*$/.test(value)) return undefined;
  if (value.startsWith('alias: ')) {
    const alias = value.slice('alias: '.length);
    const problem = aliasProblem(alias);
    return problem
      ? `${JSON.stringify(alias)} is not an alias name: it ${problem}. Choose latest, a version or an alias.`
      : undefined;
  }
  return `${JSON.stringify(value)} is not latest, a version or an alias. Choose one.`;
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
