// The certificate data sheet for Word mail-merge (docs/DOMAIN.md "Certificates"): one row per
// certificate, the same columns in .xlsx and in CSV. Pure apart from the writers it calls.
import { toCsv } from "../exports/csv";
import { buildXlsx, type XlsxColumn } from "../exports/xlsx";
import { formatIsoDateVn } from "../time";
import type { CertificateRecord } from "./records";
import { verificationUrl } from "./urls";

export const CERTIFICATE_DATA_COLUMNS: XlsxColumn[] = [
  { header: "Số giấy chứng nhận", width: 18 },
  { header: "Họ và tên", width: 28 },
  { header: "Ngày sinh", width: 12 },
  { header: "Đơn vị/Địa chỉ", width: 40 },
  { header: "Giải", width: 20 },
  { header: "Quý", width: 6 },
  { header: "Năm", width: 8 },
  { header: "Số quyết định", width: 18 },
  { header: "Ngày quyết định", width: 16 },
  { header: "Mã xác minh", width: 20 },
  { header: "Đường dẫn xác minh", width: 60 },
];

export type CertificateDataRow = [string, string, string, string, string, number, number, string, string, string, string];

export function certificateDataRows(records: CertificateRecord[], baseUrl: string): CertificateDataRow[] {
  return records.map((r) => [
    r.number,
    r.holder.fullName,
    formatIsoDateVn(r.holder.birthDate),
    r.holder.unitOrAddress,
    r.prize.tierName,
    r.round.number,
    r.round.year,
    r.round.decisionNumber ?? "",
    r.round.decisionDate ? formatIsoDateVn(r.round.decisionDate) : "",
    r.verificationCode,
    verificationUrl(baseUrl, r.verificationCode),
  ]);
}

export function certificateDataCsv(rows: CertificateDataRow[]): string {
  return toCsv(
    CERTIFICATE_DATA_COLUMNS.map((c) => c.header),
    rows,
  );
}

export function certificateDataXlsx(rows: CertificateDataRow[]): Promise<Buffer> {
  return buildXlsx([{ name: "Giấy chứng nhận", columns: CERTIFICATE_DATA_COLUMNS, rows }]);
}
