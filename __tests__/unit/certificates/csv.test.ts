import { csvField, parseCsv, toCsv, UTF8_BOM } from "@/lib/exports/csv";

describe("RFC 4180 fields", () => {
  test.each([
    ["Nguyễn Thị Ánh Tuyết", "Nguyễn Thị Ánh Tuyết"],
    ["Phường Đông Thành, TP Ninh Bình", '"Phường Đông Thành, TP Ninh Bình"'],
    ['Lý "Tí"', '"Lý ""Tí"""'],
    ["dòng 1\ndòng 2", '"dòng 1\ndòng 2"'],
    ["a\r\nb", '"a\r\nb"'],
    [2023, "2023"],
    [null, ""],
    [undefined, ""],
    ['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
    ["+84912345678", "'+84912345678"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
  ])("%p → %p", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  test("decomposed Vietnamese is written in NFC", () => {
    expect(csvField("Nguyễn".normalize("NFD"))).toBe("Nguyễn".normalize("NFC"));
  });
});

test("a document starts with the BOM, ends lines with CRLF and round-trips", () => {
  const rows = [
    ["01/GCN-BTC", "Nguyễn Thị Ánh Tuyết", "Giải Nhất, Quý 1"],
    ["02/GCN-BTC", 'Trần "Bình"', "dòng 1\r\ndòng 2"],
  ];
  const text = toCsv(["Số", "Họ và tên", "Giải"], rows);
  expect(text.startsWith(UTF8_BOM)).toBe(true);
  expect([...Buffer.from(text, "utf8").subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(text.endsWith("\r\n")).toBe(true);
  expect(parseCsv(text)).toEqual([["Số", "Họ và tên", "Giải"], ...rows]);
  expect(parseCsv(Buffer.from(text, "utf8").toString("utf8"))[1][1]).toBe("Nguyễn Thị Ánh Tuyết");
});
