// Per-request options for client-node 2.x API calls. The generated object-parameter APIs take
// Observable middleware (a Promise-returning middleware fails with "toPromise is not a function"),
// and the only way to give one call a deadline or cancel it is to set a signal on its RequestContext.
import { type ConfigurationOptions, Observable, type ObservableMiddleware } from '@kubernetes/client-node';

export function withSignal(signal: AbortSignal): ConfigurationOptions<ObservableMiddleware> {
  return {
    middleware: [
      {
        pre: (context) => {
          context.setSignal(signal);
          return new Observable(Promise.resolve(context));
        },
        post: (response) => new Observable(Promise.resolve(response)),
      },
    ],
    middlewareMergeStrategy: 'append',
  };
}

/** The HTTP status of a failed client-node call (ApiException.code), if it got that far. */
export function httpStatus(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'number' ? code : undefined;
}
