"use server";
// The regrade server actions (/quan-tri/giam-khao/cham-lai), built by staffAction
// (lib/actions/staff-action.ts): caller → role → input → one lib call → revalidate → ActionResult.
// The jury (ADMIN, JURY) proposes and previews; only an ADMIN applies or rejects.
import { mapOk, ok } from "../actions/result";
import { staffAction } from "../actions/staff-action";
import type { StaffCaller } from "../auth/session";
import { describeRunOutcome, runRoundWinners } from "../winners/run";
import { applyRegrade, rejectRegrade } from "./apply";
import { describeImpact } from "./impact";
import { REGRADE_MSG } from "./messages";
import { previewRegrade, proposeRegrade } from "./propose";
import { applyRegradeSchema, proposeRegradeSchema, regradeRuleSchema, rejectRegradeSchema } from "./schema";

const REGRADE_PATH = "/quan-tri/giam-khao/cham-lai";
const JURY_PATH = "/quan-tri/giam-khao";

// Checked before the input, as the jury role itself is.
const adminOnly = (staff: StaffCaller) => (staff.role === "ADMIN" ? null : REGRADE_MSG.adminOnly);

export const proposeRegradeAction = staffAction(
  "jury",
  proposeRegradeSchema,
  async (input, staff) =>
    mapOk(await proposeRegrade(input, staff), ({ regradeId }) => ({ regradeId, message: "Đã ghi đề xuất chấm lại; chờ quản trị viên quyết định." })),
  { name: "proposeRegradeAction", revalidate: [REGRADE_PATH] },
);

export const dryRunRegradeAction = staffAction("jury", regradeRuleSchema, previewRegrade, { name: "dryRunRegradeAction" });

export const applyRegradeAction = staffAction(
  "jury",
  applyRegradeSchema,
  async (input, staff) => {
    const result = await applyRegrade(input, staff);
    if (!result.ok) return result;
    const { impact, staleComputations, roundId } = result.data;
    // An applied regrade is a jury decision: the ranking is recomputed at once, as after a
    // disqualification (docs/FAIRNESS.md §6); an approved round is not, and the page says why.
    const next = staleComputations > 0 ? ` ${describeRunOutcome(await runRoundWinners(roundId, { kind: "staff", staff }, { afterDecision: true }))}` : "";
    return ok({ message: `Đã áp dụng chấm lại. ${describeImpact(impact)}${next}` });
  },
  { name: "applyRegradeAction", refuse: adminOnly, revalidate: [REGRADE_PATH, JURY_PATH, "/ca-nhan"] },
);

export const rejectRegradeAction = staffAction(
  "jury",
  rejectRegradeSchema,
  async (input, staff) => mapOk(await rejectRegrade(input, staff), () => ({ message: "Đã từ chối đề xuất chấm lại." })),
  { name: "rejectRegradeAction", refuse: adminOnly, revalidate: [REGRADE_PATH] },
);
