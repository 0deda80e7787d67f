// Which namespaces a session watches: those the person names (checked as namespace names), or,
// when they name none, those their rights let them list Trainings in, at most as many as the
// operator's watch limit lets the Overview follow.
import { DEFAULT_WATCHES_PER_USER } from '../../../src/console/watch-limiter.ts';
import { labelProblem } from '../forms/names.ts';
import type { ConsoleData } from './console-data.ts';

/**
 * How many namespaces discovery keeps: the Overview opens two watches per namespace (Trainings,
 * Predictions), and the operator refuses a person's watches beyond DEFAULT_WATCHES_PER_USER.
 */
export const MAX_WATCHED_NAMESPACES = Math.floor(DEFAULT_WATCHES_PER_USER / 2);
/** How many of the namespaces the person can see are checked for list rights, at most. */
const MAX_CHECKED = 64;

/** Discovery found nothing to watch; the message says what to do. */
export class NeedNamespaces extends Error {}

/** Why the typed namespaces cannot be used (each a DNS-1123 label, and not too many), or undefined. */
export function namespacesProblem(named: readonly string[]): string | undefined {
  const problems = named.flatMap((ns) => {
    const problem = labelProblem(ns);
    return problem ? [`"${ns}" ${problem}`] : [];
  });
  if (problems.length > 0) return `Not a namespace name: ${problems.join('; ')}.`;
  if (named.length > MAX_WATCHED_NAMESPACES)
    return `Name at most ${MAX_WATCHED_NAMESPACES} namespaces (${named.length} given): the console watches two lists in each, and the operator limits how many watches one person has open.`;
  return undefined;
}

/** The namespaces to watch, and what the person should know about the choice. */
export interface Discovered {
  namespaces: string[];
  notice?: string;
}

/**
 * The namespaces to use when the person named none: every namespace ([]) when they may list
 * Trainings cluster-wide, else the first MAX_WATCHED_NAMESPACES namespaces they may see and list
 * Trainings in, with a notice when there are more.
 */
export async function discoverNamespaces(data: ConsoleData): Promise<Discovered> {
  const allowed = (verb: string, ns: string) => data.can(verb, 'trainings', ns).catch(() => false);
  if (await allowed('list', '')) return { namespaces: [] };
  const visible = await data.namespaces();
  if (visible === null) {
    throw new NeedNamespaces(
      'Your rights do not let the console list namespaces. Name the namespaces you work in, separated by commas.',
    );
  }
  const candidates = visible.slice(0, MAX_CHECKED);
  const mine: string[] = [];
  // In batches, stopping once one more than the limit is found: that is enough to know there are more.
  for (
    let i = 0;
    i < candidates.length && mine.length <= MAX_WATCHED_NAMESPACES;
    i += MAX_WATCHED_NAMESPACES
  ) {
    const batch = candidates.slice(i, i + MAX_WATCHED_NAMESPACES);
    const checks = await Promise.all(batch.map((ns) => allowed('list', ns)));
    mine.push(...batch.filter((_, j) => checks[j]));
  }
  if (mine.length === 0) {
    throw new NeedNamespaces(
      'None of the namespaces you can see lets you list Trainings. Name the namespaces you work in, separated by commas.',
    );
  }
  if (mine.length > MAX_WATCHED_NAMESPACES) {
    const kept = mine.slice(0, MAX_WATCHED_NAMESPACES);
    return {
      namespaces: kept,
      notice: `You may list Trainings in more than ${MAX_WATCHED_NAMESPACES} namespaces; the console watches only the first ${MAX_WATCHED_NAMESPACES} (${kept.join(', ')}). To choose, sign out and name the namespaces you work in.`,
    };
  }
  if (visible.length > MAX_CHECKED) {
    return {
      namespaces: mine,
      notice: `The console looked at only the first ${MAX_CHECKED} of the ${visible.length} namespaces you can see. To choose, sign out and name the namespaces you work in.`,
    };
  }
  return { namespaces: mine };
}
