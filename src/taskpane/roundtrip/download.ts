// Files the pane hands to the user: an object URL for a link, or a download started at once (the
// backup, which must be on its way before the pane writes anything).
import { asciiStem } from "../../core/fileNames";
import { UI } from "../../core/strings/ui";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** An object URL for the bytes; the caller revokes it once no link needs it. */
export function xlsxUrl(bytes: Uint8Array): string {
  return URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }));
}

/** Starts the download of `url` as `fileName`, as a click on a download link would. */
export function startDownload(url: string, fileName: string): void {
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.style.display = "none";
  document.body.appendChild(link);
  link.click();
  link.remove();
}

const two = (n: number) => String(n).padStart(2, "0");

/**
 * "<workbook> - sao luu dd-mm-yyyy HHmm.xlsx", in local time, the workbook's name folded to plain
 * ASCII like every file the pane names (mail clients and old shares mangle Vietnamese letters).
 */
export function backupFileName(workbookFile: string, at: Date): string {
  const stem = asciiStem(workbookFile.replace(/\.xls[xmb]?$/i, "")) || UI.roundTrip.backup.bookFallback;
  const stamp = `${two(at.getDate())}-${two(at.getMonth() + 1)}-${at.getFullYear()} ${two(at.getHours())}${two(at.getMinutes())}`;
  return UI.roundTrip.backup.fileName(stem, stamp);
}
