// Exports read back with the library that wrote them: certificate data (.xlsx and CSV with BOM),
// the full ranking (streamed in pages) and participation by district and unit. Each is audited.
import ExcelJS from "exceljs";
import { db } from "@/lib/db";
import { CERTIFICATE_DATA_COLUMNS } from "@/lib/certificates/data-export";
import { exportCertificateData } from "@/lib/certificates/downloads";
import { generateRoundCertificates } from "@/lib/certificates/generate";
import { exportRoundParticipation } from "@/lib/certificates/participation-export";
import { exportRoundRanking, RANKING_COLUMNS } from "@/lib/certificates/ranking-export";
import { parseCsv } from "@/lib/exports/csv";
import { fixedClock, setClock } from "@/lib/time";
import { makeBareRound, makeContest, makeParticipant, makeRound, TEN_WINNERS } from "./fixtures";

jest.setTimeout(30_000);

const actor = { id: "staff-1", username: "thuky", fullName: "Thư ký" };
const BASE = "https://thi.example.gov.vn";

let contest: Awaited<ReturnType<typeof makeContest>>;
let roundId = "";
let otherRoundId = "";

beforeAll(async () => {
  setClock(fixedClock("2023-03-27T03:00:00Z"));
  contest = await makeContest({ pattern: "{n:2}/GCN-BTC" });
  const winners = [
    { ...TEN_WINNERS[0], birthDate: "1988-11-02", districtId: contest.district.id },
    { ...TEN_WINNERS[1], districtId: contest.district.id },
    { fullName: 'Lý "Tí", Nguyễn', tier: 2, unitName: '=HYPERLINK("x")' },
  ];
  const others = [
    { fullName: "Mai Văn Nam", districtId: contest.district2.id, unitName: "UBND xã Ninh Nhất" },
    { fullName: "Trịnh Thị Oanh", districtId: contest.district2.id, unitName: "UBND xã Ninh Nhất" },
    { fullName: "Quách Văn Phú" },
  ];
  const made = await makeRound(contest.id, { number: 1, winners, others });
  roundId = made.round.id;
  await generateRoundCertificates(roundId, actor);
  otherRoundId = (await makeBareRound(contest.id, 2)).id;
});

async function readXlsx(body: BodyInit): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await new Response(body).arrayBuffer());
  return wb;
}

