// Which question of which round a regrade is about, checked against the data: the round exists
// and has attempts, the version was shown in it, and the rule is a change (schema.ts
// withQuestionChecks). Shared by the proposal and the dry run.
import "server-only";
import { fail, zodFieldErrors, type ActionResult } from "../actions/result";
import { isRoundVisible, type VisibleRoundStatus } from "../contests/round-status";
import { readOptions } from "../questions/format";
import { ruleOf, regradeActiveKey } from "./enums";
import type { Client, RegradeTarget } from "./dry-run";
import { REGRADE_MSG } from "./messages";
import { regradeRuleSchema, withQuestionChecks, type RegradeRuleInput, type VersionKeyInfo } from "./schema";

export interface CheckedTarget extends RegradeTarget {
  roundStatus: VisibleRoundStatus;
}

/** The version as the checks need it, or undefined when no attempt of the round showed it. */
async function versionKeyInfo(client: Client, roundId: string, questionVersionId: string): Promise<VersionKeyInfo | undefined> {
  const [shown, applied] = await Promise.all([
    client.attemptItem.findFirst({
      where: { questionVersionId, attempt: { roundId } },
      select: { questionVersion: { select: { correctIndex: true, options: true } } },
    }),
    client.regrade.findUnique({ where: { activeKey: regradeActiveKey(roundId, questionVersionId) }, select: { mode: true, correctIndex: true } }),
  ]);
  if (!shown) return undefined;
  return { key: shown.questionVersion.correctIndex, optionCount: readOptions(shown.questionVersion.options).length, applied: applied ? ruleOf(applied) : null };
}

const INVALID = "Thông tin chưa hợp lệ. Vui lòng kiểm tra các ô được đánh dấu.";

export async function checkTarget(client: Client, input: RegradeRuleInput): Promise<ActionResult<CheckedTarget>> {
  const round = await client.round.findUnique({ where: { id: input.roundId }, select: { status: true } });
  if (!round) return fail(REGRADE_MSG.roundNotFound);
  if (!isRoundVisible(round.status)) return fail(REGRADE_MSG.roundDraft);
  const info = await versionKeyInfo(client, input.roundId, input.questionVersionId);
  if (!info) return fail(REGRADE_MSG.versionNotInRound, { questionVersionId: [REGRADE_MSG.versionNotInRound] });
  const checked = withQuestionChecks(regradeRuleSchema, () => info).safeParse(input);
  if (!checked.success) return fail(INVALID, zodFieldErrors(checked.error));
  const rule = ruleOf({ mode: input.mode, correctIndex: input.mode === "NEW_KEY" ? (input.correctIndex ?? null) : null });
  return { ok: true, data: { roundId: input.roundId, questionVersionId: input.questionVersionId, rule, roundStatus: round.status } };
}
