// Every staff server action and staff route handler, called as anonymous, as a participant and as
// each staff role: allowed exactly for the roles of its capability (lib/auth/roles.ts CAPABILITIES).
// To add an entry: append to MATRIX with the capability it needs and a call using the fixtures.
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn() }));

import { GET as exportQuestionsRoute } from "@/app/api/admin/questions/export/route";
import { POST as importQuestionsRoute } from "@/app/api/admin/questions/import/route";
import { GET as questionTemplateRoute } from "@/app/api/admin/questions/template/route";
import type { ActionResult } from "@/lib/actions/result";
import { CAPABILITIES, STAFF_ROLES, type Capability, type StaffRole } from "@/lib/auth/roles";
import { setSessionForTests } from "@/lib/auth/session";
import * as contestActions from "@/lib/contests/admin-actions";
import { db } from "@/lib/db";
import * as questionActions from "@/lib/questions/actions";
import { verifyAuditLogAction } from "@/lib/staff/audit-actions";
import * as staffActions from "@/lib/staff/actions";
import { searchKey } from "@/lib/text";

type Caller = "anonymous" | "participant" | StaffRole;
type Outcome = "allowed" | "denied";

interface Fixtures {
  contestId: string;
  roundId: string;
  questionId: string;
  districtId: string;
  unitId: string;
  targetStaffId: string;
}

interface MatrixEntry {
  name: string;
  /** "any-staff": every signed-in, active staff member (e.g. changing one's own password). */
  capability: Capability | "any-staff";
  call: (f: Fixtures) => Promise<Outcome>;
}

// The refusals of authorizeStaff(); anything else (success or a validation message) got past the gate.
const REFUSALS = new Set(["Vui lòng đăng nhập tài khoản Ban Tổ chức.", "Tài khoản của bạn không có quyền thực hiện thao tác này."]);

async function viaAction(result: Promise<ActionResult<unknown>>): Promise<Outcome> {
  const r = await result;
  return !r.ok && REFUSALS.has(r.error) ? "denied" : "allowed";
}

async function viaRoute(response: Promise<Response>): Promise<Outcome> {
  const res = await response;
  return res.status === 401 || res.status === 403 ? "denied" : "allowed";
}

const question = { text: "Câu hỏi kiểm tra phân quyền số một?", options: [{ text: "Có" }, { text: "Không" }], correctIndex: 0, explanation: "", documentId: null, difficulty: "MEDIUM" };
const round = {
  name: "Đợt kiểm tra", opensAt: "01/01/2030 00:00", closesAt: "31/03/2030 23:59", awardYear: null, awardMonth: null, questionCount: 20, timeLimitMinutes: 20,
  attemptsAllowed: 3, graceSec: 10, rankingOrder: "CORRECT_PREDICTION_DURATION", predictionTruth: "PARTICIPANTS",
  prizeTiers: [{ code: "NHAT", name: "Giải Nhất", count: 1 }], minScoreForPrize: null, excludeEarlierWinners: false,
  predictionQuestion: "Có bao nhiêu người tham gia?", answerReview: "AFTER_CLOSE", status: "DRAFT", decisionNumber: "", decisionDate: "",
};
const url = (path: string) => `http://localhost${path}`;

