// The streaming .xlsx writer: pages in, a valid workbook out; a cancelled download stops reading.
import ExcelJS from "exceljs";
import { buildXlsx, safeSheetName, streamXlsx, type XlsxCell } from "@/lib/exports/xlsx";

jest.setTimeout(30_000);

const columns = [{ header: "Hạng" }, { header: "Họ và tên" }, { header: "Thời gian", numFmt: '0.000" giây"' }];

function source(total: number, pageSize: number, log: { pulled: number; closed: boolean }) {
  return (async function* () {
    try {
      for (let start = 0; start < total; start += pageSize) {
        log.pulled++;
        const page: XlsxCell[][] = [];
        for (let i = start; i < Math.min(total, start + pageSize); i++) page.push([i + 1, `Nguyễn Thị Ánh Tuyết ${i + 1}`, (i + 1) / 1000]);
        yield page;
      }
    } finally {
      log.closed = true;
    }
  })();
}

test("every page ends up in the workbook, in order, under a bold header", async () => {
  const log = { pulled: 0, closed: false };
  const body = streamXlsx({ name: "Xếp hạng", columns }, source(5000, 700, log));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await new Response(body).arrayBuffer());
  const ws = wb.getWorksheet("Xếp hạng");
  expect(ws?.rowCount).toBe(5001);
  expect(ws?.getRow(1).values).toEqual([undefined, "Hạng", "Họ và tên", "Thời gian"]);
  expect(ws?.getRow(1).font?.bold).toBe(true);
  expect(ws?.getRow(5001).values).toEqual([undefined, 5000, "Nguyễn Thị Ánh Tuyết 5000", 5]);
  expect(ws?.getRow(2).getCell(3).numFmt).toBe('0.000" giây"');
  expect(log).toEqual({ pulled: 8, closed: true });
});

test("a cancelled download stops pulling pages", async () => {
  const log = { pulled: 0, closed: false };
  const body = streamXlsx({ name: "Xếp hạng", columns }, source(2_000_000, 1000, log));
  const reader = body.getReader();
  await reader.read();
  await reader.cancel();
  await new Promise((resolve) => setTimeout(resolve, 300));
  const pulled = log.pulled;
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(log.pulled).toBe(pulled);
  expect(pulled).toBeLessThan(2000);
});

test("a whole workbook with several sheets", async () => {
  const buffer = await buildXlsx([
    { name: "Theo huyện", columns: [{ header: "Huyện" }, { header: "Số người" }], rows: [["Huyện Hoa Lư", 3]] },
    { name: "Theo/đơn:vị*", columns: [{ header: "Đơn vị" }], rows: [["Sở Thông tin và Truyền thông"], [null]] },
  ]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Theo huyện", "Theo đơn vị"]);
  expect(wb.worksheets[0].getRow(2).values).toEqual([undefined, "Huyện Hoa Lư", 3]);
});

test.each([
  ["Xếp hạng", "Xếp hạng"],
  ["a/b\\c[d]e:f*g?h", "a b c d e f g h"],
  ["x".repeat(40), "x".repeat(31)],
  ["///", "Sheet1"],
])("safeSheetName(%p) → %p", (name, expected) => {
  expect(safeSheetName(name)).toBe(expected);
});
