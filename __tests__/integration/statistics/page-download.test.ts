// The figures on the statistics pages equal those in the downloaded files: the pages are rendered
// to HTML and read back, the route handler's CSV and XLSX are parsed, cell by cell.
jest.mock("next/cache", () => ({ unstable_cache: (fn: unknown) => fn, revalidatePath: jest.fn(), revalidateTag: jest.fn() }));
jest.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Error(`REDIRECT:${url}`);
  },
}));

import ExcelJS from "exceljs";
import { JSDOM } from "jsdom";
import { renderToStaticMarkup } from "react-dom/server";
import StatisticsPage from "@/app/(admin)/quan-tri/thong-ke/page";
import ItemAnalysisPage from "@/app/(admin)/quan-tri/thong-ke/cau-hoi/page";
import PublicStatisticsPage from "@/app/(public)/thong-ke/page";
import { GET } from "@/app/api/admin/statistics/[table]/route";
import { setSessionForTests } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { parseCsv } from "@/lib/statistics/export";
import { getPublicStatistics } from "@/lib/statistics/public-queries";
import { parseDisplayedNumber } from "@/lib/statistics/table-model";
import { UNIT_PAGE_SIZE } from "@/lib/statistics/tables";
import { seedStatistics } from "./fixture";

let contest: Awaited<ReturnType<typeof seedStatistics>>;

const USERNAME = { ADMIN: "admin", EDITOR: "bientap", JURY: "giamkhao", SECRETARY: "thuky" } as const;

async function actAs(role: keyof typeof USERNAME) {
  const staff = await db.staffUser.findUniqueOrThrow({ where: { username: USERNAME[role] }, select: { id: true } });
  setSessionForTests({ id: staff.id, kind: "staff", role, name: USERNAME[role] });
}

beforeAll(async () => {
  contest = await seedStatistics(60);
  await actAs("JURY");
}, 120_000);

async function renderPage(page: (p: { searchParams: Promise<Record<string, string>> }) => Promise<React.ReactElement>, params: Record<string, string>) {
  const element = await page({ searchParams: Promise.resolve(params) });
  return new JSDOM(renderToStaticMarkup(element)).window.document;
}

async function download(table: string, query: Record<string, string>) {
  const url = `http://localhost/api/admin/statistics/${table}?${new URLSearchParams(query)}`;
  return GET(new Request(url), { params: Promise.resolve({ table }) });
}

function tableCells(table: Element) {
  const header = [...table.querySelectorAll("thead th")].map((th) => th.textContent ?? "");
  const rows = [...table.querySelectorAll("tbody tr")].map((tr) => [...tr.children].map((c) => c.textContent ?? ""));
  return { header, rows };
}

/** A page cell and a file cell stand for the same figure. */
function sameFigure(pageText: string, fileText: string) {
  const n = parseDisplayedNumber(pageText);
  if (pageText === "—") return fileText === "";
  if (n !== null && /^-?\d+(\.\d+)?$/.test(fileText)) return n === Number(fileText);
  return pageText === fileText;
}

const DASHBOARD = ["theo-ngay", "theo-huyen", "theo-don-vi", "theo-doi-tuong", "so-luot-thi", "pho-diem", "thoi-gian"];

