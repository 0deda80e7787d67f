// The web console's part of the operator's port (docs/ui.md), wired from configuration: the
// static files (public), and the authenticated APIs the pages call. Off, /ui/ answers 404 with
// how to turn it on, and nothing else of the console exists.
import type { KubeConfig } from '@kubernetes/client-node';
import { sendJson } from '../http/json-answer.ts';
import type { PublicHandler, RouteHandler } from '../observability/http-server.ts';
import { apiServerTarget, kubePassThrough } from './kube-pass-through.ts';
import { underKubePrefix } from './kube-paths.ts';
import { staticFiles } from './static-files.ts';
import { isValidatePath, type TemplateSource, templatesHandler } from './templates-api.ts';
import { WatchLimiter } from './watch-limiter.ts';
import { whoamiHandler } from './whoami.ts';

export { DEFAULT_CONSOLE_DIR } from './default-dir.ts';
export { consoleBuilt, NOT_BUILT } from './static-files.ts';

export interface ConsoleOptions {
  enabled: boolean;
  /** The built console (CONSOLE_DIR). */
  directory: string;
  /** The API server's address and CA; its user is never used for the pass-through. */
  kubeConfig: KubeConfig;
  templates: () => TemplateSource;
  logger?: { warn(details: Record<string, unknown>, message: string): void };
}

export interface ConsoleRoutes {
  /** Tried before authentication. */
  publicHandlers: PublicHandler[];
  /** Tried for authenticated callers. */
  handlers: RouteHandler[];
  /** Paths whose handlers take POST (the server refuses it everywhere else). */
  acceptsPost(path: string): boolean;
}

const DISABLED =
  'the web console is not enabled on this operator (chart value console.enabled, environment CONSOLE_ENABLED=true)';

const underUi = (path: string) => path === '/ui' || path.startsWith('/ui/');

export function consoleRoutes(options: ConsoleOptions): ConsoleRoutes {
  if (!options.enabled)
    return {
      publicHandlers: [
        async (req, res) => {
          if (!underUi(new URL(req.url ?? '/', 'http://localhost').pathname)) return false;
          return sendJson(res, 404, { error: DISABLED }, { head: req.method === 'HEAD' });
        },
      ],
      handlers: [],
      acceptsPost: () => false,
    };
  return {
    publicHandlers: [staticFiles({ directory: options.directory })],
    handlers: [
      whoamiHandler(),
      kubePassThrough({
        target: apiServerTarget(options.kubeConfig),
        watches: new WatchLimiter(),
        ...(options.logger ? { logger: options.logger } : {}),
      }),
      templatesHandler(options.templates),
    ],
    // The handlers claim exactly these parsed paths, so a POST let through here is answered by
    // the handler that checks its method, never by one that expects GET.
    acceptsPost: (path) => underKubePrefix(path) || isValidatePath(path),
  };
}
