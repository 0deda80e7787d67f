// Parameter names that would collide, as environment variables, with a name the operator or
// Slurm sets or that shells and common tools treat specially. Parameter names are lower case
// and the operator's own variables win the merge, so none of these could override one; they are
// refused anyway because a variable that differs only in case invites mistakes, and csh and zsh
// tie some lower-case names to their upper-case twins (path is PATH, home is HOME).

/** Upper-case names the operator sets (submission.ts) or Slurm, shells and loaders read. */
const NAMES = new Set([
  // the operator's own
  'PATH',
  'SLURM_ML_OPERATOR',
  'SLURM_ML_PROGRESS_FILE',
  'SLURM_ML_PROGRESS_HELPER',
  // Slurm's batch environment beyond SLURM_*
  'ENVIRONMENT',
  'CUDA_VISIBLE_DEVICES',
  'GPU_DEVICE_ORDINAL',
  'ROCR_VISIBLE_DEVICES',
  'OMP_NUM_THREADS',
  'TMPDIR',
  // the login environment and POSIX shells
  'HOME',
  'USER',
  'LOGNAME',
  'SHELL',
  'TERM',
  'PWD',
  'OLDPWD',
  'HOSTNAME',
  'LANG',
  'TZ',
  'IFS',
  'ENV',
  'CDPATH',
  'PS1',
  'PS2',
  'PS3',
  'PS4',
  'OPTIND',
  'OPTARG',
  'MAIL',
  'MAILPATH',
  'PROMPT_COMMAND',
  'SHELLOPTS',
  'GLOBIGNORE',
  'POSIXLY_CORRECT',
]);

/** Upper-case prefixes of whole families, and whose they are. */
const PREFIXES: [string, string][] = [
  ['SLURM_', 'Slurm'],
  ['SBATCH_', 'Slurm'],
  ['SRUN_', 'Slurm'],
  ['SALLOC_', 'Slurm'],
  ['BASH', 'bash'],
  ['LD_', 'the dynamic loader'],
  ['LC_', 'the locale'],
];

/** Lower-case names with a meaning of their own: bash, zsh and csh specials, proxy settings curl and wget read. */
const LOWER_CASE = new Set([
  'auto_resume',
  'histchars',
  'cdpath',
  'fpath',
  'manpath',
  'module_path',
  'psvar',
  'fignore',
  'watch',
  'prompt',
  'argv',
  'status',
  'cwd',
  'noglob',
  'http_proxy',
  'https_proxy',
  'ftp_proxy',
  'no_proxy',
  'all_proxy',
]);

/** Why a parameter may not have this name, or undefined when it may. */
export function reservedNameProblem(name: string): string | undefined {
  const upper = name.toUpperCase();
  if (NAMES.has(upper) || LOWER_CASE.has(name)) {
    return `is reserved: "${name}" (or ${upper}) means something to the operator, Slurm or the shell in the job's environment; choose another name`;
  }
  const family = PREFIXES.find(([prefix]) => upper.startsWith(prefix));
  if (family) {
    const [prefix, owner] = family;
    return `is reserved: names starting with "${prefix.toLowerCase()}" belong to ${owner} in the job's environment; choose another name`;
  }
  return undefined;
}
