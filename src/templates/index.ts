// Job templates: files that declare parameters and hold an sbatch script, loaded into a
// catalog and rendered strictly: the script as written, the values as environment variables.

import { fileURLToPath } from 'node:url';

export { TemplateCatalog, type TemplateProblem } from './catalog.ts';
export { DEFAULT_STRING_PATTERN } from './parameters.ts';
export { checkJobParameters, pathParametersOf, renderJobTemplate } from './render.ts';
export {
  type JobTemplate,
  type ParameterSpec,
  PREDICTION_CONTEXT_VARIABLES,
  type RenderContext,
  type RenderResult,
  type TemplateKind,
  type TemplateResources,
  TRAINING_CONTEXT_VARIABLES,
} from './types.ts';

/** The repository's templates/ folder (also shipped in the npm package and the image). */
export const builtinTemplatesDir: string = fileURLToPath(new URL('../../templates', import.meta.url));
