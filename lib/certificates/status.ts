// Which rounds can have certificates, and how a round's status reads. Pure.

export type RoundStatus = "DRAFT" | "OPEN" | "APPROVED" | "PUBLISHED";

/** Certificates exist only for winners the jury approved (docs/DOMAIN.md §8). */
export const CERTIFIABLE_STATUSES: readonly RoundStatus[] = ["APPROVED", "PUBLISHED"];

export function isCertifiable(status: string): boolean {
  return (CERTIFIABLE_STATUSES as readonly string[]).includes(status);
}

export const ROUND_STATUS_LABEL: Record<RoundStatus, string> = {
  DRAFT: "Nháp",
  OPEN: "Chưa phê duyệt",
  APPROVED: "Đã phê duyệt",
  PUBLISHED: "Đã công bố",
};
