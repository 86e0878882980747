// Queues writes and sends them in as few requests as the 5 MB cap allows: one, unless the queued JSON
// would pass the budget. Each request suspends calculation (and screen updating) until it is applied.
import { supportsSuspendCalculation } from "./capabilities";
import { REQUEST_BUDGET } from "./payload";

/** What a small operation (a format, a rule, a name) adds to the request, generously. */
export const SMALL_OP_BYTES = 300;

/** Hears after each request of a write: the bytes sent so far and the requests sent so far. */
export type BatchProgress = (sentBytes: number, requests: number) => void;

export class WriteBatch {
  private bytes = 0;
  private started = false;
  private sent = 0;
  private requests = 0;
  private listener: BatchProgress | null = null;
  private readonly suspendCalculation = supportsSuspendCalculation();

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly screenUpdating: boolean,
    readonly budget: number = REQUEST_BUDGET,
  ) {}

  /**
   * The most a slice of a big block may weigh: two slices, each with its operation, fill one request,
   * so a block of many slices never leaves requests half empty.
   */
  get sliceBudget(): number {
    return this.budget / 2 - SMALL_OP_BYTES;
  }

  /** Queues `queue`; sends what is already queued first when `bytes` more would not fit. */
  async add(bytes: number, queue: () => void): Promise<void> {
    if (this.started && this.bytes + bytes > this.budget) await this.flush();
    if (!this.started) this.begin();
    queue();
    this.bytes += bytes;
  }

  /** Reports each request as it completes, so long writes show progress per part. */
  onSent(listener: BatchProgress): this {
    this.listener = listener;
    return this;
  }

  /** Sends what is queued, if anything. */
  async flush(): Promise<void> {
    if (!this.started) return;
    const bytes = this.bytes;
    this.started = false;
    this.bytes = 0;
    await this.context.sync();
    this.sent += bytes;
    this.requests++;
    this.listener?.(this.sent, this.requests);
  }

  private begin(): void {
    this.started = true;
    if (this.suspendCalculation) this.context.application.suspendApiCalculationUntilNextSync();
    if (this.screenUpdating) this.context.application.suspendScreenUpdatingUntilNextSync();
  }
}
