// Open watches through the console, bounded per person and in all: each holds a connection to the
// API server and one to the browser for up to five minutes, and a page that leaks them (or a
// script that opens many) must not take the operator's sockets from everyone else.

// A person's Overview watches two kinds per namespace, and people keep several tabs open.
export const DEFAULT_WATCHES_PER_USER = 32;
export const DEFAULT_WATCHES_TOTAL = 200;

export type WatchSlot = { ok: true; release(): void } | { ok: false; reason: string };

export class WatchLimiter {
  private readonly byUser = new Map<string, number>();
  private open = 0;
  readonly perUser: number;
  readonly total: number;

  constructor(perUser = DEFAULT_WATCHES_PER_USER, total = DEFAULT_WATCHES_TOTAL) {
    this.perUser = perUser;
    this.total = total;
  }

  /** A slot for one watch of `user`, released once (a second release does nothing), or why not. */
  acquire(user: string): WatchSlot {
    const mine = this.byUser.get(user) ?? 0;
    if (mine >= this.perUser)
      return {
        ok: false,
        reason: `user "${user}" already has ${this.perUser} watches open through the console; close a page or try again later`,
      };
    if (this.open >= this.total)
      return {
        ok: false,
        reason: `the console already serves ${this.total} watches; try again later`,
      };
    this.byUser.set(user, mine + 1);
    this.open += 1;
    let released = false;
    return {
      ok: true,
      release: () => {
        if (released) return;
        released = true;
        this.open -= 1;
        const left = (this.byUser.get(user) ?? 1) - 1;
        if (left > 0) this.byUser.set(user, left);
        else this.byUser.delete(user);
      },
    };
  }

  /** Watches open now: of `user`, or in all. */
  count(user?: string): number {
    return user === undefined ? this.open : (this.byUser.get(user) ?? 0);
  }
}
