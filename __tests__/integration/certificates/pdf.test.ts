// PDF certificates: the text a reader extracts carries the winner's full name with diacritics and
// the certificate number; the embedded QR code decodes to the verification URL.
import { db } from "@/lib/db";
import { exportRoundCertificatesPdf, participantCertificatePdf, staffCertificatePdf } from "@/lib/certificates/downloads";
import { generateRoundCertificates } from "@/lib/certificates/generate";
import { revokeCertificate } from "@/lib/certificates/manage";
import { qrPng } from "@/lib/certificates/qr";
import { fixedClock, setClock } from "@/lib/time";
import { makeContest, makeRound, TEN_WINNERS } from "./fixtures";
import { decodePdfQrCodes, decodeQrPng, embeddedFontNames, pdfPageTexts } from "./pdf-helpers";

// Rendering and reading PDFs back (pdf.js in a child process) takes seconds on a busy machine.
jest.setTimeout(60_000);

const actor = { id: "staff-1", username: "thuky", fullName: "Thư ký" };
const BASE = "https://chuyendoiso.ninhbinh.gov.vn";

let roundId = "";
let certs: { id: string; number: string; verificationCode: string; participantId: string }[] = [];

beforeAll(async () => {
  setClock(fixedClock("2023-03-27T03:00:00Z"));
  const contest = await makeContest({ pattern: "{n:2}/GCN-BTC" });
  const { round } = await makeRound(contest.id, { number: 1, winners: TEN_WINNERS.slice(0, 3) });
  roundId = round.id;
  await generateRoundCertificates(round.id, actor);
  const rows = await db.certificate.findMany({
    where: { award: { roundId } },
    orderBy: { seq: "asc" },
    select: { id: true, number: true, verificationCode: true, award: { select: { participantId: true } } },
  });
  certs = rows.map((r) => ({ id: r.id, number: r.number, verificationCode: r.verificationCode, participantId: r.award.participantId }));
});

async function bytesOf(body: BodyInit): Promise<Uint8Array> {
  return new Uint8Array(await new Response(body).arrayBuffer());
}

test("the round PDF has a page per certificate with the name, number, prize, round and decision", async () => {
  const result = await exportRoundCertificatesPdf(roundId, { actor, baseUrl: BASE });
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  expect(result.file.contentType).toBe("application/pdf");
  const bytes = await bytesOf(result.file.body);
  expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe("%PDF-");
  const pages = pdfPageTexts(bytes);
  expect(pages).toHaveLength(3);
  const first = pages[0].normalize("NFC");
  for (const expected of [
    "Nguyễn Thị Ánh Tuyết",
    "Số: 01/GCN-BTC",
    "GIẤY CHỨNG NHẬN",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH NINH BÌNH",
    "Đạt Giải Nhất",
    "Quý 1 năm 2023",
    "Ngày sinh: 05/03/1990",
    "Đơn vị/Địa chỉ: Sở Thông tin và Truyền thông",
    "Quyết định số 18/QĐ-STTTT ngày 25/03/2023",
    "Ninh Bình, ngày 25 tháng 03 năm 2023",
  ]) {
    expect(first).toContain(expected);
  }
  expect(pages[1].normalize("NFC")).toContain("Trần Văn Bình");
  expect(pages[1].normalize("NFC")).toContain("Số: 02/GCN-BTC");
  expect(pages[1].normalize("NFC")).toContain("Đạt Giải Nhì");
  // Embedded (subset) fonts only: nothing depends on the reader's fonts.
  expect(await embeddedFontNames(bytes)).toEqual([expect.stringMatching(/^DejaVuSerif-\d+$/), expect.stringMatching(/^DejaVuSerif-Bold-\d+$/)]);
});

test("each page's QR code decodes to that certificate's verification URL", async () => {
  const result = await exportRoundCertificatesPdf(roundId, { actor, baseUrl: BASE });
  if (!result.ok) throw new Error(result.error);
  const decoded = await decodePdfQrCodes(await bytesOf(result.file.body));
  expect(decoded.sort()).toEqual(certs.map((c) => `${BASE}/chung-nhan/${c.verificationCode}`).sort());
  // And the PNG made before embedding decodes the same way.
  expect(decodeQrPng(await qrPng(`${BASE}/chung-nhan/${certs[0].verificationCode}`))).toBe(`${BASE}/chung-nhan/${certs[0].verificationCode}`);
});

test("exports are audited; revoked certificates leave the round PDF but staff can still print one, marked", async () => {
  await revokeCertificate({ certificateId: certs[2].id, reason: "Trùng người dự thi" }, actor);
  const round = await exportRoundCertificatesPdf(roundId, { actor, baseUrl: BASE });
  if (!round.ok) throw new Error(round.error);
  expect(pdfPageTexts(await bytesOf(round.file.body))).toHaveLength(2);
  const single = await staffCertificatePdf(certs[2].id, { actor, baseUrl: BASE });
  if (!single.ok) throw new Error(single.error);
  const [text] = pdfPageTexts(await bytesOf(single.file.body));
  expect(text).toContain("ĐÃ THU HỒI");
  expect(text).toContain("Số: 03/GCN-BTC");
  expect(await db.auditLog.count({ where: { action: "export.certificates.pdf", entityId: roundId } })).toBeGreaterThanOrEqual(3);
  expect(await db.auditLog.count({ where: { action: "export.certificate.pdf", entityId: certs[2].id } })).toBe(1);
});

test("the winner's own PDF: only the holder, only after publication, never revoked", async () => {
  const [mine, other, revoked] = certs;
  expect(await participantCertificatePdf(mine.id, mine.participantId, { baseUrl: BASE })).toMatchObject({ ok: false, status: 409 });
  await db.round.update({ where: { id: roundId }, data: { status: "PUBLISHED" } });
  const own = await participantCertificatePdf(mine.id, mine.participantId, { baseUrl: BASE });
  if (!own.ok) throw new Error(own.error);
  const [text] = pdfPageTexts(await bytesOf(own.file.body));
  expect(text.normalize("NFC")).toContain("Nguyễn Thị Ánh Tuyết");
  expect(await participantCertificatePdf(other.id, mine.participantId, { baseUrl: BASE })).toMatchObject({ ok: false, status: 404 });
  expect(await participantCertificatePdf(revoked.id, revoked.participantId, { baseUrl: BASE })).toMatchObject({ ok: false, status: 410 });
  expect(await participantCertificatePdf("nope", mine.participantId, { baseUrl: BASE })).toMatchObject({ ok: false, status: 404 });
});
