// Certificate files for download: the round's mail-merge data (.xlsx/.csv), the round's PDF, one
// certificate's PDF for staff, and the winner's own PDF. Staff exports carry personal data, so
// each is written to the audit log (docs/DOMAIN.md "Personal data").
import "server-only";
import { audit } from "../audit/log";
import { db } from "../db";
import type { DownloadFile } from "../http/download";
import { XLSX_CONTENT_TYPE } from "../exports/xlsx";
import { certificateDataCsv, certificateDataRows, certificateDataXlsx } from "./data-export";
import { renderCertificatesPdf } from "./pdf";
import { getCertificateRecord, getRoundCertificateRecords } from "./records";
import { staffActor, type StaffActor } from "../staff/actor";
import { isCertifiable } from "./status";
import { isRoundPublished } from "../contests/round-status";

export type FileOutcome = { ok: true; file: DownloadFile } | { ok: false; status: 404 | 409 | 410; error: string };

const PDF = "application/pdf";

async function certifiedRound(roundId: string) {
  const round = await db.round.findUnique({ where: { id: roundId }, select: { id: true, name: true, status: true, awardYear: true } });
  if (!round) return { ok: false as const, status: 404 as const, error: "Không tìm thấy vòng thi." };
  if (!isCertifiable(round.status)) return { ok: false as const, status: 409 as const, error: "Vòng thi chưa được Ban Giám khảo phê duyệt." };
  return { ok: true as const, round };
}

const NO_CERTIFICATES = "Vòng thi chưa có giấy chứng nhận nào. Hãy cấp số giấy chứng nhận trước.";

export async function exportCertificateData(roundId: string, format: "xlsx" | "csv", ctx: { actor: StaffActor; baseUrl: string }): Promise<FileOutcome> {
  const found = await certifiedRound(roundId);
  if (!found.ok) return found;
  const records = await getRoundCertificateRecords(roundId);
  if (records.length === 0) return { ok: false, status: 409, error: NO_CERTIFICATES };
  const rows = certificateDataRows(records, ctx.baseUrl);
  const base = `Giấy chứng nhận ${found.round.name} năm ${found.round.awardYear}`;
  const file: DownloadFile =
    format === "xlsx"
      ? { body: new Uint8Array(await certificateDataXlsx(rows)), filename: `${base}.xlsx`, contentType: XLSX_CONTENT_TYPE }
      : { body: certificateDataCsv(rows), filename: `${base}.csv`, contentType: "text/csv; charset=utf-8" };
  await audit({ actor: staffActor(ctx.actor), action: "export.certificates", entityType: "Round", entityId: roundId, after: { format, rows: rows.length } });
  return { ok: true, file };
}

/** One PDF for the round, a page per certificate still valid, in number order. */
export async function exportRoundCertificatesPdf(roundId: string, ctx: { actor: StaffActor; baseUrl: string }): Promise<FileOutcome> {
  const found = await certifiedRound(roundId);
  if (!found.ok) return found;
  const records = await getRoundCertificateRecords(roundId);
  if (records.length === 0) return { ok: false, status: 409, error: NO_CERTIFICATES };
  const title = `Giấy chứng nhận ${found.round.name} năm ${found.round.awardYear}`;
  const bytes = await renderCertificatesPdf(records, { baseUrl: ctx.baseUrl, title });
  await audit({ actor: staffActor(ctx.actor), action: "export.certificates.pdf", entityType: "Round", entityId: roundId, after: { pages: records.length } });
  return { ok: true, file: { body: bytes as Uint8Array<ArrayBuffer>, filename: `${title}.pdf`, contentType: PDF } };
}

/** Staff may download any certificate, a revoked one marked as such. */
export async function staffCertificatePdf(certificateId: string, ctx: { actor: StaffActor; baseUrl: string }): Promise<FileOutcome> {
  const record = await getCertificateRecord(certificateId);
  if (!record) return { ok: false, status: 404, error: "Không tìm thấy giấy chứng nhận." };
  const bytes = await renderCertificatesPdf([record], { baseUrl: ctx.baseUrl, title: `Giấy chứng nhận số ${record.number}` });
  await audit({
    actor: staffActor(ctx.actor),
    action: "export.certificate.pdf",
    entityType: "Certificate",
    entityId: certificateId,
    after: { number: record.number },
  });
  return { ok: true, file: { body: bytes as Uint8Array<ArrayBuffer>, filename: `Giấy chứng nhận ${record.holder.fullName}.pdf`, contentType: PDF } };
}

/**
 * The winner's own certificate: only its holder, only once the results are published, never a
 * revoked one. Someone else's id answers "not found" so ids reveal nothing.
 */
export async function participantCertificatePdf(certificateId: string, participantId: string, ctx: { baseUrl: string }): Promise<FileOutcome> {
  const record = await getCertificateRecord(certificateId);
  if (!record || record.holder.participantId !== participantId) return { ok: false, status: 404, error: "Không tìm thấy giấy chứng nhận." };
  if (record.revokedAt) return { ok: false, status: 410, error: "Giấy chứng nhận này đã bị thu hồi." };
  if (!isRoundPublished(record.round.status)) return { ok: false, status: 409, error: "Kết quả vòng thi chưa được công bố. Vui lòng quay lại sau." };
  const bytes = await renderCertificatesPdf([record], { baseUrl: ctx.baseUrl, title: `Giấy chứng nhận số ${record.number}` });
  return {
    ok: true,
    file: { body: bytes as Uint8Array<ArrayBuffer>, filename: `Giấy chứng nhận ${record.round.name} năm ${record.round.year}.pdf`, contentType: PDF },
  };
}
