import { parseGift } from "@/lib/questions/import/gift";
import { buildPreview } from "@/lib/questions/import/preview";

const ctx = { documents: [], bank: [] };

// Examples follow Moodle's GIFT documentation (docs.moodle.org/en/GIFT_format).
const SOURCE = [
  "// Câu hỏi trắc nghiệm chuyển đổi số", // 1
  "$CATEGORY: $course$/Chuyển đổi số", // 2
  "", // 3
  "::Q1 Ngày CĐS:: Ngày Chuyển đổi số quốc gia là ngày nào? {", // 4
  "  =10/10 #Đúng theo Quyết định 505/QĐ-TTg.", // 5
  "  ~2/9", // 6
  "  // một chú thích giữa các phương án", // 7
  "  ~26/3", // 8
  "}", // 9
  "", // 10
  "Ký tự đặc biệt \\{ \\} \\= \\~ \\# và \\: được giữ nguyên? {=Có \\= bằng ~Không ~Không \\~ chắc ####Giải thích chung}", // 11
  "", // 12
  "Grant is buried in Grant's tomb.{F}", // 13
  "", // 14
  "Who's buried in Grant's tomb?{=Grant =Ulysses S. Grant =Ulysses Grant}", // 15
  "", // 16
  "When was Ulysses S. Grant born?{#1822:5}", // 17
  "", // 18
  "Match the following countries with their corresponding capitals. {", // 19
  "   =Canada -> Ottawa", // 20
  "   =Italy  -> Rome", // 21
  "}", // 22
  "", // 23
  "Write a short biography of Dag Hammarskjöld. {}", // 24
  "", // 25
  "What two people are entombed in Grant's tomb? {", // 26
  "   ~%-100%No one", // 27
  "   ~%50%Grant", // 28
  "   ~%50%Grant's wife", // 29
  "}", // 30
  "", // 31
  "Moodle costs {~lots of money =nothing ~a small amount} to download.", // 32
  "", // 33
  "Just a description, no answers here.", // 34
  "", // 35
  "Which is right? {=A =B ~C}", // 36
  "", // 37
  "Unclosed {=yes ~no", // 38
].join("\n");

describe("GIFT (Moodle) import, multiple-choice subset", () => {
  const items = parseGift(SOURCE);
  const byLine = new Map(items.map((i) => [i.line, i]));

  test("reads a titled multi-line multiple-choice question with comments and feedback", () => {
    const q = byLine.get(4)!;
    expect(q.title).toBe("Q1 Ngày CĐS");
    expect(q.endLine).toBe(9);
    expect(q.skipReason).toBeUndefined();
    expect(q.problems).toEqual([]);
    expect(q.draft.text).toBe("Ngày Chuyển đổi số quốc gia là ngày nào?");
    expect(q.draft.options).toEqual(["10/10", "2/9", "26/3"]);
    expect(q.draft.correctIndex).toBe(0);
    expect(q.draft.explanation).toBe("Đúng theo Quyết định 505/QĐ-TTg.");
  });

  test("escaped characters are literal text; #### is the general feedback", () => {
    const q = byLine.get(11)!;
    expect(q.draft.text).toBe("Ký tự đặc biệt { } = ~ # và : được giữ nguyên?");
    expect(q.draft.options).toEqual(["Có = bằng", "Không", "Không ~ chắc"]);
    expect(q.draft.correctIndex).toBe(0);
    expect(q.draft.explanation).toBe("Giải thích chung");
  });

  test("the missing-word form keeps a blank in the sentence", () => {
    const q = byLine.get(32)!;
    expect(q.draft.text).toBe("Moodle costs _____ to download.");
    expect(q.draft.options).toEqual(["lots of money", "nothing", "a small amount"]);
    expect(q.draft.correctIndex).toBe(1);
  });

  test.each([
    [13, /Đúng\/Sai/],
    [15, /trả lời ngắn/],
    [17, /dạng số/],
    [19, /ghép đôi/],
    [24, /tự luận/],
    [26, /trọng số/],
    [34, /Mô tả/],
  ])("the question at line %i (another GIFT type) is reported as skipped", (line, reason) => {
    expect(byLine.get(line)?.skipReason).toMatch(reason);
  });

  test("the category directive and comment-only lines are not questions", () => {
    expect(byLine.has(1)).toBe(false);
    expect(byLine.has(2)).toBe(false);
  });

  test("the preview lists every question with its status and line", () => {
    const preview = buildPreview("gift", { items, fileProblems: [] }, ctx);
    const status = preview.items.map((i) => [i.line, i.status]);
    expect(status).toEqual([
      [4, "ok"],
      [11, "ok"],
      [13, "skipped"],
      [15, "skipped"],
      [17, "skipped"],
      [19, "skipped"],
      [24, "skipped"],
      [26, "skipped"],
      [32, "ok"],
      [34, "skipped"],
      [36, "error"],
      [38, "error"],
    ]);
    const skipped = preview.items.find((i) => i.line === 17)!;
    expect(skipped.problems[0]).toMatch(/^Dòng 17: /);
    expect(preview.items.find((i) => i.line === 36)!.problems.join(" ")).toMatch(/Dòng 36: có 2 đáp án đúng/);
    expect(preview.items.find((i) => i.line === 38)!.problems.join(" ")).toMatch(/Dòng 38: thiếu dấu “}”/);
    expect(preview.counts).toEqual({ ok: 3, error: 2, skipped: 7 });
    expect(preview.canCommit).toBe(false);
  });

  test("skipped questions alone do not block a commit", () => {
    const src = "Q1? {=a ~b}\n\nTrue? {T}\n";
    const preview = buildPreview("gift", { items: parseGift(src), fileProblems: [] }, ctx);
    expect(preview.counts).toEqual({ ok: 1, error: 0, skipped: 1 });
    expect(preview.canCommit).toBe(true);
  });
});
