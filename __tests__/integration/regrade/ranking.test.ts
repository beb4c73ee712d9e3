// The dry run's rank and prize moves are what applying the regrade and recomputing the winners
// (lib/winners/compute.ts) then give; applying marks the computations stale, approval is refused
// until the round is computed again (the ADMIN's action recomputes at once), and certificates
// issued before the regrade are flagged.
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn() }));

import { setSessionForTests } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { applyRegrade } from "@/lib/regrade/apply";
import { applyRegradeAction, dryRunRegradeAction, proposeRegradeAction } from "@/lib/regrade/actions";
import type { PrizeChange } from "@/lib/regrade/impact";
import { getRegradeRoundState } from "@/lib/regrade/queries";
import { fixedClock, setClock } from "@/lib/time";
import { computeRoundWinners } from "@/lib/winners/compute";
import { approveWinners } from "@/lib/winners/jury";
import { getLatestComputation } from "@/lib/winners/queries";
import { asStaffSession } from "../winners/fixtures";
import { makeRegradeRound } from "./fixtures";

afterAll(() => setSessionForTests(undefined));
// After the round's close (30/3/2023), in its award month.
beforeEach(() => setClock(fixedClock("2023-03-31T05:00:00Z")));

// q0's key A is wrong (B is right); q4 nobody answered. Same prediction for all: durations decide ties.
const KEYS = [0, 1, 2, 3, 0];
const plan = (who: number, answers: (number | null)[], durationMs: number) => ({ who, answers: [...answers, null], durationMs, prediction: 6 });
const PEOPLE = [
  plan(0, [0, 1, 2, 3], 300_000), // 4 → 3
  plan(1, [1, 1, 2, 3], 200_000), // 3 → 4
  plan(2, [1, 1, 2, 3], 250_000), // 3 → 4
  plan(3, [0, 1, 2, 0], 100_000), // 3 → 2
  plan(4, [1, 1, 0, 0], 400_000), // 2 → 3
  plan(5, [1, 1, 2, 3], 280_000), // 3 → 4, organiser member: never a prize
  plan(0, [1, 0, 0, 0], 500_000), // person 0's second attempt: 0 → 1, never counted
];

const system = { computedBy: "cron", actor: { type: "SYSTEM" as const, name: "test" } };
const final = () => computeRoundWinners(round.id, { kind: "FINAL", ...system });

let f: Awaited<ReturnType<typeof makeRegradeRound>>;
let round: { id: string };
beforeAll(async () => {
  f = await makeRegradeRound({ keys: KEYS, people: 6, attempts: PEOPLE, organiser: [5] });
  round = f.round;
});

async function ranks(computationId: string) {
  const entries = await db.rankingEntry.findMany({ where: { computationId }, select: { participantId: true, rank: true } });
  return new Map(entries.map((e) => [e.participantId, e.rank]));
}

async function propose(mode: "NEW_KEY" | "ALL_CORRECT" | "DROP", questionVersionId: string, correctIndex: number | null = null) {
  setSessionForTests(asStaffSession(f.jury));
  const r = await proposeRegradeAction({ roundId: round.id, questionVersionId, mode, correctIndex, reason: "Ban Giám khảo phát hiện đáp án sai" });
  if (!r.ok) throw new Error(r.error);
  return r.data.regradeId;
}

/** The domain call alone: the stale marks it leaves, before any recompute. */
async function applyDirect(regradeId: string) {
  const r = await applyRegrade({ regradeId }, { id: f.admin.id, username: f.admin.username, fullName: f.admin.fullName, role: "ADMIN" });
  if (!r.ok) throw new Error(r.error);
}

/** The ADMIN's action: applies, then recomputes the ranking at once (a jury decision, FAIRNESS.md §6). */
async function apply(regradeId: string) {
  setSessionForTests(asStaffSession(f.admin));
  const r = await applyRegradeAction({ regradeId });
  if (!r.ok) throw new Error(r.error);
  return r.data.message;
}

