import { detectDelimiter, parseCsv } from "@/lib/questions/import/csv";
import { rowsToItems } from "@/lib/questions/import/rows";

describe("CSV reader (RFC 4180)", () => {
  test.each([
    [
      "plain",
      "a,b,c\n1,2,3",
      [
        ["a", "b", "c"],
        ["1", "2", "3"],
      ],
    ],
    [
      "CRLF and a final newline",
      "a,b\r\n1,2\r\n",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "quoted comma, quote and line break",
      'a,"b, ""c""\nd"\n1,2',
      [
        ["a", 'b, "c"\nd'],
        ["1", "2"],
      ],
    ],
    [
      "empty fields",
      "a,,c\n,,\n1,2,",
      [
        ["a", "", "c"],
        ["1", "2", ""],
      ],
    ],
    [
      "BOM",
      "\ufeffNội dung,x\n1,2",
      [
        ["Nội dung", "x"],
        ["1", "2"],
      ],
    ],
    [
      "semicolons (Vietnamese regional settings)",
      "a;b\n1,5;2",
      [
        ["a", "b"],
        ["1,5", "2"],
      ],
    ],
  ])("%s", (_name, src, expected) => {
    const out = parseCsv(src);
    expect(out.problems).toEqual([]);
    expect(out.rows.map((r) => r.cells)).toEqual(expected);
  });

  test("records keep the line they start on, also after a multi-line field", () => {
    const out = parseCsv('h1,h2\n"x\ny",1\n\nz,2');
    expect(out.rows.map((r) => r.line)).toEqual([1, 2, 5]);
  });

  test("an unclosed quote is reported with its line", () => {
    expect(parseCsv('a,b\n1,"oops\n2,3').problems).toEqual(['Dòng 2: dấu ngoặc kép (") mở nhưng không đóng.']);
  });

  test.each([
    ["a,b;c", ","],
    ["a;b;c,d", ";"],
    ['"a;b",c', ","],
    ["a\tb\tc", "\t"],
    ["abc", ","],
  ])("delimiter of %j is %j", (src, sep) => {
    expect(detectDelimiter(src)).toBe(sep);
  });
});

describe("spreadsheet rows → questions", () => {
  const header = ["Nội dung", "Phương án A", "Phương án B", "Phương án C", "Phương án D", "Đáp án", "Tài liệu nguồn", "Độ khó", "Giải thích", "Ghi chú"];

  test("columns are found by header name, with or without diacritics and in any order", () => {
    const out = rowsToItems([
      { line: 1, cells: ["dap an", "NOI DUNG", "phuong an b", "Phuong an A"] },
      { line: 2, cells: ["b", "Câu hỏi?", "Hai", "Một"] },
    ]);
    expect(out.fileProblems).toEqual([]);
    expect(out.items[0].draft).toMatchObject({ text: "Câu hỏi?", options: ["Một", "Hai"], correctIndex: 1 });
  });

  test("a missing required column is a file problem", () => {
    const out = rowsToItems([{ line: 1, cells: ["Nội dung", "Phương án A", "Phương án B"] }]);
    expect(out.fileProblems).toEqual(["Dòng 1: thiếu cột “Đáp án”."]);
  });

  test.each([
    [["Q?", "Một", "", "Ba", "", "A"], /phương án B trống nhưng có phương án sau nó/],
    [["Q?", "Một", "Hai", "", "", ""], /thiếu đáp án/],
    [["Q?", "Một", "Hai", "", "", "X"], /đáp án “X” không hợp lệ/],
    [["Q?", "Một", "Hai", "", "", "D"], /đáp án D trỏ tới phương án để trống/],
  ])("row problems name the row: %j", (cells, message) => {
    const out = rowsToItems([
      { line: 1, cells: header },
      { line: 7, cells },
    ]);
    expect(out.items[0].problems.join(" ")).toMatch(new RegExp(`^Dòng 7: .*${message.source}`));
  });
});
