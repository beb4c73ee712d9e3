// Closing an attempt: the participant's (or the page's automatic) submit, and the lazy close of an
// attempt nobody submitted (docs/DOMAIN.md "Time rules for an attempt": closed the first time anything reads it after
// deadline + grace; no cron is needed for correctness). Grading happens exactly once: a
// conditional UPDATE from IN_PROGRESS to SUBMITTED decides who grades.
import "server-only";
import type { Retryable } from "../actions/db-guard";
import { fail, ok, type ActionResult } from "../actions/result";
import { db } from "../db";
import { now } from "../time";
import { MSG } from "./messages";
import { gradeItems, isPastGrace, lazyCloseTiming, submitTiming, type GradableItem, type GradingRule } from "./rules";

type SubmitSource = "PARTICIPANT" | "AUTO" | "LAZY_CLOSE";

/** What a closed attempt reports back (no answer key: counts only). */
export interface SubmittedSummary {
  attemptId: string;
  correctCount: number;
  questionCount: number;
  durationMs: number;
  submittedAt: string;
  submitSource: SubmitSource;
  graceUsedMs: number | null;
}

const gradingSelect = {
  id: true,
  roundId: true,
  participantId: true,
  status: true,
  startedAt: true,
  deadline: true,
  submittedAt: true,
  submitSource: true,
  correctCount: true,
  durationMs: true,
  graceUsedMs: true,
  round: { select: { graceSec: true } },
  items: {
    select: {
      position: true,
      chosenIndex: true,
      savedAt: true,
      // The applied regrades come with the snapshot so grading stays one select: a version has
      // at most one per round (Regrade.activeKey), and few rounds, so the filter is done in JS.
      questionVersion: {
        select: { correctIndex: true, regrades: { where: { status: "APPLIED" }, select: { roundId: true, mode: true, correctIndex: true } } },
      },
    },
  },
} as const;

type Loaded = NonNullable<Awaited<ReturnType<typeof loadForGrading>>>;

function loadForGrading(attemptId: string, participantId?: string) {
  return db.attempt.findFirst({ where: participantId ? { id: attemptId, participantId } : { id: attemptId }, select: gradingSelect });
}

function storedSummary(a: Loaded): SubmittedSummary {
  return {
    attemptId: a.id,
    correctCount: a.correctCount ?? 0,
    questionCount: a.items.length,
    durationMs: a.durationMs ?? 0,
    submittedAt: (a.submittedAt ?? a.deadline).toISOString(),
    submitSource: a.submitSource ?? "LAZY_CLOSE",
    graceUsedMs: a.graceUsedMs,
  };
}

type AppliedRegrade = Loaded["items"][number]["questionVersion"]["regrades"][number];

/** The applied regrade of a version in this round, as a grading rule (the SQL twin: grading-sql.ts regradeJoin). */
function effectiveRule(regrades: readonly AppliedRegrade[], roundId: string): GradingRule | null {
  const r = regrades.find((g) => g.roundId === roundId);
  if (!r) return null;
  if (r.mode === "NEW_KEY") return r.correctIndex === null ? null : { mode: "NEW_KEY", correctIndex: r.correctIndex };
  return { mode: r.mode };
}

type CloseMode = { kind: "submit"; source: "PARTICIPANT" | "AUTO"; submittedAt: Date; durationMs: number; graceUsedMs: number | null } | { kind: "lazy" };

/**
 * Grades `a` as loaded and closes it in one batched transaction. Returns the summary when this
 * call closed it, "stale" when a save landed after the load (reload and try again), or "lost"
 * when someone else closed it first.
 */