test("the dry run predicts exactly the rank and prize moves of the recomputation after applying", async () => {
  const before = (await final()).computation;
  const dryInput = { roundId: round.id, questionVersionId: f.versionIds[0], mode: "NEW_KEY", correctIndex: 1 };
  setSessionForTests(asStaffSession(f.jury));
  const dry = await dryRunRegradeAction(dryInput);
  if (!dry.ok) throw new Error(dry.error);
  const name = (i: number) => f.people[i].fullName;
  const id = (i: number) => f.people[i].id;
  expect(dry.data.attemptsChanged).toBe(7);
  expect(dry.data.deltas).toEqual([
    { delta: -1, attempts: 2 },
    { delta: 1, attempts: 5 },
  ]);
  expect(dry.data.rankingChanged).toBe(true);

  const message = await apply(await propose("NEW_KEY", f.versionIds[0], 1));
  expect(message).toBe(
    `Đã áp dụng chấm lại. 7 lượt thi thay đổi điểm; thứ hạng thay đổi: ${dry.data.rankMoves.count} thí sinh; giải thay đổi: ${name(1)} từ Giải Ba thành Giải Nhất, ${name(2)} được Giải Nhì, ${name(0)} từ Giải Nhất thành Giải Ba, ${name(3)} mất Giải Nhì. Đã tính lại kết quả chính thức.`,
  );
  const after = (await final()).computation;
  expect(after.id).not.toBe(before.id);

  // Prize moves: the two computations' prizes, compared.
  const tierOf = (prizes: typeof before.prizes) => new Map(prizes.map((p) => [p.participantId, p]));
  const [was, now] = [tierOf(before.prizes), tierOf(after.prizes)];
  const actual: PrizeChange[] = [];
  for (const pid of new Set([...was.keys(), ...now.keys()])) {
    const b = was.get(pid);
    const a = now.get(pid);
    const kind = !b ? "GAINED" : !a ? "LOST" : b.tier !== a.tier ? "TIER_CHANGED" : null;
    const side = (p: typeof b) => (p ? { tier: p.tier, tierName: p.tierName, rank: p.rank } : null);
    if (kind) actual.push({ participantId: pid, fullName: f.people.find((p) => p.id === pid)!.fullName, kind, before: side(b), after: side(a) });
  }
  expect(new Set(dry.data.prizeChanges.map((c) => JSON.stringify(c)))).toEqual(new Set(actual.map((c) => JSON.stringify(c))));
  expect(dry.data.prizeChanges.map((c) => [c.participantId, c.kind])).toEqual([
    [id(1), "TIER_CHANGED"],
    [id(2), "GAINED"],
    [id(0), "TIER_CHANGED"],
    [id(3), "LOST"],
  ]);

  // Rank moves: every participant whose rank differs between the two computations, best ranks first.
  const [r0, r1] = [await ranks(before.id), await ranks(after.id)];
  const moved = [...r1].filter(([pid, rank]) => r0.get(pid) !== rank).map(([pid, rank]) => ({ participantId: pid, before: r0.get(pid), after: rank }));
  expect(dry.data.rankMoves.count).toBe(moved.length);
  expect(new Set(dry.data.rankMoves.shown.map(({ participantId, before, after }) => JSON.stringify({ participantId, before, after })))).toEqual(
    new Set(moved.map((m) => JSON.stringify(m))),
  );
  expect(dry.data.rankMoves.shown[0]).toMatchObject({ participantId: id(1), fullName: name(1), before: 3, after: 1 });
});

test("applying marks the round's computations stale; approval is refused until the round is computed again", async () => {
  const computed = (await final()).computation;
  expect(computed.kind).toBe("FINAL");
  await applyDirect(await propose("DROP", f.versionIds[3]));

  const stale = await db.winnerComputation.findMany({ where: { roundId: round.id }, select: { computedAt: true, staleAt: true, staleReason: true } });
  expect(stale.length).toBeGreaterThan(0);
  for (const c of stale) {
    // Later than the computation (computedAt may run ahead of a fixed clock by a millisecond or two).
    expect(c.staleAt!.getTime()).toBeGreaterThan(c.computedAt.getTime());
    expect(c.staleAt!.getTime() - new Date("2023-03-31T05:00:00Z").getTime()).toBeLessThan(10);
    expect(c.staleReason).toMatch(/^chấm lại câu hỏi: \d+ lượt thi thay đổi điểm; .* \(lý do: Ban Giám khảo phát hiện đáp án sai\)$/);
  }
  expect((await getRegradeRoundState(round.id))!.latestIsStale).toBe(true);
  const refused = await approveWinners({ roundId: round.id, computationId: computed.id }, f.admin);
  expect(refused).toEqual({ ok: false, error: "Kết quả đã thay đổi do chấm lại câu hỏi; vui lòng tính lại trước khi phê duyệt." });
  expect(await db.award.count({ where: { roundId: round.id } })).toBe(0);

  // Recomputed at the same instant: the new computation still supersedes the mark.
  const fresh = (await final()).computation;
  expect(fresh.id).not.toBe(computed.id);
  expect((await getRegradeRoundState(round.id))!.latestIsStale).toBe(false);
  const approved = await approveWinners({ roundId: round.id, computationId: fresh.id }, f.admin);
  expect(approved).toEqual({ ok: true, data: { awards: 3 } });
});

