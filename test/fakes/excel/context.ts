// Request context and proxy base: operations queue up and run only at context.sync(), as in Excel.
import { fail, FakeOfficeError } from "./errors";
import type { FakeExcelHost } from "./host";
import type { SheetState } from "./state";
import type { FakeWorksheet } from "./worksheet";

/** One queued operation. `run` applies it to the workbook and returns the bytes its answer adds to the response. */
export type OperationKind = "instantiate" | "load" | "change" | "versionCheck";

export interface Operation {
  label: string;
  kind: OperationKind;
  /** Bytes this operation adds to the request (JSON of its arguments plus a small envelope). */
  requestBytes: number;
  /** Lowest ExcelApi version that has it, e.g. "1.8". */
  minVersion?: string;
  run(): number;
}

/** JSON size in UTF-8 bytes, the way the request travels. */
export function jsonBytes(value: unknown): number {
  const text = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const ENVELOPE_BYTES = 40;

export abstract class FakeContextCore {
  private queue: Operation[] = [];
  closed = false;

  constructor(readonly host: FakeExcelHost) {}

  /** A worksheet proxy over whatever sheet `resolver` finds at sync time. */
  abstract worksheetOf(resolver: () => SheetState | null): FakeWorksheet;

  /** Makes the next sync fail with ApiNotFound when the host lacks the version (for methods that only return proxies). */
  requireVersion(label: string, version: string): void {
    this.enqueue(label, () => undefined, undefined, version, "versionCheck");
  }

  enqueue(
    label: string,
    run: () => number | void,
    args?: unknown,
    minVersion?: string,
    kind: OperationKind = "change",
  ): void {
    // `run` answers with the bytes it adds to the response (loads); writes answer nothing.
    if (this.closed)
      fail(
        "InvalidRequestContext",
        "This object was created in an Excel.run that has ended.",
      );
    this.queue.push({
      label,
      kind,
      minVersion,
      requestBytes: ENVELOPE_BYTES + (args === undefined ? 0 : jsonBytes(args)),
      run: () => run() ?? 0,
    });
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    this.host.runBatch(batch);
    if (this.host.syncDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.host.syncDelayMs));
    else await Promise.resolve();
  }
}

/**
 * Base of every proxy. `resolve` finds the target in the workbook at sync time (the result is kept, as
 * Excel keeps an object path once instantiated). Properties are readable only once loaded and synced.
 */
export abstract class FakeProxy<T> {
  private resolved: { target: T | null } | null = null;
  private loaded = new Map<string, unknown>();
  private nullKnown: boolean | undefined;

  constructor(
    protected readonly core: FakeContextCore,
    private readonly resolver: () => T | null,
    protected readonly typeName: string,
    known?: T,
  ) {
    if (known !== undefined) {
      // An item of a loaded collection: it exists, and its path needs no new request.
      this.resolved = { target: known };
      this.nullKnown = false;
      return;
    }
    // Excel instantiates the object path in the next request: a missing item fails there (or, for
    // *OrNullObject, becomes a null object).
    core.enqueue(
      `${typeName}.instantiate`,
      () => {
        this.nullKnown = this.lookup() === null;
      },
      undefined,
      undefined,
      "instantiate",
    );
  }

  /** Marks a property as loaded with a value read in the same request (collection items). */
  preload(name: string, value: unknown): this {
    this.loaded.set(name, value);
    return this;
  }

  /** Reading it before a sync throws, as Office.js does. */
  get isNullObject(): boolean {
    if (this.nullKnown === undefined)
      fail(
        "PropertyNotLoaded",
        `${this.typeName}.isNullObject is not available before context.sync().`,
      );
    return this.nullKnown;
  }

  private lookup(): T | null {
    if (!this.resolved) this.resolved = { target: this.resolver() };
    return this.resolved.target;
  }

  /** The target, inside an operation; a null object cannot be used. */
  protected target(): T {
    const t = this.lookup();
    if (t === null)
      fail(
        "InvalidObjectPath",
        `The ${this.typeName} is a null object; check isNullObject before using it.`,
      );
    return t;
  }

  /** For child proxies: the parent's target, resolved when the child is. */
  protected targetOrNull(): T | null {
    return this.lookup();
  }

  protected abstract snapshot(property: string, target: T): unknown;
  protected abstract readonly loadable: readonly string[];

  load(
    names?:
      | string
      | string[]
      | { select?: string | string[]; expand?: string | string[] },
  ): this {
    const list = loadList(names, this.typeName);
    for (const name of list) {
      if (!this.loadable.includes(name))
        throw new Error(
          `fake: ${this.typeName}.${name} cannot be loaded (not supported by the fake)`,
        );
    }
    this.core.enqueue(
      `${this.typeName}.load(${list.join(",")})`,
      () => {
        const t = this.lookup();
        let bytes = 0;
        for (const name of list) {
          const value = t === null ? null : this.snapshot(name, t);
          this.loaded.set(name, value);
          bytes += jsonBytes(value);
        }
        return bytes;
      },
      undefined,
      undefined,
      "load",
    );
    return this;
  }

  protected read<V>(name: string): V {
    if (!this.loaded.has(name)) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(name) as V;
  }

  /** Queues a change; `apply` runs at sync against the target. */
  protected write(
    label: string,
    args: unknown,
    apply: (target: T) => void,
    minVersion?: string,
  ): void {
    this.core.enqueue(
      `${this.typeName}.${label}`,
      () => {
        apply(this.target());
      },
      args,
      minVersion,
    );
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

function loadList(
  names: string | string[] | { select?: string | string[] } | undefined,
  typeName: string,
): string[] {
  const select =
    typeof names === "object" && !Array.isArray(names) ? names.select : names;
  const raw = Array.isArray(select) ? select.join(",") : select;
  // The house rule (and eslint-plugin-office-addins) asks for named properties; the fake enforces it.
  if (!raw)
    throw new Error(
      `fake: ${typeName}.load() must name the properties it needs`,
    );
  return raw
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}
