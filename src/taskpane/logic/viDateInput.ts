// The report date as typed in the pane (dd/mm/yyyy) and back.
import { formatViDate, isoDate, isValidYmd } from "../../core/dates";
import type { IsoDate } from "../../core/types";

/** "30/6/2026", "30.06.2026" or "30-06-2026" to 2026-06-30; null when it is not a real day. */
export function parseViDate(text: string): IsoDate | null {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(year, month, day) ? isoDate(year, month, day) : null;
}

export function showViDate(iso: IsoDate | null): string {
  return formatViDate(iso);
}