const MATRIX: MatrixEntry[] = [
  // ---- question bank (lib/questions/actions.ts, app/api/admin/questions/*)
  { name: "createQuestionAction", capability: "bank", call: (f) => viaAction(questionActions.createQuestionAction({ ...question, contestId: f.contestId, confirmSimilar: true })) },
  { name: "updateQuestionAction", capability: "bank", call: (f) => viaAction(questionActions.updateQuestionAction({ ...question, id: f.questionId, baseVersion: 1, confirmSimilar: true })) },
  { name: "setQuestionStatusAction", capability: "bank", call: (f) => viaAction(questionActions.setQuestionStatusAction({ id: f.questionId, status: "ARCHIVED" })) },
  { name: "checkSimilarQuestionsAction", capability: "bank", call: (f) => viaAction(questionActions.checkSimilarQuestionsAction({ contestId: f.contestId, text: "Câu hỏi kiểm tra", excludeId: null })) },
  { name: "GET /api/admin/questions/template", capability: "bank", call: (f) => viaRoute(questionTemplateRoute(new Request(url(`/api/admin/questions/template?contestId=${f.contestId}`)))) },
  { name: "GET /api/admin/questions/export (xlsx)", capability: "bank", call: (f) => viaRoute(exportQuestionsRoute(new Request(url(`/api/admin/questions/export?contestId=${f.contestId}&format=xlsx`)))) },
  { name: "GET /api/admin/questions/export (aiken)", capability: "bank", call: (f) => viaRoute(exportQuestionsRoute(new Request(url(`/api/admin/questions/export?contestId=${f.contestId}&format=aiken`)))) },
  {
    name: "POST /api/admin/questions/import (preview)",
    capability: "bank",
    call: (f) => viaRoute(importQuestionsRoute(new Request(url(`/api/admin/questions/import?contestId=${f.contestId}&mode=preview&fileName=a.txt`), { method: "POST", body: "Q?\nA) a\nB) b\nANSWER: A\n" }))),
  },
  {
    name: "POST /api/admin/questions/import (commit)",
    capability: "bank",
    call: (f) => viaRoute(importQuestionsRoute(new Request(url(`/api/admin/questions/import?contestId=${f.contestId}&mode=commit&fileName=a.txt`), { method: "POST", body: "Q?\nA) a\nB) b\nANSWER: Z\n" }))),
  },
  // ---- contests and rounds (lib/contests/admin-actions.ts)
  { name: "createContestAction", capability: "contests", call: () => viaAction(contestActions.createContestAction({ slug: "phan-quyen", name: "Cuộc thi phân quyền", organiser: "Sở", organiserShort: "Sở", year: 2030, isFeatured: false, certificatePattern: "{n}/GCN" })) },
  {
    name: "updateContestAction",
    capability: "contests",
    call: (f) => viaAction(contestActions.updateContestAction({ id: f.contestId, name: "Cuộc thi kiểm tra (sửa)", organiser: "Sở TT&TT", organiserShort: "STTTT", year: 2030, isFeatured: false, isPublished: true, certificatePattern: "{n}/GCN-BTC", planReference: "", intro: "", rulesText: "", contactInfo: "" })),
  },
  { name: "addConsentVersionAction", capability: "contests", call: (f) => viaAction(contestActions.addConsentVersionAction({ contestId: f.contestId, text: "Tôi đồng ý cho Ban Tổ chức xử lý dữ liệu cá nhân." })) },
  { name: "createRoundAction", capability: "contests", call: (f) => viaAction(contestActions.createRoundAction({ ...round, contestId: f.contestId, number: 9 })) },
  { name: "updateRoundAction", capability: "contests", call: (f) => viaAction(contestActions.updateRoundAction({ ...round, name: "Đợt kiểm tra (sửa)", id: f.roundId, baseSettingsVersion: 1, confirmSensitive: false, reason: "" })) },
  { name: "createDistrictAction", capability: "contests", call: (f) => viaAction(contestActions.createDistrictAction({ contestId: f.contestId, name: "Huyện mới" })) },
  { name: "renameDistrictAction", capability: "contests", call: (f) => viaAction(contestActions.renameDistrictAction({ id: f.districtId, name: "Huyện đổi tên" })) },
  { name: "deleteDistrictAction", capability: "contests", call: (f) => viaAction(contestActions.deleteDistrictAction({ id: f.districtId })) },
  { name: "createUnitAction", capability: "contests", call: (f) => viaAction(contestActions.createUnitAction({ contestId: f.contestId, name: "Đơn vị mới", headcount: 10, districtId: null })) },
  { name: "updateUnitAction", capability: "contests", call: (f) => viaAction(contestActions.updateUnitAction({ id: f.unitId, name: "Đơn vị đổi tên", headcount: 12, districtId: null })) },
  { name: "deleteUnitAction", capability: "contests", call: (f) => viaAction(contestActions.deleteUnitAction({ id: f.unitId })) },
  // ---- staff accounts (lib/staff/actions.ts)
  { name: "createStaffAction", capability: "accounts", call: () => viaAction(staffActions.createStaffAction({ username: "moi.tao", fullName: "Người mới", role: "EDITOR", password: "mat-khau-du-dai" })) },
  { name: "setStaffDisabledAction", capability: "accounts", call: (f) => viaAction(staffActions.setStaffDisabledAction({ id: f.targetStaffId, disabled: true })) },
  { name: "changeStaffRoleAction", capability: "accounts", call: (f) => viaAction(staffActions.changeStaffRoleAction({ id: f.targetStaffId, role: "JURY" })) },
  { name: "resetStaffPasswordAction", capability: "accounts", call: (f) => viaAction(staffActions.resetStaffPasswordAction({ id: f.targetStaffId, password: "mat-khau-moi-123" })) },
  { name: "changeOwnPasswordAction", capability: "any-staff", call: () => viaAction(staffActions.changeOwnPasswordAction({ currentPassword: "sai", newPassword: "mat-khau-moi-123", confirmPassword: "mat-khau-moi-123" })) },
  // ---- audit log (lib/staff/audit-actions.ts)
  { name: "verifyAuditLogAction", capability: "audit", call: () => viaAction(verifyAuditLogAction()) },
];

