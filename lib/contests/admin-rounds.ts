// Writing round settings. Every change bumps Round.settingsVersion (computations record the
// version they used) and is audited with before/after; a change that could alter a started
// round's results needs an explicit confirmation and a reason (issue 5, docs/DOMAIN.md §8).
import "server-only";
import type { z } from "zod";
import { fail, ok, type ActionResult } from "../actions/result";
import { appendAudit } from "../audit/log";
import { db } from "../db";
import { staffActor, type StaffActor } from "../staff/actor";
import { now } from "../time";
import { ROUND_FIELD_LABEL, roundDiff, roundSettingsFromForm, sensitiveRoundChanges, statusChangeProblem } from "./admin-rules";
import { roundSettingsSelect, type RoundSettings } from "./types";
import { parsePrizeTiers } from "./prize-tiers";
import type { createRoundSchema, updateRoundSchema } from "./schema";

const settingsSelect = { contestId: true, settingsVersion: true, ...roundSettingsSelect } as const;

export async function createRound(input: z.output<typeof createRoundSchema>, staff: StaffActor): Promise<ActionResult<{ id: string }>> {
  const contest = await db.contest.findUnique({ where: { id: input.contestId }, select: { id: true } });
  if (!contest) return fail("Không tìm thấy cuộc thi.");
  const { contestId, number, ...form } = input;
  const statusProblem = statusChangeProblem(null, form.status);
  if (statusProblem) return fail(statusProblem, { status: [statusProblem] });
  const settings = roundSettingsFromForm(form);
  try {
    const id = await db.$transaction(async (tx) => {
      const r = await tx.round.create({ data: { contestId, number, ...settings }, select: { id: true } });
      await appendAudit(tx, {
        actor: staffActor(staff),
        action: "round.create",
        entityType: "Round",
        entityId: r.id,
        after: { contestId, number, ...settings },
      });
      return r.id;
    });
    return ok({ id });
  } catch (err) {
    if ((err as { code?: string })?.code === "P2002") return fail(`Cuộc thi đã có đợt thi số ${number}.`, { number: ["Số thứ tự đã được dùng."] });
    throw err;
  }
}

export type RoundUpdateOutcome = { id: string; settingsVersion: number; changed: string[] };

export async function updateRound(input: z.output<typeof updateRoundSchema>, staff: StaffActor): Promise<ActionResult<RoundUpdateOutcome>> {
  const row = await db.round.findUnique({ where: { id: input.id }, select: settingsSelect });
  if (!row) return fail("Không tìm thấy đợt thi.");
  if (row.settingsVersion !== input.baseSettingsVersion) {
    return fail("Thiết lập của đợt thi vừa được người khác thay đổi. Vui lòng tải lại trang rồi sửa lại.");
  }
  const { contestId: _c, settingsVersion, prizeTiers, ...rest } = row;
  const before: RoundSettings = { ...rest, prizeTiers: parsePrizeTiers(prizeTiers) };
  const { id, baseSettingsVersion: _b, confirmSensitive, reason, ...form } = input;
  const after = roundSettingsFromForm(form, before);
  const statusProblem = statusChangeProblem(before.status, after.status);
  if (statusProblem) return fail(statusProblem, { status: [statusProblem] });
  const diff = roundDiff(before, after);
  const changed = Object.keys(diff.after) as (keyof RoundSettings)[];
  if (changed.length === 0) return fail("Không có thay đổi nào để lưu.");

  const sensitive = sensitiveRoundChanges(before, after, now());
  if (sensitive.length > 0 && (!confirmSensitive || reason.length < 5)) {
    const fields = sensitive.map((k) => ROUND_FIELD_LABEL[k]).join(", ");
    const message = `Đợt thi đã bắt đầu: thay đổi ${fields} có thể làm thay đổi kết quả. Hãy đánh dấu xác nhận và ghi lý do (ít nhất 5 ký tự).`;
    return fail(message, {
      ...(confirmSensitive ? {} : { confirmSensitive: ["Cần xác nhận thay đổi."] }),
      ...(reason.length < 5 ? { reason: ["Cần ghi lý do thay đổi."] } : {}),
    });
  }

  const next = settingsVersion + 1;
  const updated = await db.$transaction(async (tx) => {
    const res = await tx.round.updateMany({ where: { id, settingsVersion }, data: { ...after, settingsVersion: next } });
    if (res.count !== 1) return false;
    await appendAudit(tx, {
      actor: staffActor(staff),
      action: sensitive.length > 0 ? "round.update_results_affecting" : "round.update",
      entityType: "Round",
      entityId: id,
      reason: reason || null,
      before: { ...diff.before, settingsVersion },
      after: { ...diff.after, settingsVersion: next },
    });
    return true;
  });
  if (!updated) return fail("Thiết lập của đợt thi vừa được người khác thay đổi. Vui lòng tải lại trang rồi sửa lại.");
  return ok({ id, settingsVersion: next, changed: changed.map((k) => ROUND_FIELD_LABEL[k]) });
}
