// Who may do what with a regrade, and the life of a proposal: a juror proposes (audited), only an
// ADMIN applies or rejects (audited), a decided proposal cannot be decided again, a later regrade
// of the same question supersedes the applied one, and bad input changes nothing.
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn() }));

import { setSessionForTests } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { applyRegradeAction, dryRunRegradeAction, proposeRegradeAction, rejectRegradeAction } from "@/lib/regrade/actions";
import { listRoundRegrades, listRoundVersions } from "@/lib/regrade/queries";
import { fixedClock, setClock } from "@/lib/time";
import { asStaffSession } from "../winners/fixtures";
import { makeRegradeRound } from "./fixtures";

let f: Awaited<ReturnType<typeof makeRegradeRound>>;
const ADMIN_ONLY = "Chỉ quản trị viên Ban Tổ chức được áp dụng hoặc từ chối đề xuất chấm lại.";
const DECIDED = "Đề xuất này đã được xử lý; chỉ áp dụng hoặc từ chối được đề xuất đang chờ quyết định.";

beforeAll(async () => {
  setClock(fixedClock("2023-04-03T02:00:00Z"));
  // q0 key A: two chose A, two chose B.
  f = await makeRegradeRound({
    keys: [0, 1],
    people: 4,
    attempts: [
      { who: 0, answers: [0, 1] },
      { who: 1, answers: [0, 1] },
      { who: 2, answers: [1, 1] },
      { who: 3, answers: [1, 0] },
    ],
  });
});
afterAll(() => setSessionForTests(undefined));

const asJury = () => setSessionForTests(asStaffSession(f.jury));
const asAdmin = () => setSessionForTests(asStaffSession(f.admin));
const scores = async () =>
  (await db.attempt.findMany({ where: { id: { in: f.attemptIds } }, select: { id: true, correctCount: true } }))
    .sort((a, b) => f.attemptIds.indexOf(a.id) - f.attemptIds.indexOf(b.id))
    .map((a) => a.correctCount);
const rule = (mode: "NEW_KEY" | "ALL_CORRECT" | "DROP", correctIndex: number | null = null) => ({
  roundId: f.round.id,
  questionVersionId: f.versionIds[0],
  mode,
  correctIndex,
});
const REASON = "Đáp án gốc nhập nhầm, đúng là phương án B";

test("bad input gets Vietnamese field errors and changes nothing", async () => {
  asJury();
  const before = { regrades: await db.regrade.count(), audit: await db.auditLog.count(), scores: await scores() };
  const noKey = await proposeRegradeAction({ ...rule("NEW_KEY"), reason: REASON });
  expect(noKey).toMatchObject({ ok: false, fieldErrors: { correctIndex: ["Vui lòng chọn đáp án đúng mới."] } });
  const sameKey = await proposeRegradeAction({ ...rule("NEW_KEY", 0), reason: REASON });
  expect(sameKey).toMatchObject({ ok: false, fieldErrors: { correctIndex: ["Đáp án mới trùng với đáp án hiện tại của câu hỏi."] } });
  const noSuchOption = await proposeRegradeAction({ ...rule("NEW_KEY", 4), reason: REASON });
  expect(noSuchOption).toMatchObject({ ok: false, fieldErrors: { correctIndex: ["Đáp án không có trong câu hỏi."] } });
  const short = await proposeRegradeAction({ ...rule("DROP"), reason: "sai" });
  expect(short).toMatchObject({ ok: false, fieldErrors: { reason: ["Vui lòng ghi lý do (ít nhất 5 ký tự)."] } });
  const noMode = await proposeRegradeAction({ ...rule("DROP"), mode: "", reason: REASON });
  expect(noMode).toMatchObject({ ok: false, fieldErrors: { mode: ["Vui lòng chọn cách chấm lại."] } });
  const notInRound = await proposeRegradeAction({ ...rule("DROP"), questionVersionId: "khong-co", reason: REASON });
  expect(notInRound).toMatchObject({ ok: false, error: "Câu hỏi này không có trong lượt thi nào của đợt thi." });
  // The dry run checks the same.
  expect(await dryRunRegradeAction(rule("NEW_KEY", 0))).toMatchObject({
    ok: false,
    fieldErrors: { correctIndex: ["Đáp án mới trùng với đáp án hiện tại của câu hỏi."] },
  });
  asAdmin();
  expect(await rejectRegradeAction({ regradeId: "khong-co", note: "" })).toMatchObject({
    ok: false,
    fieldErrors: { note: ["Vui lòng ghi lý do từ chối (ít nhất 5 ký tự)."] },
  });
  expect({ regrades: await db.regrade.count(), audit: await db.auditLog.count(), scores: await scores() }).toEqual(before);
});

