// The drafts are read back as a mail program reads them: headers unfolded, encoded-words and RFC 2231
// parameters decoded, base64 parts decoded to bytes.
import { base64 } from "../../../src/core/remind/base64";
import { buildEml, XLSX_CONTENT_TYPE } from "../../../src/core/remind/eml";

interface Part {
  headers: Map<string, string>;
  body: string;
}

function parsePart(raw: string): Part {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]/g, " ");
  const headers = new Map<string, string>();
  for (const line of head.split("\r\n")) {
    const colon = line.indexOf(":");
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: raw.slice(split + 4) };
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_m, b64: string) => Buffer.from(b64, "base64").toString("utf8"));
}

function param(header: string, name: string): string | undefined {
  const plain = new RegExp(`;\\s*${name}="([^"]*)"`).exec(header);
  const extended = [...header.matchAll(new RegExp(`;\\s*${name}\\*(\\d+)?\\*?=([^;]*)`, "g"))];
  if (extended.length > 0) {
    const joined = extended
      .sort((a, b) => Number(a[1] ?? 0) - Number(b[1] ?? 0))
      .map((m) => m[2].trim())
      .join("");
    return decodeURIComponent(joined.replace(/^UTF-8''/i, ""));
  }
  return plain?.[1];
}

const bodyBytes = (part: Part) => Buffer.from(part.body.replace(/\r\n/g, ""), "base64");

const BODY = "Kính gửi: Phòng Kế hoạch - Tài chính\n\n1. NV03 - Kiểm tra (hạn 15/06/2026, quá hạn 15 ngày)\n\nTrân trọng.\n";
const SUBJECT = "Nhắc việc: 2 nhiệm vụ quá hạn, 3 sắp đến hạn — Phòng Kế hoạch - Tài chính";

describe("an .eml reminder draft", () => {
  const eml = buildEml({ to: "khtc@syt.example.vn", subject: SUBJECT, body: BODY });
  const message = parsePart(eml);

  it("opens as a new message to send: X-Unsent, MIME-Version, the unit's address", () => {
    expect(message.headers.get("x-unsent")).toBe("1");
    expect(message.headers.get("mime-version")).toBe("1.0");
    expect(message.headers.get("to")).toBe("khtc@syt.example.vn");
    expect(message.headers.has("date")).toBe(false);
  });

  it("carries the Vietnamese subject as UTF-8 encoded-words that decode to it exactly", () => {
    const raw = message.headers.get("subject") as string;
    expect(raw).toMatch(/^=\?UTF-8\?B\?/);
    expect(decodeWords(raw)).toBe(SUBJECT);
  });

  it("is plain ASCII with CRLF line ends and no line longer than 78 characters", () => {
    expect(/^[\x00-\x7f]*$/.test(eml)).toBe(true);
    expect(eml.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of eml.split("\r\n")) expect(line.length).toBeLessThanOrEqual(78);
  });

  it("has a UTF-8 text body that decodes to the reminder text", () => {
    expect(message.headers.get("content-type")).toBe("text/plain; charset=UTF-8");
    expect(message.headers.get("content-transfer-encoding")).toBe("base64");
    expect(bodyBytes(message).toString("utf8")).toBe(BODY.replace(/\n/g, "\r\n"));
  });

  it("leaves To empty for the sender to fill in when the unit has no address, and lists several", () => {
    expect(parsePart(buildEml({ to: "", subject: "x", body: "y" })).headers.get("to")).toBe("");
    expect(parsePart(buildEml({ to: "a@x.vn; b@x.vn", subject: "x", body: "y" })).headers.get("to")).toBe("a@x.vn, b@x.vn");
    expect(buildEml({ to: "a@x.vn\r\nBcc: evil@x.vn", subject: "x", body: "y" })).not.toMatch(/\r\nBcc:/);
  });

  it("stamps a Date header in RFC 5322 form when given one", () => {
    const dated = parsePart(buildEml({ to: "", subject: "x", body: "y", date: new Date(Date.UTC(2026, 5, 30, 8, 5, 9)) }));
    expect(dated.headers.get("date")).toBe("Tue, 30 Jun 2026 08:05:09 +0000");
  });
});

describe("a draft with the unit's workbook attached", () => {
  const bytes = new Uint8Array(5000).map((_, i) => (i * 37 + (i >> 3)) & 255);
  const fileName = "Sổ theo dõi - Trung tâm Kiểm soát bệnh tật tỉnh Bình An (năm 2026).xlsx";
  const eml = buildEml({ to: "cdc@syt.example.vn", subject: SUBJECT, body: BODY, attachment: { fileName, bytes } });
  const message = parsePart(eml);
  const boundary = /boundary="([^"]+)"/.exec(message.headers.get("content-type") as string)?.[1] as string;
  const parts = message.body
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((p) => parsePart(p.replace(/^\r\n/, "").replace(/\r\n$/, "")));

  it("is multipart/mixed: the text, then the workbook, and the boundary closes", () => {
    expect(message.headers.get("content-type")).toMatch(/^multipart\/mixed;/);
    expect(message.headers.get("x-unsent")).toBe("1");
    expect(message.body).toContain(`--${boundary}--`);
    expect(parts).toHaveLength(2);
    expect(bodyBytes(parts[0]).toString("utf8")).toBe(BODY.replace(/\n/g, "\r\n"));
  });

  it("keeps every line within 78 characters, the long file name included", () => {
    for (const line of eml.split("\r\n")) expect(line.length).toBeLessThanOrEqual(78);
  });

  it("attaches the exact bytes as an .xlsx in base64 lines of 76 characters", () => {
    const file = parts[1];
    expect(file.headers.get("content-type")).toMatch(new RegExp(`^${XLSX_CONTENT_TYPE.replace(/\./g, "\\.")};`));
    expect(file.headers.get("content-transfer-encoding")).toBe("base64");
    const lines = file.body.split("\r\n").filter((l) => l !== "");
    expect(lines.slice(0, -1).every((l) => l.length === 76)).toBe(true);
    expect(new Uint8Array(bodyBytes(file))).toEqual(bytes);
  });

  it("names the file in Vietnamese by RFC 2231 (and encoded-words for older clients), both decoding to the same name", () => {
    const disposition = parts[1].headers.get("content-disposition") as string;
    expect(disposition).toMatch(/^attachment;/);
    expect(param(disposition, "filename")).toBe(fileName);
    expect(decodeWords(param(parts[1].headers.get("content-type") as string, "name") as string)).toBe(fileName);
  });
});

describe("base64", () => {
  it("matches the standard encoding for every padding length", () => {
    for (const text of ["", "a", "ab", "abc", "abcd", "Nhắc việc đơn vị"]) {
      const bytes = new TextEncoder().encode(text);
      expect(base64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
    }
  });
});
