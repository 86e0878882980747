// Hostile .xlsx packages made on the spot (never committed): a million-row sheet, a part that unpacks
// to hundreds of megabytes from one, a part that lies about its size, an OpenDocument file. Built with
// Node's zlib in chunks, so making them costs little memory.
import { crc32, deflateRawSync, constants } from "node:zlib";

interface Part {
  name: string;
  /** Chunks of the part's bytes; `repeat` sends the same chunk that many times. */
  chunks: { bytes: Buffer; repeat?: number }[];
  /** Declared unpacked size, when it should lie. */
  declaredSize?: number;
}

/** A zip (deflated parts) from parts made of repeated chunks, with honest or lying sizes. */
export function zipOf(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    let crc = 0;
    let size = 0;
    const { deflateRaw } = streamDeflate();
    const packed: Buffer[] = [];
    for (const { bytes, repeat = 1 } of part.chunks) {
      // Each chunk is deflated on its own (no reference to the one before), so a repeat packs the same.
      const deflated = deflateRaw(bytes, false);
      for (let i = 0; i < repeat; i++) {
        crc = crc32(bytes, crc);
        size += bytes.length;
        packed.push(deflated);
      }
    }
    packed.push(deflateRaw(Buffer.alloc(0), true));
    const data = Buffer.concat(packed);
    const declared = part.declaredSize ?? size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(declared, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(crc >>> 0, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(declared, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    central.push(entry, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Raw deflate fed in pieces (sync flush between them), so a 400 MB part never sits in memory. */
function streamDeflate(): { deflateRaw: (chunk: Buffer, last: boolean) => Buffer } {
  // zlib's sync API has no streaming state: deflate each chunk as its own block sequence instead.
  // Concatenated raw deflate streams are not one stream, so each chunk is a non-final block: use
  // Z_SYNC_FLUSH-terminated blocks, then an empty final block.
  return {
    deflateRaw: (chunk, last) => {
      if (last) return Buffer.from([0x03, 0x00]); // an empty final fixed-Huffman block
      const out = deflateRawSync(chunk, { finishFlush: constants.Z_SYNC_FLUSH, level: 1 });
      return out;
    },
  };
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Nhiệm vụ" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';

const text = (s: string) => ({ bytes: Buffer.from(s, "utf8") });

/** A workbook whose one sheet is `sheetChunks` (between <sheetData> and </sheetData>). */
export function workbookZip(sheetChunks: Part["chunks"], declaredSize?: number): Buffer {
  const head = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  return zipOf([
    { name: "[Content_Types].xml", chunks: [text(CONTENT_TYPES)] },
    { name: "_rels/.rels", chunks: [text(ROOT_RELS)] },
    { name: "xl/workbook.xml", chunks: [text(WORKBOOK)] },
    { name: "xl/_rels/workbook.xml.rels", chunks: [text(WORKBOOK_RELS)] },
    { name: "xl/worksheets/sheet1.xml", chunks: [text(head), ...sheetChunks, text("</sheetData></worksheet>")], declaredSize },
  ]);
}

/** 1,048,575 task rows (the sheet's every row but the header), in 1,000-row chunks. */
export function millionRowsZip(): Buffer {
  const chunks: Part["chunks"] = [];
  const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>Mã NV</t></is></c></row>';
  chunks.push(text(header));
  for (let start = 2; start <= 1_048_576; start += 1000) {
    let xml = "";
    for (let r = start; r < start + 1000 && r <= 1_048_576; r++) xml += `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
    chunks.push(text(xml));
  }
  return workbookZip(chunks);
}

/** A sheet part that unpacks to `mb` megabytes of blanks (a zip bomb), sizes declared honestly or not. */
export function inflatingZip(mb: number, lie = false): Buffer {
  const blanks = Buffer.alloc(1024 * 1024, 0x20);
  return workbookZip([{ bytes: blanks, repeat: mb }], lie ? 4096 : undefined);
}

/** What LibreOffice saves as .ods, renamed .xlsx. */
export function odsZip(): Buffer {
  return zipOf([
    { name: "mimetype", chunks: [text("application/vnd.oasis.opendocument.spreadsheet")] },
    { name: "content.xml", chunks: [text('<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>')] },
    { name: "META-INF/manifest.xml", chunks: [text('<?xml version="1.0"?><manifest/>')] },
  ]);
}
