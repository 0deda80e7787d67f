// Exponential backoff with ±10 % jitter, shared by the work queue and the informer restarts.
// The jitter band is narrow enough that, below the cap, attempt n+1 never waits less than attempt n.

export function backoffDelay(attempt: number, baseMs: number, maxMs: number, random = Math.random): number {
  const exponent = Math.max(0, Math.min(attempt - 1, 60));
  const nominal = Math.min(maxMs, baseMs * 2 ** exponent);
  return Math.min(maxMs, Math.round(nominal * (0.9 + 0.2 * random())));
}

export type RuntimeLogger = (message: string, error?: unknown) => void;

export const consoleLogger: RuntimeLogger = (message, error) => {
  if (error === undefined) console.error(message);
  else console.error(message, error);
};