test("a juror proposes (audited) but cannot apply or reject; nothing is graded until an ADMIN applies", async () => {
  asJury();
  const proposed = await proposeRegradeAction({ ...rule("NEW_KEY", 1), reason: REASON });
  if (!proposed.ok) throw new Error(proposed.error);
  const id = proposed.data.regradeId;
  expect(await db.regrade.findUniqueOrThrow({ where: { id } })).toMatchObject({
    status: "PROPOSED",
    activeKey: null,
    mode: "NEW_KEY",
    correctIndex: 1,
    reason: REASON,
    proposedById: f.jury.id,
  });
  expect(await db.auditLog.findFirstOrThrow({ where: { action: "round.regrade.propose", entityId: f.round.id } })).toMatchObject({
    actorId: f.jury.id,
    reason: REASON,
    after: { regradeId: id, mode: "NEW_KEY", correctIndex: 1 },
  });

  const audit = await db.auditLog.count();
  expect(await applyRegradeAction({ regradeId: id })).toEqual({ ok: false, error: ADMIN_ONLY });
  expect(await rejectRegradeAction({ regradeId: id, note: "Không đồng ý với đề xuất" })).toEqual({ ok: false, error: ADMIN_ONLY });
  expect(await db.regrade.findUniqueOrThrow({ where: { id }, select: { status: true } })).toEqual({ status: "PROPOSED" });
  expect(await db.auditLog.count()).toBe(audit);
  expect(await scores()).toEqual([2, 2, 1, 0]);

  asAdmin();
  const applied = await applyRegradeAction({ regradeId: id, note: "Đã đối chiếu văn bản gốc" });
  expect(applied.ok).toBe(true);
  expect(await scores()).toEqual([1, 1, 2, 1]);
  expect(await db.regrade.findUniqueOrThrow({ where: { id } })).toMatchObject({
    status: "APPLIED",
    activeKey: `${f.round.id}:${f.versionIds[0]}`,
    decidedById: f.admin.id,
    decisionNote: "Đã đối chiếu văn bản gốc",
  });
  expect(await db.auditLog.findFirstOrThrow({ where: { action: "round.regrade.apply", entityId: f.round.id } })).toMatchObject({
    actorId: f.admin.id,
    reason: REASON,
    before: { regradeId: id, status: "PROPOSED", effectiveRule: null },
    after: {
      regradeId: id,
      status: "APPLIED",
      rule: { mode: "NEW_KEY", correctIndex: 1 },
      attemptsShown: 4,
      attemptsChanged: 4,
      deltas: [
        { delta: -1, attempts: 2 },
        { delta: 1, attempts: 2 },
      ],
    },
  });

  // Applied: final. Neither applying again nor rejecting changes anything.
  expect(await applyRegradeAction({ regradeId: id })).toEqual({ ok: false, error: DECIDED });
  expect(await rejectRegradeAction({ regradeId: id, note: "Đổi ý, từ chối" })).toEqual({ ok: false, error: DECIDED });
  expect(await db.regrade.findUniqueOrThrow({ where: { id }, select: { status: true } })).toEqual({ status: "APPLIED" });
});