const CALLERS: Caller[] = ["anonymous", "participant", ...STAFF_ROLES];

function expected(entry: MatrixEntry, caller: Caller): Outcome {
  if (caller === "anonymous" || caller === "participant") return "denied";
  if (entry.capability === "any-staff") return "allowed";
  return (CAPABILITIES[entry.capability] as readonly StaffRole[]).includes(caller) ? "allowed" : "denied";
}

let fixtures: Fixtures;
const sessions = new Map<Caller, Parameters<typeof setSessionForTests>[0]>();

beforeAll(async () => {
  const contest = await db.contest.create({ data: { slug: "kiem-tra", name: "Cuộc thi kiểm tra", organiser: "Sở", organiserShort: "Sở", year: 2030 }, select: { id: true } });
  const r = await db.round.create({
    data: { contestId: contest.id, number: 1, name: "Đợt 1", opensAt: new Date("2030-01-01T00:00:00Z"), closesAt: new Date("2030-03-31T16:59:59.999Z"), awardYear: 2030, awardMonth: 3, prizeTiers: [], predictionQuestion: "Bao nhiêu?" },
    select: { id: true },
  });
  const q = await db.question.create({
    data: { contestId: contest.id, textSearch: searchKey("Câu hỏi gốc?"), versions: { create: { version: 1, text: "Câu hỏi gốc?", options: ["A", "B"], correctIndex: 0 } } },
    select: { id: true },
  });
  const d = await db.district.create({ data: { contestId: contest.id, name: "Huyện cũ" }, select: { id: true } });
  const u = await db.unit.create({ data: { contestId: contest.id, name: "Đơn vị cũ" }, select: { id: true } });
  const target = await db.staffUser.create({ data: { username: "muc.tieu", fullName: "Tài khoản mục tiêu", role: "EDITOR", passwordHash: "x" }, select: { id: true } });
  const participant = await db.participant.create({
    data: { contestId: contest.id, fullName: "Thí Sinh", fullNameSearch: "thi sinh", birthDate: "1990-01-01", gender: "MALE", cccd: "037090000001", phone: "0912345678", group: "NGUOI_DAN", passwordHash: "x" },
    select: { id: true },
  });
  fixtures = { contestId: contest.id, roundId: r.id, questionId: q.id, districtId: d.id, unitId: u.id, targetStaffId: target.id };
  sessions.set("anonymous", null);
  sessions.set("participant", { id: participant.id, kind: "participant", contestId: contest.id, name: "Thí Sinh" });
  for (const role of STAFF_ROLES) {
    const s = await db.staffUser.create({ data: { username: `vai.tro.${role.toLowerCase()}`, fullName: role, role, passwordHash: "x" }, select: { id: true } });
    sessions.set(role, { id: s.id, kind: "staff", role, name: role });
  }
});

afterAll(() => setSessionForTests(undefined));

describe.each(MATRIX)("$name (capability: $capability)", (entry) => {
  test.each(CALLERS)("as %s", async (caller) => {
    setSessionForTests(sessions.get(caller));
    const auditBefore = await db.auditLog.count();
    const outcome = await entry.call(fixtures);
    expect(outcome).toBe(expected(entry, caller));
    // A refused call writes nothing, not even an audit entry.
    if (outcome === "denied") expect(await db.auditLog.count()).toBe(auditBefore);
  });
});

test("a disabled staff account is refused at once, whatever its role", async () => {
  const admin = await db.staffUser.create({ data: { username: "admin.bi.khoa", fullName: "Admin bị khóa", role: "ADMIN", passwordHash: "x", isDisabled: true }, select: { id: true } });
  setSessionForTests({ id: admin.id, kind: "staff", role: "ADMIN", name: "x" });
  expect(await viaAction(verifyAuditLogAction())).toBe("denied");
  expect(await viaRoute(questionTemplateRoute(new Request(url("/api/admin/questions/template"))))).toBe("denied");
});

test("the matrix covers every exported staff server action", () => {
  const exported = [questionActions, contestActions, staffActions, { verifyAuditLogAction }].flatMap((m) => Object.keys(m).filter((k) => k.endsWith("Action")));
  const covered = new Set(MATRIX.map((e) => e.name));
  expect(exported.filter((name) => !covered.has(name))).toEqual([]);
});
