// The templates the operator knows: the built-ins, then each admin directory (a mounted
// ConfigMap) in order, a later file replacing an earlier template of the same name. A file
// that fails to load is reported in `problems` and does not stop the others. A broken file
// still claims its name: it hides an earlier template of that name rather than letting the
// operator silently run a script the admin meant to replace.

import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadTemplateFile, templateNameOf } from './template-file.ts';
import type { JobTemplate } from './types.ts';

export interface TemplateProblem {
  file: string;
  message: string;
}

const TEMPLATE_FILE = /\.ya?ml$/;

export class TemplateCatalog {
  readonly problems: TemplateProblem[];
  readonly #templates: Map<string, JobTemplate>;
  readonly #broken: Map<string, TemplateProblem>;

  private constructor(
    templates: Map<string, JobTemplate>,
    broken: Map<string, TemplateProblem>,
    problems: TemplateProblem[],
  ) {
    this.#templates = templates;
    this.#broken = broken;
    this.problems = problems;
  }

  /** Loads every *.yaml and *.yml file of the directories; later directories win by name. */
  static async load(directories: string[]): Promise<TemplateCatalog> {
    const templates = new Map<string, JobTemplate>();
    const broken = new Map<string, TemplateProblem>();
    const problems: TemplateProblem[] = [];
    for (const directory of directories) {
      let names: string[];
      try {
        names = await readdir(directory);
      } catch (error) {
        problems.push({ file: directory, message: `cannot read directory: ${(error as Error).message}` });
        continue;
      }
      // A ConfigMap volume holds ..data and ..<timestamp> entries next to its files: skip dot names.
      const files = names.filter((n) => !n.startsWith('.') && TEMPLATE_FILE.test(n)).sort();
      const seen = new Set<string>();
      for (const file of files.map((n) => join(directory, n))) {
        const name = templateNameOf(file);
        if (seen.has(name)) {
          problems.push({ file, message: `another file in ${directory} already defines template "${name}"` });
          continue;
        }
        seen.add(name);
        const result = await loadTemplateFile(file);
        if (result.ok) {
          templates.set(name, result.template);
          broken.delete(name);
          continue;
        }
        const hides = templates.has(name)
          ? ` (it replaces, and so hides, the template from an earlier directory)`
          : '';
        const problem = {
          file,
          message: `template "${name}" failed to load${hides}: ${result.errors.join('; ')}`,
        };
        problems.push(problem);
        templates.delete(name);
        broken.set(name, problem);
      }
    }
    return new TemplateCatalog(templates, broken, problems);
  }

  get(name: string): JobTemplate | undefined {
    return this.#templates.get(name);
  }

  /** Loaded templates, sorted by name. */
  list(): JobTemplate[] {
    return [...this.#templates.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Why a template of this name is missing, when a file for it failed to load. */
  problemFor(name: string): TemplateProblem | undefined {
    return this.#broken.get(name);
  }
}
