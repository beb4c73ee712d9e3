// Test data for the regrade tests: a closed 2023 round whose submitted attempts have items (the
// question versions they showed, the choices and when they were saved), graded as the quiz engine
// grades them (lib/attempts/rules.ts gradeItems; a lazy close only counts answers saved by the
// deadline). Written straight to the database: the quiz engine is not under test here.
import { gradeItems, type GradableItem, type GradingRule } from "@/lib/attempts/rules";
import { db } from "@/lib/db";
import { makeContest, makeParticipants, makeRound, makeStaff, type RoundSpec } from "../winners/fixtures";

let serial = 0;

export interface AttemptPlan {
  /** Index into the people. */
  who: number;
  /** Choice per question (index into its options, editor order), null = unanswered. */
  answers: (number | null)[];
  source?: "PARTICIPANT" | "AUTO" | "LAZY_CLOSE";
  /** Positions whose answer was saved after the deadline (only a lazy close can hold one). */
  lateAt?: number[];
  prediction?: number | null;
  durationMs?: number;
  status?: "SUBMITTED" | "IN_PROGRESS";
  /** Default: a day after the round opens, a minute apart. */
  startedAt?: Date;
}

/** `keys[i]` is question i's key; every question has four options. */
export async function makeRegradeRound(spec: { keys: number[]; people: number; attempts: AttemptPlan[]; round?: RoundSpec; organiser?: number[] }) {
  const n = ++serial;
  const contest = await makeContest({ slug: `cham-lai-${n}-${Math.random().toString(36).slice(2, 7)}` });
  const round = await makeRound(contest.id, {
    prizeTiers: [
      { code: "NHAT", name: "Giải Nhất", count: 1 },
      { code: "NHI", name: "Giải Nhì", count: 1 },
      { code: "BA", name: "Giải Ba", count: 1 },
    ],
    ...spec.round,
  });
  const versions: { id: string; correctIndex: number }[] = [];
  for (const [i, key] of spec.keys.entries()) {
    const q = await db.question.create({
      data: {
        contestId: contest.id,
        textSearch: `cau ${i}`,
        versions: {
          create: {
            version: 1,
            text: `Câu hỏi số ${i + 1}: chuyển đổi số là gì?`,
            options: [0, 1, 2, 3].map((k) => `Phương án ${k} của câu ${i + 1}`),
            correctIndex: key,
          },
        },
      },
      select: { versions: { select: { id: true, correctIndex: true } } },
    });
    versions.push(q.versions[0]);
  }
  const people = await makeParticipants(
    contest.id,
    Array.from({ length: spec.people }, (_, i) => ({
      fullName: `Trần Thị ${String.fromCharCode(65 + i)}`,
      registeredAt: new Date(Date.UTC(2023, 1, 1, 0, 0, i)),
      isOrganiserMember: spec.organiser?.includes(i) ?? false,
    })),
  );
  const numbers = new Map<number, number>();
  const attemptIds: string[] = [];
  for (const [k, plan] of spec.attempts.entries()) {
    const number = (numbers.get(plan.who) ?? 0) + 1;
    numbers.set(plan.who, number);
    const startedAt = plan.startedAt ?? new Date(round.opensAt.getTime() + 86_400_000 + k * 60_000);
    const deadline = new Date(startedAt.getTime() + 1_200_000);
    const durationMs = plan.durationMs ?? 300_000 + k * 1000;
    const inProgress = plan.status === "IN_PROGRESS";
    const lazy = plan.source === "LAZY_CLOSE";
    const items: GradableItem[] = plan.answers.map((chosenIndex, position) => ({
      position,
      chosenIndex,
      savedAt:
        chosenIndex === null
          ? null
          : plan.lateAt?.includes(position)
            ? new Date(deadline.getTime() + 5_000)
            : new Date(startedAt.getTime() + (position + 1) * 10_000),
      correctIndex: versions[position].correctIndex,
    }));
    const grading = gradeItems(items, lazy ? deadline : undefined);
    const correct = new Set(grading.correctPositions);
    const attempt = await db.attempt.create({
      data: {
        roundId: round.id,
        participantId: people[plan.who].id,
        number,
        status: inProgress ? "IN_PROGRESS" : "SUBMITTED",
        inProgressKey: inProgress ? `${people[plan.who].id}:${round.id}` : null,
        startedAt,
        deadline,
        submittedAt: inProgress ? null : lazy ? deadline : new Date(startedAt.getTime() + durationMs),
        submitSource: inProgress ? null : (plan.source ?? "PARTICIPANT"),
        durationMs: inProgress ? null : lazy ? 1_200_000 : durationMs,
        correctCount: inProgress ? null : grading.correctCount,
        prediction: plan.prediction === undefined ? 100 + k : plan.prediction,
        items: {
          create: items.map((it) => ({
            position: it.position,
            questionVersionId: versions[it.position].id,
            optionOrder: "0,1,2,3",
            chosenIndex: it.chosenIndex,
            savedAt: it.savedAt,
            isCorrect: inProgress ? null : correct.has(it.position),
          })),
        },
      },
      select: { id: true },
    });
    attemptIds.push(attempt.id);
  }
  const [admin, jury] = [await makeStaff("ADMIN"), await makeStaff("JURY")];
  return { contestId: contest.id, round, versionIds: versions.map((v) => v.id), keys: spec.keys, people, attemptIds, admin, jury };
}

/** The stored items of the round's attempts with the rule each version follows now (for a JS recomputation). */
export async function storedAttempts(roundId: string) {
  const [attempts, applied] = await Promise.all([
    db.attempt.findMany({
      where: { roundId },
      orderBy: { id: "asc" },
      select: {
        id: true,
        status: true,
        submitSource: true,
        deadline: true,
        correctCount: true,
        regradedAt: true,
        items: {
          orderBy: { position: "asc" },
          select: {
            position: true,
            questionVersionId: true,
            chosenIndex: true,
            savedAt: true,
            isCorrect: true,
            questionVersion: { select: { correctIndex: true } },
          },
        },
      },
    }),
    db.regrade.findMany({ where: { roundId, status: "APPLIED" }, select: { questionVersionId: true, mode: true, correctIndex: true } }),
  ]);
  const ruleOf = new Map<string, GradingRule>(
    applied.map((r) => [r.questionVersionId, r.mode === "NEW_KEY" ? { mode: "NEW_KEY", correctIndex: r.correctIndex! } : { mode: r.mode }]),
  );
  return attempts.map((a) => ({
    ...a,
    /** The items as the pure rule sees them under the applied regrades. */
    gradable: a.items.map((i) => ({
      position: i.position,
      chosenIndex: i.chosenIndex,
      savedAt: i.savedAt,
      correctIndex: i.questionVersion.correctIndex,
      rule: ruleOf.get(i.questionVersionId) ?? null,
    })),
  }));
}
