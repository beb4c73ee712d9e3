// Builders for the sweep and grading-SQL tests: attempts with items and Regrade rows written
// straight to the database, with every instant to the millisecond, and the rows a close produces.
import { db } from "@/lib/db";
import type { GradingRule } from "@/lib/attempts/rules";

let serial = 0;

/** The question versions of a contest with their keys. */
export function versionsOf(contestId: string) {
  return db.questionVersion.findMany({ where: { question: { contestId } }, orderBy: { id: "asc" }, select: { id: true, correctIndex: true } });
}

/** `n` questions of the contest, one version each, question i keyed i % 4; returns the versions in order. */
export async function makeQuestionVersions(contestId: string, n: number) {
  const made = await db.$transaction(
    Array.from({ length: n }, (_, i) =>
      db.question.create({
        data: {
          contestId,
          textSearch: `cau ${i}`,
          versions: { create: { version: 1, text: `Câu hỏi số ${i}?`, options: [0, 1, 2, 3].map((k) => `Phương án ${k}`), correctIndex: i % 4 } },
        },
        select: { versions: { select: { id: true, correctIndex: true } } },
      }),
    ),
  );
  return made.map((q) => q.versions[0]);
}

/** An open round of the contest (no prizes), with its own grace. */
export async function makeBareRound(contestId: string, opts: { graceSec: number; opensAt: Date; closesAt: Date }) {
  const number = 100 + ++serial;
  return db.round.create({
    data: {
      contestId,
      number,
      name: `Đợt ${number}`,
      opensAt: opts.opensAt,
      closesAt: opts.closesAt,
      awardYear: opts.closesAt.getUTCFullYear(),
      awardMonth: 12,
      prizeTiers: [],
      predictionQuestion: "Có bao nhiêu người tham gia?",
      graceSec: opts.graceSec,
    },
    select: { id: true },
  });
}

export interface ItemSpec {
  versionId: string;
  chosenIndex: number | null;
  savedAt: Date | null;
}

export interface AttemptRowSpec {
  id?: string;
  participantId: string;
  number?: number;
  status?: "IN_PROGRESS" | "SUBMITTED";
  startedAt: Date;
  deadline: Date;
  prediction?: number | null;
  items: ItemSpec[];
}

/** Writes attempts with their items; an in-progress one holds the participant's in-progress key. */
export async function insertAttempts(roundId: string, specs: AttemptRowSpec[]): Promise<string[]> {
  const rows = specs.map((s) => {
    const id = s.id ?? `t-${++serial}-${Math.random().toString(36).slice(2, 8)}`;
    const submitted = s.status === "SUBMITTED";
    return {
      id,
      roundId,
      participantId: s.participantId,
      number: s.number ?? 1,
      status: s.status ?? ("IN_PROGRESS" as const),
      inProgressKey: submitted ? null : `${s.participantId}:${roundId}`,
      startedAt: s.startedAt,
      deadline: s.deadline,
      submittedAt: submitted ? s.deadline : null,
      submitSource: submitted ? ("PARTICIPANT" as const) : null,
      durationMs: submitted ? s.deadline.getTime() - s.startedAt.getTime() : null,
      correctCount: submitted ? 0 : null,
      prediction: s.prediction ?? null,
    };
  });
  const items = specs.flatMap((s, k) =>
    s.items.map((it, position) => ({
      attemptId: rows[k].id,
      position,
      questionVersionId: it.versionId,
      optionOrder: "0,1,2,3",
      chosenIndex: it.chosenIndex,
      savedAt: it.savedAt,
    })),
  );
  await db.attempt.createMany({ data: rows });
  await db.attemptItem.createMany({ data: items });
  return rows.map((r) => r.id);
}

export type RegradeStatus = "APPLIED" | "PROPOSED" | "REJECTED" | "SUPERSEDED";

/** Regrade rows as an ADMIN's decision would leave them; only an APPLIED one holds the active key. */
export async function insertRegrades(roundId: string, rules: { versionId: string; rule: GradingRule; status?: RegradeStatus }[]) {
  await db.regrade.createMany({
    data: rules.map(({ versionId, rule, status = "APPLIED" }) => ({
      roundId,
      questionVersionId: versionId,
      mode: rule.mode,
      correctIndex: rule.mode === "NEW_KEY" ? rule.correctIndex : null,
      reason: "Đáp án cần chấm lại",
      status,
      activeKey: status === "APPLIED" ? `${roundId}:${versionId}` : null,
      proposedById: "giam-khao",
      proposedAt: new Date("2026-11-01T00:00:00.000Z"),
    })),
  });
}

/** What a close writes, in a form two attempts can be compared by (ids and round left out). */
export async function closedRows(attemptIds: string[]) {
  const rows = await db.attempt.findMany({
    where: { id: { in: attemptIds } },
    select: {
      id: true,
      status: true,
      inProgressKey: true,
      submittedAt: true,
      submitSource: true,
      graceUsedMs: true,
      durationMs: true,
      correctCount: true,
      items: { orderBy: { position: "asc" }, select: { position: true, isCorrect: true } },
    },
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return attemptIds.map((id) => {
    const { id: _id, inProgressKey, submittedAt, ...rest } = byId.get(id)!;
    return { ...rest, hasInProgressKey: inProgressKey !== null, submittedAt: submittedAt?.toISOString() ?? null };
  });
}