async function closeLoaded(a: Loaded, mode: CloseMode): Promise<SubmittedSummary | "stale" | "lost"> {
  const items: GradableItem[] = a.items.map((i) => ({
    position: i.position,
    chosenIndex: i.chosenIndex,
    savedAt: i.savedAt,
    correctIndex: i.questionVersion.correctIndex,
    rule: effectiveRule(i.questionVersion.regrades, a.roundId),
  }));
  // Lazy close: only answers saved by the deadline count (saves are refused after it anyway).
  const grading = gradeItems(items, mode.kind === "lazy" ? a.deadline : undefined);
  const timing =
    mode.kind === "lazy"
      ? { ...lazyCloseTiming(a.startedAt, a.deadline), graceUsedMs: null, source: "LAZY_CLOSE" as const }
      : { submittedAt: mode.submittedAt, durationMs: mode.durationMs, graceUsedMs: mode.graceUsedMs, source: mode.source };
  // Guard against a save that landed between the load and the claim: grading must match the
  // stored choices, so the claim fails if any item was saved after the newest save we graded.
  const newestSave = items.reduce<Date | null>((m, i) => (i.savedAt && (!m || i.savedAt > m) ? i.savedAt : m), null);
  const noLaterSave = newestSave ? { none: { savedAt: { gt: newestSave } } } : { none: { savedAt: { not: null } } };
  // Item updates only apply once the attempt is SUBMITTED and the item ungraded, so a call that
  // lost the claim (or hit the guard) changes nothing.
  const graded = { attemptId: a.id, isCorrect: null, attempt: { status: "SUBMITTED" as const } };
  const [claim] = await db.$transaction([
    db.attempt.updateMany({
      where: { id: a.id, status: "IN_PROGRESS", items: noLaterSave },
      data: {
        status: "SUBMITTED",
        inProgressKey: null,
        submittedAt: timing.submittedAt,
        submitSource: timing.source,
        graceUsedMs: timing.graceUsedMs,
        durationMs: timing.durationMs,
        correctCount: grading.correctCount,
      },
    }),
    db.attemptItem.updateMany({ where: { ...graded, position: { in: grading.correctPositions } }, data: { isCorrect: true } }),
    db.attemptItem.updateMany({ where: { ...graded, position: { in: grading.wrongPositions } }, data: { isCorrect: false } }),
  ]);
  if (claim.count === 1) {
    return {
      attemptId: a.id,
      correctCount: grading.correctCount,
      questionCount: items.length,
      durationMs: timing.durationMs,
      submittedAt: timing.submittedAt.toISOString(),
      submitSource: timing.source,
      graceUsedMs: timing.graceUsedMs,
    };
  }
  const after = await db.attempt.findUnique({ where: { id: a.id }, select: { status: true } });
  return after?.status === "IN_PROGRESS" ? "stale" : "lost";
}

const MAX_TRIES = 4;

/**
 * The submit of a participant's attempt. Idempotent: a second submit returns the stored result.
 * After deadline + grace it is refused and the attempt is closed lazily instead.
 */
export async function submitAttempt(
  participantId: string,
  attemptId: string,
  source: "PARTICIPANT" | "AUTO",
): Promise<ActionResult<SubmittedSummary> | Retryable> {
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    const a = await loadForGrading(attemptId, participantId);
    if (!a) return fail(MSG.attemptNotFound);
    if (a.status === "SUBMITTED") return a.submitSource === "LAZY_CLOSE" ? fail(MSG.lateSubmit) : ok(storedSummary(a));
    const t = submitTiming(now(), a.startedAt, a.deadline, a.round.graceSec);
    if (t.kind === "late") {
      const closed = await closeLoaded(a, { kind: "lazy" });
      if (closed === "stale") continue;
      return fail(MSG.lateSubmit);
    }
    const closed = await closeLoaded(a, { kind: "submit", source, submittedAt: t.submittedAt, durationMs: t.durationMs, graceUsedMs: t.graceUsedMs });
    if (closed !== "stale" && closed !== "lost") return ok(closed);
  }
  // Raced four times (a lazy close or another tab kept changing the attempt): nothing was
  // decided by this call, so the page may send it again.
  return { ok: false, error: MSG.retry, retryable: true };
}

/** Closes one attempt if it is past deadline + grace. True when it is (now or already) closed. */
export async function closeAttemptIfExpired(attemptId: string): Promise<boolean> {
  for (let tries = 0; tries < MAX_TRIES; tries++) {
    const a = await loadForGrading(attemptId);
    if (!a) return false;
    if (a.status === "SUBMITTED") return true;
    if (!isPastGrace(now(), a.deadline, a.round.graceSec)) return false;
    if ((await closeLoaded(a, { kind: "lazy" })) !== "stale") return true;
  }
  return false;
}

/**
 * Closes every expired in-progress attempt of a participant. Pages that list a person's attempts
 * (/ca-nhan, /thi) call this first so they never show an attempt "in progress" past its time.
 * Returns how many it closed.
 */
export async function closeExpiredAttempts(participantId: string): Promise<number> {
  const at = now();
  const candidates = await db.attempt.findMany({
    where: { participantId, status: "IN_PROGRESS", deadline: { lt: at } },
    select: { id: true, deadline: true, round: { select: { graceSec: true } } },
  });
  const expired = candidates.filter((c) => isPastGrace(at, c.deadline, c.round.graceSec));
  // At most one in-progress attempt per round, so this is a handful of closes at most.
  const closed = await Promise.all(expired.map((c) => closeAttemptIfExpired(c.id)));
  return closed.filter(Boolean).length;
}
