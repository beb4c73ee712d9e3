import { parseAiken } from "@/lib/questions/import/aiken";
import { buildPreview } from "@/lib/questions/import/preview";

const ctx = { documents: [], bank: [] };

describe("Aiken (Moodle) import", () => {
  test("reads options written A) and A. and the ANSWER line", () => {
    const src = [
      "Chuyển đổi số quốc gia được phê duyệt bằng quyết định nào?",
      "A) Quyết định 749/QĐ-TTg",
      "B) Quyết định 942/QĐ-TTg",
      "C) Quyết định 411/QĐ-TTg",
      "ANSWER: A",
      "",
      "Ngày Chuyển đổi số quốc gia là ngày nào?",
      "A. 10/10",
      "B. 2/9",
      "C. 26/3",
      "D. 1/1",
      "ANSWER: A",
    ].join("\n");
    const items = parseAiken(src);
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ line: 1, endLine: 5, problems: [] });
    expect(items[0].draft).toMatchObject({
      text: "Chuyển đổi số quốc gia được phê duyệt bằng quyết định nào?",
      options: ["Quyết định 749/QĐ-TTg", "Quyết định 942/QĐ-TTg", "Quyết định 411/QĐ-TTg"],
      correctIndex: 0,
    });
    expect(items[1]).toMatchObject({ line: 7, endLine: 12, problems: [] });
    expect(items[1].draft.options).toEqual(["10/10", "2/9", "26/3", "1/1"]);
    expect(items[1].draft.correctIndex).toBe(0);
  });

  test("an ANSWER line ends a question even without a blank line; CRLF and BOM are accepted", () => {
    const src = "\ufeffCâu một?\r\nA) x\r\nB) y\r\nANSWER: B\r\nCâu hai?\r\nA) m\r\nB) n\r\nANSWER: A\r\n";
    const items = parseAiken(src);
    expect(items.map((i) => [i.line, i.draft.text, i.draft.correctIndex])).toEqual([
      [1, "Câu một?", 1],
      [5, "Câu hai?", 0],
    ]);
  });

  test("a file mixing good and bad blocks lists the good ones and reports the bad ones with their lines", () => {
    const src = [
      "Câu hỏi đúng thứ nhất?", // 1
      "A) Một", // 2
      "B) Hai", // 3
      "ANSWER: B", // 4
      "", // 5
      "Câu thiếu đáp án?", // 6
      "A) Một", // 7
      "B) Hai", // 8
      "", // 9
      "Câu có đáp án ngoài phương án?", // 10
      "A) Một", // 11
      "B) Hai", // 12
      "ANSWER: E", // 13
      "", // 14
      "Câu sai thứ tự?", // 15
      "A) Một", // 16
      "C) Ba", // 17
      "ANSWER: A", // 18
      "", // 19
      "Câu không có phương án", // 20
      "ANSWER: A", // 21
      "", // 22
      "Câu hỏi đúng thứ hai?", // 23
      "A. Có", // 24
      "B. Không", // 25
      "ANSWER: A", // 26
    ].join("\n");
    const preview = buildPreview("aiken", { items: parseAiken(src), fileProblems: [] }, ctx);
    const ok = preview.items.filter((i) => i.status === "ok");
    const bad = preview.items.filter((i) => i.status === "error");
    expect(ok.map((i) => [i.line, i.text])).toEqual([
      [1, "Câu hỏi đúng thứ nhất?"],
      [23, "Câu hỏi đúng thứ hai?"],
    ]);
    expect(bad.map((i) => i.line)).toEqual([6, 10, 15, 20]);
    expect(bad[0].problems.join(" ")).toMatch(/Dòng 8: thiếu dòng “ANSWER/);
    expect(bad[1].problems.join(" ")).toMatch(/Dòng 13: đáp án E không có/);
    expect(bad[2].problems.join(" ")).toMatch(/Dòng 17: phương án C không đúng thứ tự \(cần B\)/);
    expect(bad[3].problems.join(" ")).toMatch(/Dòng 20: không tìm thấy phương án/);
    expect(preview.canCommit).toBe(false);
    expect(preview.counts).toEqual({ ok: 2, error: 4, skipped: 0 });
  });

  test.each([
    ["a stray line after the options", "Q?\nA) a\nB) b\nlạc dòng\nANSWER: A", /Dòng 4: dòng này không phải phương án/],
    ["an answer that is not a letter", "Q?\nA) a\nB) b\nANSWER: một", /Dòng 4: “ANSWER:” phải kèm một chữ cái/],
    ["an empty option", "Q?\nA) a\nB)\nANSWER: A", /Dòng 3: phương án B để trống/],
  ])("reports %s", (_name, src, message) => {
    const [item] = parseAiken(src);
    expect(item.problems.join(" ")).toMatch(message);
  });

  test("a question line like “I. Phần chung” is text, not an option", () => {
    const [item] = parseAiken("I. Phần chung: câu hỏi?\nA) a\nB) b\nANSWER: B");
    expect(item.problems).toEqual([]);
    expect(item.draft.text).toBe("I. Phần chung: câu hỏi?");
  });

  test("more than six options is an error of the shared checks", () => {
    const src = ["Q?", "A) 1", "B) 2", "C) 3", "D) 4", "E) 5", "F) 6", "G) 7", "ANSWER: A"].join("\n");
    const preview = buildPreview("aiken", { items: parseAiken(src), fileProblems: [] }, ctx);
    expect(preview.items[0].status).toBe("error");
    expect(preview.items[0].problems.join(" ")).toMatch(/Tối đa 6 phương án/);
  });
});
