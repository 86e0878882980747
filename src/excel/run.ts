// The one way entry points reach Excel: Excel.run, with Excel's errors explained.
import { toAddinError } from "./errors";

export async function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw toAddinError(error);
  }
}