test.each(DASHBOARD)(
  "table %s: the page's figures are the CSV's and the XLSX's",
  async (key) => {
    const round = contest.rounds[0];
    const doc = await renderPage(StatisticsPage, { "cuoc-thi": contest.slug, dot: "1" });
    const table = doc.querySelector(`table[data-stat-table="${key}"]`);
    expect(table).not.toBeNull();
    const page = tableCells(table!);
    expect(page.rows.length).toBeGreaterThan(0);

    const res = await download(key, { round: round.id, format: "csv" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toContain(`thong-ke-${key}-${contest.slug}-dot-1.csv`);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM, for Excel
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(page.header);
    // The units table is paged on the page (first page here); the file has every unit.
    if (key === "theo-don-vi") expect(page.rows.length).toBe(Math.min(UNIT_PAGE_SIZE, rows.length));
    else expect(rows.length).toBe(page.rows.length);
    page.rows.forEach((cells, i) => {
      cells.forEach((cell, j) => {
        if (!sameFigure(cell, rows[i][j])) throw new Error(`${key} row ${i} column "${header[j]}": page "${cell}" ≠ file "${rows[i][j]}"`);
      });
    });

    const xlsx = await download(key, { round: round.id, format: "xlsx" });
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const sheet = wb.worksheets[0];
    const values: string[][] = [];
    sheet.eachRow((row) =>
      values.push(
        header.map((_, j) => {
          const v = row.getCell(j + 1).value;
          return v === null || v === undefined ? "" : String(v);
        }),
      ),
    );
    const start = values.findIndex((r) => r[0] === header[0]);
    expect(values[start]).toEqual(header);
    expect(values.slice(start + 1)).toEqual(rows);
  },
  60_000,
);

test("item analysis: every card's figures are the downloaded row's", async () => {
  await actAs("EDITOR");
  const round = contest.rounds[1];
  const doc = await renderPage(ItemAnalysisPage, { "cuoc-thi": contest.slug, dot: "2", "sap-xep": "do-de" });
  const cards = [...doc.querySelectorAll("article[data-version-id]")];
  expect(cards.length).toBeGreaterThan(5);
  const res = await download("phan-tich-cau-hoi", { round: round.id, format: "csv", "sap-xep": "do-de" });
  const [header, ...rows] = parseCsv(new TextDecoder().decode(await res.arrayBuffer()));
  const col = (label: string) => header.indexOf(label);
  cards.forEach((card, i) => {
    const row = rows[i];
    expect(card.querySelector("h3")!.textContent).toBe(`${row[col("STT")]}. ${row[col("Nội dung câu hỏi")]}`);
    const shown = (k: string) => card.querySelector(`dd[data-key="${k}"]`)!.textContent!;
    expect(sameFigure(shown("n"), row[col("Số lượt trả lời")])).toBe(true);
    expect(sameFigure(shown("facility"), row[col("Độ dễ (%)")])).toBe(true);
    expect(sameFigure(shown("discrimination"), row[col("Độ phân biệt")])).toBe(true);
    expect(sameFigure(shown("efficiency"), row[col("Hiệu quả phân biệt (%)")])).toBe(true);
    for (const letter of ["A", "B", "C", "D"]) {
      const optionRow = card.querySelector(`tr[data-option="${letter}"]`)!;
      expect(sameFigure(optionRow.children[1].textContent!, row[col(`Chọn ${letter}`)])).toBe(true);
    }
    expect(sameFigure(card.querySelector('tr[data-option="unanswered"]')!.children[1].textContent!, row[col("Bỏ trống")])).toBe(true);
    const edit = card.querySelector('a[href^="/quan-tri/cau-hoi/"]')!;
    expect(edit.getAttribute("href")).toBe(`/quan-tri/cau-hoi/${row[col("Mã câu hỏi")]}`);
  });
  // Easiest last: ordered by facility ascending, as the file.
  const facilities = rows.map((r) => Number(r[col("Độ dễ (%)")]));
  expect(facilities).toEqual([...facilities].sort((a, b) => a - b));
  await actAs("JURY");
}, 60_000);

test("the public page shows the featured contest's totals per round and per district", async () => {
  await db.contest.updateMany({ data: { isFeatured: false } });
  await db.contest.update({ where: { id: contest.id }, data: { isFeatured: true } });
  const stats = await getPublicStatistics(contest.id);
  const doc = new JSDOM(renderToStaticMarkup(await PublicStatisticsPage())).window.document;
  const rounds = tableCells(doc.querySelector('table[data-stat-table="public-rounds"]')!);
  expect(rounds.rows).toEqual([
    ...stats.rounds.map((r) => [r.name, r.counts.participants.toLocaleString("vi-VN"), r.counts.attempts.toLocaleString("vi-VN")]),
    ["Cả cuộc thi", stats.total.participants.toLocaleString("vi-VN"), stats.total.attempts.toLocaleString("vi-VN")],
  ]);
  const districts = tableCells(doc.querySelector('table[data-stat-table="public-districts"]')!);
  expect(districts.rows).toEqual(stats.districts.map((d) => [d.name, String(d.total.participants), String(d.total.attempts)]));
  expect(doc.body.textContent).not.toMatch(/Biên Một|037308000001|0988000001/);
});

describe("only staff may see the statistics", () => {
  afterAll(() => actAs("JURY"));

  test("anonymous: the download answers 401 and the page sends to the sign-in", async () => {
    setSessionForTests(null);
    const res = await download("pho-diem", { round: contest.rounds[0].id, format: "csv" });
    expect(res.status).toBe(401);
    await expect(StatisticsPage({ searchParams: Promise.resolve({}) })).rejects.toThrow("REDIRECT:/quan-tri/dang-nhap");
    await expect(ItemAnalysisPage({ searchParams: Promise.resolve({}) })).rejects.toThrow("REDIRECT:/quan-tri/dang-nhap");
  });

  test("a participant session is not staff", async () => {
    setSessionForTests({ id: "seed-p-00001", kind: "participant", contestId: contest.id, name: "x" });
    expect((await download("pho-diem", { round: contest.rounds[0].id, format: "csv" })).status).toBe(401);
  });

  test.each([
    ["ADMIN", 200],
    ["EDITOR", 200],
    ["JURY", 403],
    ["SECRETARY", 403],
  ] as const)("%s may see the participation figures; the item analysis (question keys) answers %i", async (role, itemStatus) => {
    await actAs(role);
    expect((await download("theo-huyen", { round: contest.rounds[0].id, format: "xlsx" })).status).toBe(200);
    const page = await renderPage(StatisticsPage, { "cuoc-thi": contest.slug, dot: "1" });
    expect(page.querySelector('table[data-stat-table="theo-huyen"]')).not.toBeNull();
    const items = await download("phan-tich-cau-hoi", { round: contest.rounds[0].id, format: "csv" });
    expect(items.status).toBe(itemStatus);
    const itemPage = await renderPage(ItemAnalysisPage, { "cuoc-thi": contest.slug, dot: "1" });
    expect(itemPage.querySelectorAll("article[data-version-id]").length > 0).toBe(itemStatus === 200);
    expect(page.querySelector('a[href^="/quan-tri/thong-ke/cau-hoi"]') !== null).toBe(itemStatus === 200);
    if (itemStatus === 403) expect(itemPage.querySelector('[role="alert"]')!.textContent).toMatch(/chỉ dành cho Ban Tổ chức và Ban đề thi/);
  });

  test("bad requests are refused with a reason", async () => {
    expect((await download("khong-co", { round: contest.rounds[0].id })).status).toBe(404);
    expect((await download("pho-diem", { round: contest.rounds[0].id, format: "pdf" })).status).toBe(400);
    expect((await download("pho-diem", {})).status).toBe(400);
    expect((await download("pho-diem", { round: "khong-co" })).status).toBe(404);
  });
});
