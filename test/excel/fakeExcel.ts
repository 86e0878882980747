// Each test gets a fresh fake Excel installed as the globals the adapter uses.
import { installFakeExcel, type FakeExcelHost, type FakeExcelOptions, type InstalledFakeExcel } from "../fakes/excel";

export const TODAY = "2026-06-30";

export function useFakeExcel(options: FakeExcelOptions = {}): () => FakeExcelHost {
  let fake: InstalledFakeExcel | undefined;
  beforeEach(() => {
    fake = installFakeExcel({ today: TODAY, ...options });
  });
  afterEach(() => fake?.uninstall());
  return () => fake!.host;
}

/** Runs `action` and returns how many sync() calls it made. */
export async function syncsOf(host: FakeExcelHost, action: () => Promise<unknown>): Promise<number> {
  const before = host.syncCount;
  await action();
  return host.syncCount - before;
}
