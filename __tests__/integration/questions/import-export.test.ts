jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn() }));

import ExcelJS from "exceljs";
import { GET as exportRoute } from "@/app/api/admin/questions/export/route";
import { POST as importRoute } from "@/app/api/admin/questions/import/route";
import { GET as templateRoute } from "@/app/api/admin/questions/template/route";
import { setSessionForTests } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { ImportPreview } from "@/lib/questions/import/types";
import { readOptions } from "@/lib/questions/format";
import { makeContest, makeStaff } from "./fixtures";

let contest: { id: string; slug: string };

beforeAll(async () => {
  contest = await makeContest();
  setSessionForTests(await makeStaff("EDITOR"));
});

function upload(mode: "preview" | "commit", body: Uint8Array | string, fileName: string, contestId = contest.id) {
  const url = `http://localhost/api/admin/questions/import?contestId=${contestId}&mode=${mode}&fileName=${encodeURIComponent(fileName)}`;
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
  return importRoute(
    new Request(url, { method: "POST", headers: { "Content-Type": "application/octet-stream" }, body: new Blob([bytes as Uint8Array<ArrayBuffer>]) }),
  );
}

async function preview(body: Uint8Array | string, fileName: string, contestId = contest.id): Promise<ImportPreview> {
  const res = await upload("preview", body, fileName, contestId);
  const json = await res.json();
  expect(json.ok).toBe(true);
  return json.data;
}

async function bankOf(contestId: string) {
  const rows = await db.question.findMany({
    where: { contestId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      difficulty: true,
      document: { select: { code: true } },
      versions: { select: { text: true, options: true, correctIndex: true, explanation: true } },
    },
  });
  return rows.map((r) => ({
    text: r.versions[0].text,
    options: readOptions(r.versions[0].options),
    correctIndex: r.versions[0].correctIndex,
    explanation: r.versions[0].explanation,
    document: r.document?.code ?? null,
    difficulty: r.difficulty,
  }));
}

