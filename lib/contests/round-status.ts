// A round's status (prisma/schema.prisma RoundStatus): values, schema, labels, predicates. Pure:
// screens import the labels and the rules from here and never spell a status again.
import { z } from "zod";
import type { RoundStatus as DbRoundStatus } from "../generated/sqlite/enums";
import { prismaEnumValues } from "../enum-values";

export const ROUND_STATUSES = prismaEnumValues<DbRoundStatus>()(["DRAFT", "OPEN", "APPROVED", "PUBLISHED"]);
export type RoundStatus = (typeof ROUND_STATUSES)[number];
export const roundStatusSchema = z.enum(ROUND_STATUSES);

/** How a status reads on every staff screen (the jury page, the round chooser, certificates, statistics). */
export const ROUND_STATUS_LABEL: Record<RoundStatus, string> = {
  DRAFT: "Nháp",
  OPEN: "Chưa phê duyệt kết quả",
  APPROVED: "Đã phê duyệt kết quả",
  PUBLISHED: "Đã công bố kết quả",
};

/** The round form's choices: what choosing a status does, for whoever sets it. */
export const ROUND_STATUS_OPTION_LABEL: Record<RoundStatus, string> = {
  DRAFT: "Nháp (chưa công bố, chưa thi được)",
  OPEN: "Mở (công bố, nhận bài trong thời gian thi)",
  APPROVED: ROUND_STATUS_LABEL.APPROVED,
  PUBLISHED: ROUND_STATUS_LABEL.PUBLISHED,
};

/** The statuses staff set on the round form; approving and publishing happen on the jury page (docs/DOMAIN.md §8). */
export const EDITABLE_ROUND_STATUSES: readonly RoundStatus[] = ["DRAFT", "OPEN"];

export type VisibleRoundStatus = Exclude<RoundStatus, "DRAFT">;

/** A draft is not shown publicly and cannot be taken (docs/DOMAIN.md §1). */
export function isRoundVisible(status: RoundStatus): status is VisibleRoundStatus {
  return status !== "DRAFT";
}

/** The statuses a public list shows, for a `where: { status: { in } }`. */
export const VISIBLE_ROUND_STATUSES: RoundStatus[] = ROUND_STATUSES.filter(isRoundVisible);

/** Approved or published: the winners are decided; no computing, disqualifying or regrading changes them (docs/DOMAIN.md §8). */
export function isRoundLocked(status: RoundStatus): boolean {
  return status === "APPROVED" || status === "PUBLISHED";
}

/** Approved and not yet published: the one status from which the list can be published. */
export function isRoundApproved(status: RoundStatus): boolean {
  return status === "APPROVED";
}

/** The winners are public (/ket-qua, the published result document). */
export function isRoundPublished(status: RoundStatus): boolean {
  return status === "PUBLISHED";
}

/** The jury may still compute, decide and approve: the round is shown and its winners not approved. */
export function isRoundUnderReview(status: RoundStatus): boolean {
  return status === "OPEN";
}
