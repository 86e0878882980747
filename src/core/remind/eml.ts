// An e-mail draft as an .eml file (RFC 5322 + MIME). `X-Unsent: 1` makes Outlook (and Thunderbird's
// "Edit as new") open it as a message to send rather than one received. Everything is 7-bit ASCII:
// Vietnamese travels base64-encoded, so no mail program can mangle it on the way.
import { base64, base64Lines } from "./base64";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export interface EmlAttachment {
  fileName: string;
  bytes: Uint8Array;
  contentType?: string;
}

export interface EmlDraft {
  /** One address or several separated by ";" or ","; "" leaves To empty for the sender to fill in. */
  to: string;
  subject: string;
  body: string;
  /** Omitted: the mail program stamps the date when the draft is sent. */
  date?: Date;
  attachment?: EmlAttachment;
}

const CRLF = "\r\n";
const LINE_WIDTH = 76;
// "=_" never occurs in base64 text, so the boundary cannot appear inside any part.
const BOUNDARY = "=_nhac-viec_part_boundary";

export function buildEml(draft: EmlDraft): string {
  const headers = [
    `To:${addressList(draft.to) ? " " + addressList(draft.to) : ""}`,
    `Subject: ${encodedWords(draft.subject, "Subject: ".length)}`,
    ...(draft.date ? [`Date: ${rfc5322Date(draft.date)}`] : []),
    "MIME-Version: 1.0",
    "X-Unsent: 1",
  ];
  const text = textPart(draft.body);
  if (!draft.attachment) return [...headers, ...text.headers, "", text.content, ""].join(CRLF);

  const file = draft.attachment;
  const parts = [
    `--${BOUNDARY}`,
    ...text.headers,
    "",
    text.content,
    `--${BOUNDARY}`,
    // Folded after the colon: the spreadsheet type alone nearly fills a line.
    "Content-Type:",
    ` ${file.contentType ?? XLSX_CONTENT_TYPE};`,
    ` name="${encodedWords(file.fileName, 7)}"`,
    "Content-Transfer-Encoding: base64",
    // As Thunderbird writes it: RFC 2231 here, RFC 2047 in `name` above for Outlook. No ASCII
    // `filename=` beside it: some readers prefer that one and the unit would see a name without accents.
    "Content-Disposition: attachment;",
    ...rfc2231("filename", file.fileName),
    "",
    base64Lines(file.bytes),
    `--${BOUNDARY}--`,
    "",
  ];
  return [...headers, `Content-Type: multipart/mixed; boundary="${BOUNDARY}"`, "", ...parts].join(CRLF);
}

function textPart(body: string): { headers: string[]; content: string } {
  const crlf = body.replace(/\r\n|\r|\n/g, CRLF);
  return {
    headers: ["Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: base64"],
    content: base64Lines(utf8(crlf)),
  };
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text.normalize("NFC"));
}

/** Catalog cells list addresses with ";" as Outlook does; RFC 5322 separates them with ",". No line breaks get through. */
function addressList(text: string): string {
  return text
    .split(/[;,\r\n]+/)
    .map((a) => a.trim())
    .filter((a) => a !== "")
    .join(", ");
}

/**
 * RFC 2047 encoded-words, each holding whole characters (a UTF-8 sequence split across two words
 * shows as garbage in some clients), folded onto continuation lines so that no line passes 76
 * characters (78 is the limit; the rest is room for a closing quote). `offset`: characters already on
 * the first line.
 */
export function encodedWords(text: string, offset = 0): string {
  const normal = text.normalize("NFC").replace(/[\r\n]+/g, " ");
  if (/^[\x20-\x7e]*$/.test(normal) && normal.length + offset <= LINE_WIDTH && !/=\?/.test(normal)) return normal;
  // "=?UTF-8?B?" + "?=" take 12 characters; every 3 bytes take 4 base64 characters.
  const bytesFitting = (used: number) => Math.max(3, Math.floor((LINE_WIDTH - used - 12) / 4) * 3);
  let maxBytes = bytesFitting(offset);
  const words: string[] = [];
  let chunk = "";
  let chunkBytes = 0;
  for (const ch of normal) {
    const size = utf8(ch).length;
    if (chunk !== "" && chunkBytes + size > maxBytes) {
      words.push(chunk);
      chunk = "";
      chunkBytes = 0;
      maxBytes = bytesFitting(1);
    }
    chunk += ch;
    chunkBytes += size;
  }
  if (chunk !== "" || words.length === 0) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${base64(utf8(w))}?=`).join(CRLF + " ");
}

/**
 * RFC 2231 `filename*0*=UTF-8''…` parameters, split so no line passes the width. Pieces hold whole
 * characters: some clients decode each piece on its own.
 */
function rfc2231(param: string, value: string): string[] {
  const chars = [...value.normalize("NFC")].map((ch) =>
    [...utf8(ch)].map((b) => (/[A-Za-z0-9._-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, "0")}`)).join(""),
  );
  const single = ` ${param}*=UTF-8''${chars.join("")}`;
  if (single.length <= LINE_WIDTH) return [single];
  const pieces: string[] = [];
  let piece = "";
  for (const ch of chars) {
    const prefix = ` ${param}*${pieces.length}*=${pieces.length === 0 ? "UTF-8''" : ""}`;
    if (piece !== "" && prefix.length + piece.length + ch.length + 1 > LINE_WIDTH) {
      pieces.push(prefix + piece);
      piece = "";
    }
    piece += ch;
  }
  pieces.push(` ${param}*${pieces.length}*=${pieces.length === 0 ? "UTF-8''" : ""}${piece}`);
  return pieces.map((p, i) => (i < pieces.length - 1 ? p + ";" : p));
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** In UTC: the core knows no time zone, and every mail program converts for display. */
function rfc5322Date(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return (
    `${DAYS[date.getUTCDay()]}, ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ` +
    `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`
  );
}
