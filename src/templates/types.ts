// The shapes of job templates, shared by the loader, the parameter checks and the renderer.

export type TemplateKind = 'training' | 'prediction';

/** Default Slurm resources of a template; the resource's own spec.resources override them. */
export interface TemplateResources {
  partition?: string;
  account?: string;
  qos?: string;
  timeLimit?: string;
  nodes?: number;
  cpusPerTask?: number;
  memory?: string;
  gpus?: number;
}

/**
 * A declared parameter. Values always arrive as strings; `type` says how the string is read. A
 * `path` is an absolute path (or empty, for "not given") that must also lie in the tenant's own
 * tree or an allowed root of its SlurmCluster (clusters/tenant-paths.ts).
 */
export interface ParameterSpec {
  name: string;
  type: 'string' | 'path' | 'integer' | 'number' | 'boolean';
  description?: string;
  required: boolean;
  default?: string;
  pattern?: string;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
}

export interface JobTemplate {
  /** DNS-1123 label, equal to the file's base name. */
  name: string;
  kind: TemplateKind;
  description: string;
  /** Declared parameters, in file order. */
  parameters: ParameterSpec[];
  /** Default resources. */
  resources: TemplateResources;
  /** sbatch script body, submitted exactly as written; it reads values from its environment. */
  script: string;
  /** File the template was loaded from, for messages. */
  source: string;
}

/** Variables the operator provides (model path, output path, ...), by name. */
export interface RenderContext {
  [variable: string]: string;
}

export type RenderResult =
  | {
      ok: true;
      /** The template's script, unchanged. */
      script: string;
      /** Effective parameter values (given, then defaults), in declaration order. */
      parameters: Record<string, string>;
      /** Parameters and context variables, by name: the job's environment besides the operator's own. */
      environment: Record<string, string>;
    }
  | { ok: false; errors: string[] };

export const TRAINING_CONTEXT_VARIABLES: readonly string[] = Object.freeze([
  'model_name',
  'model_path',
  'namespace',
  'resource_name',
  'resource_uid',
]);

/** A Prediction also knows the version it uses; a Training's number is given only when it has succeeded. */
export const PREDICTION_CONTEXT_VARIABLES: readonly string[] = Object.freeze([
  ...TRAINING_CONTEXT_VARIABLES,
  'model_version',
  'input_path',
  'output_path',
]);

export function contextVariablesOf(kind: TemplateKind): readonly string[] {
  return kind === 'training' ? TRAINING_CONTEXT_VARIABLES : PREDICTION_CONTEXT_VARIABLES;
}
