// A client-node Watch owned by one informer generation. ListWatch's watch and done handlers are async
// functions whose rejections nobody awaits (an unhandled rejection ends the process), and a ListWatch
// stopped while it is connecting opens its watch anyway. Once closed, this Watch opens nothing, aborts
// what it opened and delivers nothing; every rejection goes to `report` instead of the process.
import { type KubeConfig, Watch } from '@kubernetes/client-node';

type WatchCallback = Parameters<Watch['watch']>[2];
type DoneCallback = Parameters<Watch['watch']>[3];

export class GuardedWatch extends Watch {
  private closed = false;
  private current: AbortController | undefined;
  private readonly report: (error: unknown) => void;
  private readonly transform: ((object: unknown) => void) | undefined;

  /** `transform` may change each delivered object in place, before anything else sees it. */
  constructor(config: KubeConfig, report: (error: unknown) => void, transform?: (object: unknown) => void) {
    super(config);
    this.report = report;
    this.transform = transform;
  }

  close(): void {
    this.closed = true;
    this.current?.abort();
    this.current = undefined;
  }

  override async watch(
    path: string,
    queryParams: Record<string, string | number | boolean | undefined>,
    callback: WatchCallback,
    done: DoneCallback,
  ): Promise<AbortController> {
    if (this.closed) {
      const controller = new AbortController();
      controller.abort();
      return controller;
    }
    const controller = await super.watch(
      path,
      queryParams,
      (phase, apiObject, watchObject) => {
        if (this.closed) return;
        this.guard(() => {
          this.transform?.(apiObject);
          return callback(phase, apiObject, watchObject);
        });
      },
      (error) => {
        if (!this.closed) this.guard(() => done(error));
      },
    );
    if (this.closed) controller.abort();
    else this.current = controller;
    return controller;
  }

  private guard(call: () => unknown): void {
    try {
      const result = call();
      if (result instanceof Promise) result.catch(this.report);
    } catch (error) {
      this.report(error);
    }
  }
}