function sheetValues(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

test("certificate data .xlsx: the mail-merge columns and one row per certificate", async () => {
  const result = await exportCertificateData(roundId, "xlsx", { actor, baseUrl: BASE });
  if (!result.ok) throw new Error(result.error);
  expect(result.file.filename).toBe("Giấy chứng nhận Quý 1 năm 2023.xlsx");
  const wb = await readXlsx(result.file.body);
  const rows = sheetValues(wb.worksheets[0]);
  expect(rows[0]).toEqual([
    "Số giấy chứng nhận",
    "Họ và tên",
    "Ngày sinh",
    "Đơn vị/Địa chỉ",
    "Giải",
    "Quý",
    "Năm",
    "Số quyết định",
    "Ngày quyết định",
    "Mã xác minh",
    "Đường dẫn xác minh",
  ]);
  expect(rows).toHaveLength(4);
  const cert = await db.certificate.findFirstOrThrow({ where: { number: "01/GCN-BTC", contestId: contest.id }, select: { verificationCode: true } });
  expect(rows[1]).toEqual([
    "01/GCN-BTC",
    "Nguyễn Thị Ánh Tuyết",
    "02/11/1988",
    "Sở Thông tin và Truyền thông",
    "Giải Nhất",
    1,
    2023,
    "18/QĐ-STTTT",
    "25/03/2023",
    cert.verificationCode,
    `${BASE}/chung-nhan/${cert.verificationCode}`,
  ]);
  // No unit: ward and district stand in for the address.
  expect(rows[2][3]).toBe("Phường Đông Thành, Huyện Hoa Lư");
  // A formula-looking unit stays text in the workbook.
  expect(rows[3][3]).toBe('=HYPERLINK("x")');
  const auditRow = await db.auditLog.findFirstOrThrow({ where: { action: "export.certificates", entityId: roundId } });
  expect(auditRow.actorName).toBe("thuky");
  expect(auditRow.after).toEqual({ format: "xlsx", rows: 3 });
});

test("certificate data CSV: BOM, same columns, RFC 4180 quoting, Vietnamese round-trips", async () => {
  const result = await exportCertificateData(roundId, "csv", { actor, baseUrl: BASE });
  if (!result.ok) throw new Error(result.error);
  expect(result.file.contentType).toBe("text/csv; charset=utf-8");
  const bytes = Buffer.from(await new Response(result.file.body).arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString("utf8");
  expect(text).toContain("\r\n");
  const rows = parseCsv(text);
  expect(rows[0]).toEqual(CERTIFICATE_DATA_COLUMNS.map((c) => c.header));
  expect(rows).toHaveLength(4);
  expect(rows[1].slice(0, 5)).toEqual(["01/GCN-BTC", "Nguyễn Thị Ánh Tuyết", "02/11/1988", "Sở Thông tin và Truyền thông", "Giải Nhất"]);
  expect(rows[1][1].normalize("NFC")).toBe("Nguyễn Thị Ánh Tuyết");
  expect(text).toContain('"Lý ""Tí"", Nguyễn"');
  // A spreadsheet must not run a participant's text as a formula.
  expect(rows[3][3]).toBe(`'=HYPERLINK("x")`);
  expect(await db.auditLog.count({ where: { action: "export.certificates", entityId: roundId } })).toBe(2);
});

test("certificate data is refused before approval", async () => {
  expect(await exportCertificateData(otherRoundId, "csv", { actor, baseUrl: BASE })).toMatchObject({ ok: false, status: 409 });
  expect(await exportCertificateData("missing", "csv", { actor, baseUrl: BASE })).toMatchObject({ ok: false, status: 404 });
});

test("ranking .xlsx: every entry of the latest FINAL computation with tie-break columns, read in pages", async () => {
  // An older FINAL computation must not be the one exported.
  await db.winnerComputation.create({
    data: {
      roundId,
      kind: "FINAL",
      computedAt: new Date("2023-03-01T00:00:00Z"),
      computedBy: "cron",
      rulesetVersion: "old",
      rankingOrder: "CORRECT_PREDICTION_DURATION",
      settingsVersion: 1,
      trueValue: 1,
      participantCount: 0,
      attemptCount: 0,
      entryCount: 0,
      inputHash: "old",
      prizes: [],
    },
  });
  const result = await exportRoundRanking(roundId, { actor, pageSize: 2 });
  if (!result.ok) throw new Error(result.error);
  expect(result.file.body).toBeInstanceOf(ReadableStream);
  const rows = sheetValues((await readXlsx(result.file.body)).worksheets[0]);
  expect(rows[0]).toEqual(RANKING_COLUMNS.map((c) => c.header));
  expect(rows[0]).toEqual([
    "Hạng",
    "Họ và tên",
    "Ngày sinh",
    "CCCD",
    "Điện thoại",
    "Huyện",
    "Đơn vị",
    "Số câu đúng",
    "|Dự đoán − đáp số|",
    "Thời gian làm bài",
    "Nộp lúc",
    "Giải",
    "Ghi chú loại trừ",
  ]);
  expect(rows).toHaveLength(7);
  expect(rows.slice(1).map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6]);
  const first = await db.participant.findFirstOrThrow({
    where: { fullName: "Nguyễn Thị Ánh Tuyết", contestId: contest.id },
    select: { cccd: true, phone: true },
  });
  // Empty cells (no exclusion note) are not written at all.
  expect(rows[1]).toEqual([
    1,
    "Nguyễn Thị Ánh Tuyết",
    "02/11/1988",
    first.cccd,
    first.phone,
    "Huyện Hoa Lư",
    "Sở Thông tin và Truyền thông",
    20,
    20,
    300,
    "10/02/2023 08:05:00",
    "Giải Nhất",
  ]);
  expect(rows[5].slice(0, 2)).toEqual([5, "Trịnh Thị Oanh"]);
  expect(rows[5][11]).toBeUndefined();
  expect(rows[2][9]).toBeCloseTo(301.234, 3);
  const auditRow = await db.auditLog.findFirstOrThrow({ where: { action: "export.ranking", entityId: roundId } });
  expect(auditRow.after).toMatchObject({ rows: 6 });
});

test("ranking export needs a FINAL computation", async () => {
  expect(await exportRoundRanking(otherRoundId, { actor })).toMatchObject({ ok: false, status: 409 });
  expect(await exportRoundRanking("missing", { actor })).toMatchObject({ ok: false, status: 404 });
});

test("participation .xlsx: people and attempts by district and by unit", async () => {
  // One more submitted attempt by an existing person, and one attempt still in progress.
  const nam = await db.participant.findFirstOrThrow({ where: { fullName: "Mai Văn Nam" }, select: { id: true } });
  const start = new Date("2023-02-20T01:00:00Z");
  await db.attempt.create({
    data: {
      roundId,
      participantId: nam.id,
      number: 2,
      status: "SUBMITTED",
      startedAt: start,
      deadline: start,
      submittedAt: start,
      durationMs: 1,
      correctCount: 1,
    },
  });
  const late = await makeParticipant(contest.id, { fullName: "Chưa Nộp Bài", districtId: contest.district.id });
  await db.attempt.create({ data: { roundId, participantId: late.id, number: 1, status: "IN_PROGRESS", startedAt: start, deadline: start } });
  const unit = await db.unit.create({ data: { contestId: contest.id, name: "Sở Thông tin và Truyền thông", headcount: 4, districtId: contest.district.id } });
  await db.participant.updateMany({ where: { fullName: "Nguyễn Thị Ánh Tuyết", contestId: contest.id }, data: { unitId: unit.id, unitName: "" } });

  const result = await exportRoundParticipation(roundId, { actor });
  if (!result.ok) throw new Error(result.error);
  const wb = await readXlsx(result.file.body);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Theo huyện", "Theo đơn vị"]);
  const byDistrict = sheetValues(wb.worksheets[0]);
  expect(byDistrict).toEqual([
    ["Huyện/thành phố", "Số người tham gia", "Số lượt thi", "Tỷ lệ trên tổng số người"],
    ["Huyện Hoa Lư", 2, 2, 2 / 6],
    ["TP Tam Điệp", 2, 3, 2 / 6],
    ["(Không chọn huyện)", 2, 2, 2 / 6],
    ["Tổng cộng", 6, 7, 1],
  ]);
  const byUnit = sheetValues(wb.worksheets[1]);
  expect(byUnit[0]).toEqual(["Đơn vị", "Huyện/thành phố", "Số người tham gia", "Số lượt thi", "Số người của đơn vị", "Tỷ lệ tham gia"]);
  expect(byUnit[1]).toEqual(["Sở Thông tin và Truyền thông", "Huyện Hoa Lư", 1, 1, 4, 0.25]);
  expect(byUnit[2]).toEqual(["UBND xã Ninh Nhất", "", 2, 3]);
  expect(byUnit.slice(3).map((r) => r[0])).toEqual(['=HYPERLINK("x")', "(Không ghi đơn vị)"]);
  expect(byUnit[4].slice(2, 4)).toEqual([2, 2]);
  expect(await db.auditLog.count({ where: { action: "export.participation", entityId: roundId } })).toBe(1);
});