async function templateWith(rows: (string | null)[][]): Promise<Uint8Array> {
  const res = await templateRoute(new Request(`http://localhost/api/admin/questions/template?contestId=${contest.id}`));
  expect(res.status).toBe(200);
  expect(res.headers.get("Content-Disposition")).toContain("mau-nhap-cau-hoi.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const sheet = wb.getWorksheet("Câu hỏi")!;
  expect((sheet.getRow(1).values as string[]).slice(1)).toEqual([
    "Nội dung",
    "Phương án A",
    "Phương án B",
    "Phương án C",
    "Phương án D",
    "Phương án E",
    "Phương án F",
    "Đáp án",
    "Tài liệu nguồn",
    "Độ khó",
    "Giải thích",
    "Ghi chú",
  ]);
  // The help sheet lists the contest's document codes.
  expect(JSON.stringify(wb.getWorksheet("Hướng dẫn")!.getSheetValues())).toContain("749/QĐ-TTg");
  rows.forEach((r, i) => {
    sheet.getRow(i + 2).values = r;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test("an .xlsx filled in from the template previews and commits", async () => {
  const file = await templateWith([
    ["Ngày Chuyển đổi số quốc gia là ngày nào?", "10/10", "2/9", "26/3", "1/6", null, null, "A", "749/QĐ-TTg", "Dễ", "Quyết định 505/QĐ-TTg.", "ghi chú"],
    ["Kế hoạch 106 do cơ quan nào ban hành?", "UBND tỉnh", "Sở TT&TT", null, null, null, null, "b", "KH 106", "Khó", null, null],
  ]);
  const p = await preview(file, "ngan-hang.xlsx");
  expect(p.format).toBe("xlsx");
  expect(p.counts).toEqual({ ok: 2, error: 0, skipped: 0 });
  expect(p.items.map((i) => i.line)).toEqual([2, 3]);
  const res = await upload("commit", file, "ngan-hang.xlsx");
  expect(res.status).toBe(200);
  expect((await res.json()).data).toEqual({ created: 2, skipped: 0 });
  expect(await bankOf(contest.id)).toEqual([
    {
      text: "Ngày Chuyển đổi số quốc gia là ngày nào?",
      options: ["10/10", "2/9", "26/3", "1/6"],
      correctIndex: 0,
      explanation: "Quyết định 505/QĐ-TTg.",
      document: "749/QĐ-TTg",
      difficulty: "EASY",
    },
    {
      text: "Kế hoạch 106 do cơ quan nào ban hành?",
      options: ["UBND tỉnh", "Sở TT&TT"],
      correctIndex: 1,
      explanation: "",
      document: "KH 106",
      difficulty: "HARD",
    },
  ]);
  const entry = await db.auditLog.findFirstOrThrow({ where: { action: "question.import" } });
  expect(entry).toMatchObject({ actorName: "editor", entityType: "Contest", entityId: contest.id });
  expect(entry.after).toMatchObject({ fileName: "ngan-hang.xlsx", format: "xlsx", created: 2 });
});

test("a CSV with BOM (UTF-8) imports, quoted commas and line breaks included", async () => {
  const other = await makeContest("csv-bom");
  const csv =
    "\ufeffNội dung,Phương án A,Phương án B,Phương án C,Đáp án,Tài liệu nguồn,Độ khó,Giải thích\r\n" +
    '"Câu hỏi có dấu phẩy, và ""ngoặc kép""?",Một,Hai,Ba,C,kh 106,Trung bình,"Dòng 1\r\nDòng 2"\r\n';
  const p = await preview(csv, "cau-hoi.csv", other.id);
  expect(p.format).toBe("csv");
  expect(p.fileProblems).toEqual([]);
  expect(p.counts.ok).toBe(1);
  expect((await upload("commit", csv, "cau-hoi.csv", other.id)).status).toBe(200);
  expect(await bankOf(other.id)).toEqual([
    {
      text: 'Câu hỏi có dấu phẩy, và "ngoặc kép"?',
      options: ["Một", "Hai", "Ba"],
      correctIndex: 2,
      explanation: "Dòng 1\nDòng 2",
      document: "KH 106",
      difficulty: "MEDIUM",
    },
  ]);
});

test("a CSV that is not UTF-8 is refused with an explanation", async () => {
  const latin1 = new Uint8Array([0x4e, 0xe9, 0x69, 0x2c, 0x41, 0x0a]);
  const p = await preview(latin1, "x.csv");
  expect(p.fileProblems[0]).toMatch(/UTF-8/);
  expect(p.canCommit).toBe(false);
});

test("a commit writes nothing when any row is invalid", async () => {
  const other = await makeContest("all-or-nothing");
  const before = { questions: await db.question.count(), versions: await db.questionVersion.count(), audit: await db.auditLog.count() };
  const file = await templateWith([
    ["Câu hỏi hợp lệ thứ nhất?", "Một", "Hai", null, null, null, null, "A", null, null, null, null],
    ["Câu hỏi có đáp án sai?", "Một", "Hai", null, null, null, null, "Z", null, null, null, null],
    ["Câu hỏi hợp lệ thứ hai?", "Một", "Hai", null, null, null, null, "B", "Không có mã này", null, null, null],
  ]);
  const p = await preview(file, "loi.xlsx", other.id);
  expect(p.items.map((i) => [i.line, i.status])).toEqual([
    [2, "ok"],
    [3, "error"],
    [4, "error"],
  ]);
  expect(p.items[1].problems.join()).toMatch(/Dòng 3: đáp án “Z” không hợp lệ/);
  expect(p.items[2].problems.join()).toMatch(/Dòng 4: không có tài liệu nguồn mã “Không có mã này”/);
  const res = await upload("commit", file, "loi.xlsx", other.id);
  expect(res.status).toBe(422);
  expect((await res.json()).error).toMatch(/Không nhập câu hỏi nào: còn 2 câu hỏi có lỗi/);
  expect({ questions: await db.question.count(), versions: await db.questionVersion.count(), audit: await db.auditLog.count() }).toEqual(before);
});

test("Aiken and GIFT files commit through the same route; skipped GIFT types are not imported", async () => {
  const other = await makeContest("aiken-gift");
  const aiken = "Câu Aiken một?\nA) x\nB) y\nANSWER: B\n\nCâu Aiken hai?\nA. m\nB. n\nC. p\nANSWER: C\n";
  expect((await preview(aiken, "aiken.txt", other.id)).format).toBe("aiken");
  expect((await upload("commit", aiken, "aiken.txt", other.id)).status).toBe(200);
  const gift = "// bộ câu GIFT\n::T1:: Câu GIFT? {=đúng ~sai}\n\nĐúng hay sai? {T}\n";
  const res = await upload("commit", gift, "bo-cau.gift", other.id);
  expect(await res.json()).toEqual({ ok: true, data: { created: 1, skipped: 1 } });
  expect((await bankOf(other.id)).map((q) => [q.text, q.correctIndex])).toEqual([
    ["Câu Aiken một?", 1],
    ["Câu Aiken hai?", 2],
    ["Câu GIFT?", 0],
  ]);
});

test("the near-duplicate of a bank question is a warning in the preview, not an error", async () => {
  const aiken = "Ngày chuyển đổi số quốc gia là ngày nào\nA) 10/10\nB) 1/1\nANSWER: A\n";
  const p = await preview(aiken, "dup.txt");
  expect(p.items[0].status).toBe("ok");
  expect(p.items[0].warnings.join()).toMatch(/Gần trùng \(\d+%\) với câu đã có trong ngân hàng: “Ngày Chuyển đổi số quốc gia là ngày nào\?”/);
  expect(p.canCommit).toBe(true);
});

test("an .xlsx export re-imports to the same questions", async () => {
  const res = await exportRoute(new Request(`http://localhost/api/admin/questions/export?contestId=${contest.id}&format=xlsx`));
  expect(res.status).toBe(200);
  expect(res.headers.get("Content-Disposition")).toMatch(/ngan-hang-cau-hoi-cuoc-thi-thu-\d{4}-\d{2}-\d{2}\.xlsx/);
  // The bank with its answer keys: never sniffed into something a browser renders, never cached.
  expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
  expect(res.headers.get("Cache-Control")).toBe("private, no-store");
  const file = new Uint8Array(await res.arrayBuffer());
  const copy = await makeContest("ban-sao-xlsx");
  const p = await preview(file, "export.xlsx", copy.id);
  expect(p.counts).toEqual({ ok: 2, error: 0, skipped: 0 });
  await upload("commit", file, "export.xlsx", copy.id);
  expect(await bankOf(copy.id)).toEqual(await bankOf(contest.id));
  expect(await db.auditLog.count({ where: { action: "question.export", entityId: contest.id } })).toBe(1);
});

test("an Aiken export re-imports to the same questions (text, options, answer)", async () => {
  const res = await exportRoute(new Request(`http://localhost/api/admin/questions/export?contestId=${contest.id}&format=aiken`));
  expect(res.headers.get("Content-Type")).toMatch(/text\/plain/);
  expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
  const text = await res.text();
  expect(text).toContain("ANSWER: A");
  const copy = await makeContest("ban-sao-aiken");
  await upload("commit", text, "export.txt", copy.id);
  const strip = (qs: Awaited<ReturnType<typeof bankOf>>) => qs.map((q) => ({ text: q.text, options: q.options, correctIndex: q.correctIndex }));
  expect(strip(await bankOf(copy.id))).toEqual(strip(await bankOf(contest.id)));
});

test("the export follows the list's filters", async () => {
  const res = await exportRoute(new Request(`http://localhost/api/admin/questions/export?contestId=${contest.id}&format=aiken&q=ke%20hoach`));
  const text = await res.text();
  expect(text).toContain("Kế hoạch 106 do cơ quan nào ban hành?");
  expect(text).not.toContain("Ngày Chuyển đổi số");
});
