import { guessCsvDelimiter, parseDelimited, rejoinSplitRows } from "../../../src/core/import/delimited";

describe("tab- and comma-separated text", () => {
  test("quoted fields keep line breaks, tabs and doubled quotes; a byte order mark is dropped", () => {
    const text = '\ufeffSTT\tNội dung\n1\t"Dòng một\nDòng ""hai""\tcó tab"\n';
    expect(parseDelimited(text, "\t")).toEqual([
      ["STT", "Nội dung"],
      ["1", 'Dòng một\nDòng "hai"\tcó tab'],
    ]);
  });

  test("Windows line ends and a last line without one", () => {
    expect(parseDelimited("a,b\r\nc,d", ",")).toEqual([["a", "b"], ["c", "d"]]);
  });

  test.each([
    ["STT;Nội dung;Chủ trì", ";"],
    ["STT,Nội dung,Chủ trì", ","],
    ["STT\tNội dung, tên\tChủ trì\tPhối hợp", "\t"],
  ])("separator of %j", (line, sep) => {
    expect(guessCsvDelimiter(line)).toBe(sep);
  });
});

test("a row a pasted line break split in two is joined back", () => {
  const rows = [["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"], ["2", "Đấu thầu", "NVD", "KHTC"], ["BVĐK", "Năm 2026"], ["3", "a", "b", "c", "d"]];
  expect(rejoinSplitRows(rows, 5)).toEqual([
    ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"],
    ["2", "Đấu thầu", "NVD", "KHTC\nBVĐK", "Năm 2026"],
    ["3", "a", "b", "c", "d"],
  ]);
});
