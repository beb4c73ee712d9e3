// A winners computation's kind (prisma/schema.prisma ComputationKind, docs/DOMAIN.md §8):
// provisional before the round closes, final after. Values, schema, its one label. Pure.
import { z } from "zod";
import type { ComputationKind as DbComputationKind } from "../generated/sqlite/enums";
import { prismaEnumValues } from "../enum-values";

export const COMPUTATION_KINDS = prismaEnumValues<DbComputationKind>()(["PROVISIONAL", "FINAL"]);
export type ComputationKind = (typeof COMPUTATION_KINDS)[number];
export const computationKindSchema = z.enum(COMPUTATION_KINDS);

/** The jury page's badge; a sentence lowers it ("Đã tính lại kết quả chính thức."). */
export const COMPUTATION_KIND_LABEL: Record<ComputationKind, string> = {
  PROVISIONAL: "Tạm thời",
  FINAL: "Chính thức",
};