test("a rejected proposal is audited and cannot be applied afterwards", async () => {
  asJury();
  const proposed = await proposeRegradeAction({ ...rule("DROP"), reason: "Câu hỏi gây tranh cãi" });
  if (!proposed.ok) throw new Error(proposed.error);
  asAdmin();
  expect(await rejectRegradeAction({ regradeId: proposed.data.regradeId, note: "Câu hỏi rõ ràng, giữ nguyên" })).toEqual({
    ok: true,
    data: { message: "Đã từ chối đề xuất chấm lại." },
  });
  expect(await db.regrade.findUniqueOrThrow({ where: { id: proposed.data.regradeId } })).toMatchObject({
    status: "REJECTED",
    activeKey: null,
    decidedById: f.admin.id,
    decisionNote: "Câu hỏi rõ ràng, giữ nguyên",
  });
  expect(await db.auditLog.findFirstOrThrow({ where: { action: "round.regrade.reject", entityId: f.round.id } })).toMatchObject({
    actorId: f.admin.id,
    reason: "Câu hỏi rõ ràng, giữ nguyên",
    after: { regradeId: proposed.data.regradeId, status: "REJECTED" },
  });
  expect(await applyRegradeAction({ regradeId: proposed.data.regradeId })).toEqual({ ok: false, error: DECIDED });
  expect(await scores()).toEqual([1, 1, 2, 1]);
});

test("a second regrade of the same question supersedes the applied one; its key is then the current key", async () => {
  const [applied] = await db.regrade.findMany({ where: { roundId: f.round.id, status: "APPLIED" }, select: { id: true } });
  asJury();
  // B is the current key now.
  expect(await proposeRegradeAction({ ...rule("NEW_KEY", 1), reason: REASON })).toMatchObject({
    ok: false,
    fieldErrors: { correctIndex: ["Đáp án mới trùng với đáp án hiện tại của câu hỏi."] },
  });
  const versions = await listRoundVersions(f.round.id);
  expect(versions.find((v) => v.id === f.versionIds[0])).toMatchObject({
    key: 0,
    applied: { mode: "NEW_KEY", correctIndex: 1, regradeId: applied.id },
    shown: 4,
    submitted: 4,
    correct: 2,
    chosen: [2, 2, 0, 0],
    facility: 0.5,
  });

  const second = await proposeRegradeAction({ ...rule("ALL_CORRECT"), reason: "Cả A và B đều đúng theo văn bản mới" });
  if (!second.ok) throw new Error(second.error);
  asAdmin();
  expect((await applyRegradeAction({ regradeId: second.data.regradeId })).ok).toBe(true);
  expect(await db.regrade.findUniqueOrThrow({ where: { id: applied.id }, select: { status: true, activeKey: true } })).toEqual({
    status: "SUPERSEDED",
    activeKey: null,
  });
  expect(await db.regrade.findUniqueOrThrow({ where: { id: second.data.regradeId }, select: { status: true, activeKey: true } })).toEqual({
    status: "APPLIED",
    activeKey: `${f.round.id}:${f.versionIds[0]}`,
  });
  // Graded under the second rule alone (not stacked on the first).
  expect(await scores()).toEqual([2, 2, 2, 1]);
  expect(await db.auditLog.findFirstOrThrow({ where: { action: "round.regrade.apply" }, orderBy: { id: "desc" } })).toMatchObject({
    before: { effectiveRule: { regradeId: applied.id, mode: "NEW_KEY", correctIndex: 1 } },
    after: { supersededRegradeId: applied.id },
  });
  // The same rule again is no change.
  asJury();
  expect(await proposeRegradeAction({ ...rule("ALL_CORRECT"), reason: REASON })).toMatchObject({
    ok: false,
    fieldErrors: { mode: ["Câu hỏi này đang được chấm theo đúng cách này."] },
  });

  const list = await listRoundRegrades(f.round.id);
  expect(list.map((r) => r.status)).toEqual(["APPLIED", "REJECTED", "SUPERSEDED"]);
  expect(list[0]).toMatchObject({
    proposedBy: `${f.jury.fullName} (${f.jury.username})`,
    decidedBy: `${f.admin.fullName} (${f.admin.username})`,
    summary: { attemptsChanged: 2 },
  });
});