test("on an approved round the certificates already issued are flagged for the jury, with the regrade's effect", async () => {
  const awards = await db.award.findMany({ where: { roundId: round.id }, select: { id: true } });
  expect(awards).toHaveLength(3);
  await db.certificate.createMany({
    data: awards.map((a, i) => ({
      contestId: f.contestId,
      awardId: a.id,
      seq: i + 1,
      number: `${i + 1}/GCN-BTC`,
      verificationCode: `MA-${round.id}-${i}`,
      issuedAt: new Date("2023-04-02T02:00:00Z"),
    })),
  });
  setClock(fixedClock("2023-04-10T02:00:00Z"));
  await applyDirect(await propose("ALL_CORRECT", f.versionIds[2]));
  const certs = await db.certificate.findMany({ where: { award: { roundId: round.id } }, select: { flaggedAt: true, flagReason: true } });
  expect(certs).toHaveLength(3);
  for (const c of certs) {
    expect(c.flaggedAt).toEqual(new Date("2023-04-10T02:00:00Z"));
    expect(c.flagReason).toMatch(/^Giấy chứng nhận cấp trước khi chấm lại câu hỏi; Ban Giám khảo cần xem lại giải\. \d+ lượt thi thay đổi điểm/);
  }
  const state = (await getRegradeRoundState(round.id))!;
  expect(state).toMatchObject({ status: "APPROVED", awards: 3, certificates: 3, flaggedCertificates: 3, latestIsStale: true });
  const audit = await db.auditLog.findFirstOrThrow({
    where: { action: "round.regrade.apply", entityId: round.id },
    orderBy: { id: "desc" },
    select: { after: true },
  });
  expect(audit.after).toMatchObject({ flaggedCertificates: 3, staleComputations: 3 });
});

test("a regrade that leaves every ranking entry as it was marks nothing stale and flags nothing", async () => {
  const g = await makeRegradeRound({ keys: KEYS, people: 6, attempts: PEOPLE, organiser: [5] });
  round = g.round;
  const computed = (await final()).computation;
  f = g;
  // Nobody answered q4: a corrected key changes no score.
  await applyDirect(await propose("NEW_KEY", g.versionIds[4], 1));
  expect(await db.winnerComputation.count({ where: { roundId: g.round.id, staleAt: { not: null } } })).toBe(0);
  expect(await db.attempt.count({ where: { roundId: g.round.id, regradedAt: { not: null } } })).toBe(7);
  expect((await approveWinners({ roundId: g.round.id, computationId: computed.id }, g.admin)).ok).toBe(true);
  // …and recomputing finds the same data: the stored computation is reused.
  expect((await final()).created).toBe(false);
  expect((await getLatestComputation(g.round.id))!.id).toBe(computed.id);
});

test("restoring the original key and recomputing reuses the computation of that data, which can then be approved", async () => {
  const g = await makeRegradeRound({ keys: KEYS, people: 6, attempts: PEOPLE, organiser: [5] });
  round = g.round;
  f = g;
  const first = (await final()).computation;
  await applyDirect(await propose("NEW_KEY", g.versionIds[0], 1));
  const second = (await final()).computation;
  expect(second.id).not.toBe(first.id);
  // The jury changes its mind: A was right after all (the current key is now B, so A is a change).
  await applyDirect(await propose("NEW_KEY", g.versionIds[0], 0));
  expect(await approveWinners({ roundId: g.round.id, computationId: second.id }, g.admin)).toEqual({
    ok: false,
    error: "Kết quả đã thay đổi do chấm lại câu hỏi; vui lòng tính lại trước khi phê duyệt.",
  });
  const third = await final();
  expect(third).toMatchObject({ created: false, computation: { id: first.id } });
  expect((await approveWinners({ roundId: g.round.id, computationId: first.id }, g.admin)).ok).toBe(true);
});
