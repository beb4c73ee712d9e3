// Every staff server action and staff route handler, called as anonymous, as a participant and as
// each staff role: allowed exactly for the roles of its capability (lib/auth/roles.ts CAPABILITIES).
// To add an entry: append to MATRIX with the capability it needs and a call using the fixtures.
// The last tests fail when an exported staff action or a staff route handler is missing from MATRIX.
// unstable_cache passes through: the statistics tables are cached per round in production.
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn(), unstable_cache: <T>(fn: T) => fn }));

import { join } from "node:path";
import { filesUnder, staffActionFiles } from "../../helpers/source-files";
import { GET as singleCertificatePdfRoute } from "@/app/api/admin/certificates/[certificateId]/pdf/route";
import { GET as mailMergeRoute } from "@/app/api/admin/certificates/rounds/[roundId]/mail-merge/route";
import { GET as roundCertificatesPdfRoute } from "@/app/api/admin/certificates/rounds/[roundId]/pdf/route";
import { GET as participationExportRoute } from "@/app/api/admin/exports/rounds/[roundId]/participation/route";
import { GET as rankingExportRoute } from "@/app/api/admin/exports/rounds/[roundId]/ranking/route";
import { GET as statisticsTableRoute } from "@/app/api/admin/statistics/[table]/route";
import { GET as cronWinnersGet, POST as cronWinnersPost } from "@/app/api/cron/quarterly-winners/route";
import { GET as winnersGet, POST as winnersPost } from "@/app/api/rounds/[roundId]/winners/route";
import * as certificateActions from "@/lib/certificates/actions";
import * as winnerActions from "@/lib/winners/actions";
import * as revealActions from "@/lib/winners/reveal-actions";
import { GET as exportQuestionsRoute } from "@/app/api/admin/questions/export/route";
import { POST as importQuestionsRoute } from "@/app/api/admin/questions/import/route";
import { GET as questionTemplateRoute } from "@/app/api/admin/questions/template/route";
import { POST as uploadDocumentFileRoute } from "@/app/api/admin/documents/[documentId]/file/route";
import type { ActionResult } from "@/lib/actions/result";
import { CAPABILITIES, STAFF_ROLES, type Capability, type StaffRole } from "@/lib/auth/roles";
import { setSessionForTests } from "@/lib/auth/session";
import * as contestActions from "@/lib/contests/admin-actions";
import { db } from "@/lib/db";
import * as participantStaffActions from "@/lib/participants/staff-actions";
import * as questionActions from "@/lib/questions/actions";
import * as regradeActions from "@/lib/regrade/actions";
import { REGRADE_MSG } from "@/lib/regrade/messages";
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
  wardId: string;
  documentId: string;
  targetStaffId: string;
  /** An OPEN round of 2020: outside its award month, so computing it needs an ADMIN's force. */
  winnersRoundId: string;
  participantId: string;
}

interface MatrixEntry {
  name: string;
  /**
   * "any-staff": every signed-in, active staff member (e.g. changing one's own password).
   * "admin-only": ADMIN alone, whatever the capability (forcing a winners computation outside the award month).
   */
  capability: Capability | "any-staff" | "admin-only";
  call: (f: Fixtures) => Promise<Outcome>;
}

// The refusals of authorizeStaff(); anything else (success or a validation message) got past the gate.
const REFUSALS = new Set(["Vui lòng đăng nhập tài khoản Ban Tổ chức.", "Tài khoản của bạn không có quyền thực hiện thao tác này."]);

async function viaAction(result: Promise<ActionResult<unknown>>): Promise<Outcome> {
  const r = await result;
  return !r.ok && REFUSALS.has(r.error) ? "denied" : "allowed";
}

async function viaAdminOnlyRegrade(result: Promise<ActionResult<unknown>>): Promise<Outcome> {
  const r = await result;
  return !r.ok && (REFUSALS.has(r.error) || r.error === REGRADE_MSG.adminOnly) ? "denied" : "allowed";
}

async function viaRoute(response: Promise<Response>): Promise<Outcome> {
  const res = await response;
  return res.status === 401 || res.status === 403 ? "denied" : "allowed";
}

const question = {
  text: "Câu hỏi kiểm tra phân quyền số một?",
  options: [{ text: "Có" }, { text: "Không" }],
  correctIndex: 0,
  explanation: "",
  documentId: null,
  difficulty: "MEDIUM",
};
const round = {
  name: "Đợt kiểm tra",
  opensAt: "01/01/2030 00:00",
  closesAt: "31/03/2030 23:59",
  awardYear: null,
  awardMonth: null,
  questionCount: 20,
  timeLimitMinutes: 20,
  attemptsAllowed: 3,
  graceSec: 10,
  rankingOrder: "CORRECT_PREDICTION_DURATION",
  predictionTruth: "PARTICIPANTS",
  prizeTiers: [{ code: "NHAT", name: "Giải Nhất", count: 1 }],
  minScoreForPrize: null,
  excludeEarlierWinners: false,
  predictionQuestion: "Có bao nhiêu người tham gia?",
  answerReview: "AFTER_CLOSE",
  status: "DRAFT",
  decisionNumber: "",
  decisionDate: "",
};
const url = (path: string) => `http://localhost${path}`;
const params = <T>(p: T) => ({ params: Promise.resolve(p) });
const json = (body: unknown) => ({ method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });

const MATRIX: MatrixEntry[] = [
  // ---- question bank (lib/questions/actions.ts, app/api/admin/questions/*)
  {
    name: "createQuestionAction",
    capability: "bank",
    call: (f) => viaAction(questionActions.createQuestionAction({ ...question, contestId: f.contestId, confirmSimilar: true })),
  },
  {
    name: "updateQuestionAction",
    capability: "bank",
    call: (f) => viaAction(questionActions.updateQuestionAction({ ...question, id: f.questionId, baseVersion: 1, confirmSimilar: true })),
  },
  {
    name: "setQuestionStatusAction",
    capability: "bank",
    call: (f) => viaAction(questionActions.setQuestionStatusAction({ id: f.questionId, status: "ARCHIVED" })),
  },
  {
    name: "checkSimilarQuestionsAction",
    capability: "bank",
    call: (f) => viaAction(questionActions.checkSimilarQuestionsAction({ contestId: f.contestId, text: "Câu hỏi kiểm tra", excludeId: null })),
  },
  {
    name: "GET /api/admin/questions/template",
    capability: "bank",
    call: (f) => viaRoute(questionTemplateRoute(new Request(url(`/api/admin/questions/template?contestId=${f.contestId}`)))),
  },
  {
    name: "GET /api/admin/questions/export (xlsx)",
    capability: "bank",
    call: (f) => viaRoute(exportQuestionsRoute(new Request(url(`/api/admin/questions/export?contestId=${f.contestId}&format=xlsx`)))),
  },
  {
    name: "GET /api/admin/questions/export (aiken)",
    capability: "bank",
    call: (f) => viaRoute(exportQuestionsRoute(new Request(url(`/api/admin/questions/export?contestId=${f.contestId}&format=aiken`)))),
  },
  {
    name: "POST /api/admin/questions/import (preview)",
    capability: "bank",
    call: (f) =>
      viaRoute(
        importQuestionsRoute(
          new Request(url(`/api/admin/questions/import?contestId=${f.contestId}&mode=preview&fileName=a.txt`), {
            method: "POST",
            headers: { "Content-Type": "application/octet-stream" },
            body: "Q?\nA) a\nB) b\nANSWER: A\n",
          }),
        ),
      ),
  },
  {
    name: "POST /api/admin/questions/import (commit)",
    capability: "bank",
    call: (f) =>
      viaRoute(
        importQuestionsRoute(
          new Request(url(`/api/admin/questions/import?contestId=${f.contestId}&mode=commit&fileName=a.txt`), {
            method: "POST",
            headers: { "Content-Type": "application/octet-stream" },
            body: "Q?\nA) a\nB) b\nANSWER: Z\n",
          }),
        ),
      ),
  },
  // ---- contests and rounds (lib/contests/admin-actions.ts)
  {
    name: "createContestAction",
    capability: "contests",
    call: () =>
      viaAction(
        contestActions.createContestAction({
          slug: "phan-quyen",
          name: "Cuộc thi phân quyền",
          organiser: "Sở",
          organiserShort: "Sở",
          year: 2030,
          isFeatured: false,
          certificatePattern: "{n}/GCN",
        }),
      ),
  },
  {
    name: "updateContestAction",
    capability: "contests",
    call: (f) =>
      viaAction(
        contestActions.updateContestAction({
          id: f.contestId,
          name: "Cuộc thi kiểm tra (sửa)",
          organiser: "Sở TT&TT",
          organiserShort: "STTTT",
          year: 2030,
          isFeatured: false,
          isPublished: true,
          certificatePattern: "{n}/GCN-BTC",
          planReference: "",
          intro: "",
          rulesText: "",
          contactInfo: "",
          hotline: "",
          contactEmail: "",
        }),
      ),
  },
  {
    name: "addConsentVersionAction",
    capability: "contests",
    call: (f) => viaAction(contestActions.addConsentVersionAction({ contestId: f.contestId, text: "Tôi đồng ý cho Ban Tổ chức xử lý dữ liệu cá nhân." })),
  },
  {
    name: "createRoundAction",
    capability: "contests",
    call: (f) => viaAction(contestActions.createRoundAction({ ...round, contestId: f.contestId, number: 9 })),
  },
  {
    name: "updateRoundAction",
    capability: "contests",
    call: (f) =>
      viaAction(
        contestActions.updateRoundAction({ ...round, name: "Đợt kiểm tra (sửa)", id: f.roundId, baseSettingsVersion: 1, confirmSensitive: false, reason: "" }),
      ),
  },
  {
    name: "createDistrictAction",
    capability: "contests",
    call: (f) => viaAction(contestActions.createDistrictAction({ contestId: f.contestId, name: "Huyện mới" })),
  },
  {
    name: "renameDistrictAction",
    capability: "contests",
    call: (f) => viaAction(contestActions.renameDistrictAction({ id: f.districtId, name: "Huyện đổi tên" })),
  },
  { name: "deleteDistrictAction", capability: "contests", call: (f) => viaAction(contestActions.deleteDistrictAction({ id: f.districtId })) },
  {
    name: "createUnitAction",
    capability: "contests",
    call: (f) => viaAction(contestActions.createUnitAction({ contestId: f.contestId, name: "Đơn vị mới", headcount: 10, districtId: null })),
  },
  {
    name: "updateUnitAction",
    capability: "contests",
    call: (f) => viaAction(contestActions.updateUnitAction({ id: f.unitId, name: "Đơn vị đổi tên", headcount: 12, districtId: null })),
  },
  { name: "deleteUnitAction", capability: "contests", call: (f) => viaAction(contestActions.deleteUnitAction({ id: f.unitId })) },
  { name: "createWardAction", capability: "contests", call: (f) => viaAction(contestActions.createWardAction({ districtId: f.districtId, name: "Xã mới" })) },
  { name: "renameWardAction", capability: "contests", call: (f) => viaAction(contestActions.renameWardAction({ id: f.wardId, name: "Xã đổi tên" })) },
  { name: "moveWardAction", capability: "contests", call: (f) => viaAction(contestActions.moveWardAction({ id: f.wardId, direction: "down" })) },
  { name: "deleteWardAction", capability: "contests", call: (f) => viaAction(contestActions.deleteWardAction({ id: f.wardId })) },
  {
    name: "createDocumentAction",
    capability: "contests",
    call: (f) =>
      viaAction(
        contestActions.createDocumentAction({
          contestId: f.contestId,
          code: "KH mới",
          title: "Kế hoạch kiểm tra phân quyền",
          issuer: "",
          issuedOn: "01/01/2030",
          url: "",
        }),
      ),
  },
  {
    name: "updateDocumentAction",
    capability: "contests",
    call: (f) =>
      viaAction(
        contestActions.updateDocumentAction({
          id: f.documentId,
          code: "KH sửa",
          title: "Kế hoạch đã sửa",
          issuer: "UBND tỉnh",
          issuedOn: "",
          url: "https://example.vn/kh",
        }),
      ),
  },
  { name: "moveDocumentAction", capability: "contests", call: (f) => viaAction(contestActions.moveDocumentAction({ id: f.documentId, direction: "up" })) },
  { name: "deleteDocumentAction", capability: "contests", call: (f) => viaAction(contestActions.deleteDocumentAction({ id: f.documentId })) },
  { name: "removeDocumentFileAction", capability: "contests", call: (f) => viaAction(contestActions.removeDocumentFileAction({ id: f.documentId })) },
  {
    name: "POST /api/admin/documents/[documentId]/file",
    capability: "contests",
    call: (f) =>
      viaRoute(
        uploadDocumentFileRoute(
          new Request(url(`/api/admin/documents/${f.documentId}/file?fileName=a.pdf`), {
            method: "POST",
            headers: { "Content-Type": "application/octet-stream" },
            body: "%PDF-1.4 phân quyền",
          }),
          params({ documentId: f.documentId }),
        ),
      ),
  },
  // ---- staff accounts (lib/staff/actions.ts)
  {
    name: "createStaffAction",
    capability: "accounts",
    call: () => viaAction(staffActions.createStaffAction({ username: "moi.tao", fullName: "Người mới", role: "EDITOR", password: "mat-khau-du-dai" })),
  },
  {
    name: "setStaffDisabledAction",
    capability: "accounts",
    call: (f) => viaAction(staffActions.setStaffDisabledAction({ id: f.targetStaffId, disabled: true })),
  },
  { name: "changeStaffRoleAction", capability: "accounts", call: (f) => viaAction(staffActions.changeStaffRoleAction({ id: f.targetStaffId, role: "JURY" })) },
  {
    name: "resetStaffPasswordAction",
    capability: "accounts",
    call: (f) => viaAction(staffActions.resetStaffPasswordAction({ id: f.targetStaffId, password: "mat-khau-moi-123" })),
  },
  { name: "signOutEverywhereAction", capability: "any-staff", call: () => viaAction(staffActions.signOutEverywhereAction()) },
  { name: "signOutStaffEverywhereAction", capability: "accounts", call: (f) => viaAction(staffActions.signOutStaffEverywhereAction({ id: f.targetStaffId })) },
  {
    name: "changeOwnPasswordAction",
    capability: "any-staff",
    call: () =>
      viaAction(staffActions.changeOwnPasswordAction({ currentPassword: "sai", newPassword: "mat-khau-moi-123", confirmPassword: "mat-khau-moi-123" })),
  },
  // ---- participants (lib/participants/staff-actions.ts): identity corrections and password resets
  {
    name: "correctParticipantIdentityAction",
    capability: "participants",
    call: (f) =>
      viaAction(
        participantStaffActions.correctParticipantIdentityAction({
          participantId: f.participantId,
          fullName: "Thí Sinh Đã Sửa",
          birthDate: "01/01/1990",
          gender: "MALE",
          cccd: "037090000001",
          phone: "0912345678",
          reason: "Sửa theo bản chụp CCCD",
        }),
      ),
  },
  {
    name: "resetParticipantPasswordAction",
    capability: "participants",
    call: (f) =>
      viaAction(participantStaffActions.resetParticipantPasswordAction({ participantId: f.participantId, reason: "Thí sinh quên mật khẩu, đã xác minh" })),
  },
  // ---- audit log (lib/staff/audit-actions.ts)
  { name: "verifyAuditLogAction", capability: "audit", call: () => viaAction(verifyAuditLogAction()) },
  // ---- jury (lib/winners/actions.ts, app/api/rounds/[roundId]/winners, app/api/cron/quarterly-winners)
  { name: "recomputeWinnersAction", capability: "jury", call: (f) => viaAction(winnerActions.recomputeWinnersAction({ roundId: f.winnersRoundId })) },
  {
    name: "disqualifyParticipantAction",
    capability: "jury",
    call: (f) =>
      viaAction(
        winnerActions.disqualifyParticipantAction({ roundId: f.winnersRoundId, participantId: f.participantId, reason: "Trùng CCCD với tài khoản khác" }),
      ),
  },
  {
    name: "reinstateParticipantAction",
    capability: "jury",
    call: (f) =>
      viaAction(winnerActions.reinstateParticipantAction({ roundId: f.winnersRoundId, participantId: f.participantId, reason: "Đã xác minh lại giấy tờ" })),
  },
  {
    name: "overrideTrueValueAction",
    capability: "jury",
    call: (f) => viaAction(winnerActions.overrideTrueValueAction({ roundId: f.winnersRoundId, value: 1234, reason: "Đếm lại theo biên bản" })),
  },
  {
    name: "approveWinnersAction",
    capability: "jury",
    call: (f) => viaAction(winnerActions.approveWinnersAction({ roundId: f.winnersRoundId, computationId: "khong-co" })),
  },
  { name: "publishWinnersAction", capability: "jury", call: (f) => viaAction(winnerActions.publishWinnersAction({ roundId: f.roundId })) },
  { name: "verifyComputationAction", capability: "jury", call: () => viaAction(winnerActions.verifyComputationAction({ computationId: "khong-co" })) },
  {
    name: "revealParticipantAction",
    capability: "jury",
    call: (f) =>
      viaAction(revealActions.revealParticipantAction({ roundId: f.winnersRoundId, participantId: f.participantId, reason: "Kiểm tra cảnh báo trùng CCCD" })),
  },
  {
    name: "GET /api/rounds/[roundId]/winners",
    capability: "jury",
    call: (f) => viaRoute(winnersGet(new Request(url(`/api/rounds/${f.winnersRoundId}/winners`)), params({ roundId: f.winnersRoundId }))),
  },
  {
    name: "POST /api/rounds/[roundId]/winners",
    capability: "jury",
    call: (f) => viaRoute(winnersPost(new Request(url(`/api/rounds/${f.winnersRoundId}/winners`), json({})), params({ roundId: f.winnersRoundId }))),
  },
  {
    // Outside the award month only an ADMIN may force the computation (JURY gets 403 FORCE_ADMIN_ONLY).
    name: "POST /api/rounds/[roundId]/winners (force)",
    capability: "admin-only",
    call: (f) =>
      viaRoute(
        winnersPost(
          new Request(url(`/api/rounds/${f.winnersRoundId}/winners`), json({ force: true, reason: "Kiểm tra phân quyền" })),
          params({ roundId: f.winnersRoundId }),
        ),
      ),
  },
  { name: "GET /api/cron/quarterly-winners", capability: "jury", call: () => viaRoute(cronWinnersGet(new Request(url("/api/cron/quarterly-winners")))) },
  {
    name: "POST /api/cron/quarterly-winners",
    capability: "jury",
    call: () => viaRoute(cronWinnersPost(new Request(url("/api/cron/quarterly-winners"), json({})))),
  },
  // ---- regrading (lib/regrade/actions.ts): the jury proposes and previews, only an ADMIN applies or rejects
  {
    name: "proposeRegradeAction",
    capability: "jury",
    call: (f) =>
      viaAction(
        regradeActions.proposeRegradeAction({
          roundId: f.winnersRoundId,
          questionVersionId: "khong-co",
          mode: "DROP",
          correctIndex: null,
          reason: "Câu hỏi có hai đáp án đúng",
        }),
      ),
  },
  {
    name: "dryRunRegradeAction",
    capability: "jury",
    call: (f) =>
      viaAction(regradeActions.dryRunRegradeAction({ roundId: f.winnersRoundId, questionVersionId: "khong-co", mode: "ALL_CORRECT", correctIndex: null })),
  },
  // A JURY member passes authorizeStaff("jury") and is then refused as not an ADMIN.
  { name: "applyRegradeAction", capability: "admin-only", call: () => viaAdminOnlyRegrade(regradeActions.applyRegradeAction({ regradeId: "khong-co" })) },
  {
    name: "rejectRegradeAction",
    capability: "admin-only",
    call: () => viaAdminOnlyRegrade(regradeActions.rejectRegradeAction({ regradeId: "khong-co", note: "Không cần chấm lại" })),
  },
  // ---- certificates and exports (lib/certificates/actions.ts, app/api/admin/certificates/**, app/api/admin/exports/**)
  {
    name: "setRoundDecisionAction",
    capability: "certificates",
    call: (f) => viaAction(certificateActions.setRoundDecisionAction({ roundId: f.winnersRoundId, decisionNumber: "12/QĐ-BTC", decisionDate: "2020-03-25" })),
  },
  {
    name: "generateCertificatesAction",
    capability: "certificates",
    call: (f) => viaAction(certificateActions.generateCertificatesAction({ roundId: f.winnersRoundId, limit: 5 })),
  },
  {
    name: "revokeCertificateAction",
    capability: "certificates",
    call: () => viaAction(certificateActions.revokeCertificateAction({ certificateId: "khong-co", reason: "Kiểm tra phân quyền" })),
  },
  {
    name: "GET /api/admin/certificates/[certificateId]/pdf",
    capability: "certificates",
    call: () => viaRoute(singleCertificatePdfRoute(new Request(url("/api/admin/certificates/khong-co/pdf")), params({ certificateId: "khong-co" }))),
  },
  {
    name: "GET /api/admin/certificates/rounds/[roundId]/mail-merge",
    capability: "certificates",
    call: (f) =>
      viaRoute(
        mailMergeRoute(new Request(url(`/api/admin/certificates/rounds/${f.winnersRoundId}/mail-merge?format=csv`)), params({ roundId: f.winnersRoundId })),
      ),
  },
  {
    name: "GET /api/admin/certificates/rounds/[roundId]/pdf",
    capability: "certificates",
    call: (f) =>
      viaRoute(roundCertificatesPdfRoute(new Request(url(`/api/admin/certificates/rounds/${f.winnersRoundId}/pdf`)), params({ roundId: f.winnersRoundId }))),
  },
  {
    name: "GET /api/admin/exports/rounds/[roundId]/participation",
    capability: "certificates",
    call: (f) =>
      viaRoute(
        participationExportRoute(new Request(url(`/api/admin/exports/rounds/${f.winnersRoundId}/participation`)), params({ roundId: f.winnersRoundId })),
      ),
  },
  {
    name: "GET /api/admin/exports/rounds/[roundId]/ranking",
    capability: "certificates",
    call: (f) => viaRoute(rankingExportRoute(new Request(url(`/api/admin/exports/rounds/${f.winnersRoundId}/ranking`)), params({ roundId: f.winnersRoundId }))),
  },
  // ---- statistics (app/api/admin/statistics/**; the item analysis shows question texts and keys: bank roles only)
  {
    name: "GET /api/admin/statistics/[table] (theo-huyen)",
    capability: "statistics",
    call: (f) =>
      viaRoute(
        statisticsTableRoute(new Request(url(`/api/admin/statistics/theo-huyen?round=${f.winnersRoundId}&format=csv`)), params({ table: "theo-huyen" })),
      ),
  },
  {
    name: "GET /api/admin/statistics/[table] (phan-tich-cau-hoi)",
    capability: "bank",
    call: (f) =>
      viaRoute(
        statisticsTableRoute(
          new Request(url(`/api/admin/statistics/phan-tich-cau-hoi?round=${f.winnersRoundId}&format=csv`)),
          params({ table: "phan-tich-cau-hoi" }),
        ),
      ),
  },
];

const CALLERS: Caller[] = ["anonymous", "participant", ...STAFF_ROLES];

function expected(entry: MatrixEntry, caller: Caller): Outcome {
  if (caller === "anonymous" || caller === "participant") return "denied";
  if (entry.capability === "any-staff") return "allowed";
  if (entry.capability === "admin-only") return caller === "ADMIN" ? "allowed" : "denied";
  return (CAPABILITIES[entry.capability] as readonly StaffRole[]).includes(caller) ? "allowed" : "denied";
}

let fixtures: Fixtures;
const sessions = new Map<Caller, Parameters<typeof setSessionForTests>[0]>();

beforeAll(async () => {
  const contest = await db.contest.create({
    data: { slug: "kiem-tra", name: "Cuộc thi kiểm tra", organiser: "Sở", organiserShort: "Sở", year: 2030 },
    select: { id: true },
  });
  const r = await db.round.create({
    data: {
      contestId: contest.id,
      number: 1,
      name: "Đợt 1",
      opensAt: new Date("2030-01-01T00:00:00Z"),
      closesAt: new Date("2030-03-31T16:59:59.999Z"),
      awardYear: 2030,
      awardMonth: 3,
      prizeTiers: [],
      predictionQuestion: "Bao nhiêu?",
    },
    select: { id: true },
  });
  const q = await db.question.create({
    data: {
      contestId: contest.id,
      textSearch: searchKey("Câu hỏi gốc?"),
      versions: { create: { version: 1, text: "Câu hỏi gốc?", options: ["A", "B"], correctIndex: 0 } },
    },
    select: { id: true },
  });
  const d = await db.district.create({ data: { contestId: contest.id, name: "Huyện cũ" }, select: { id: true } });
  const u = await db.unit.create({ data: { contestId: contest.id, name: "Đơn vị cũ" }, select: { id: true } });
  const w = await db.ward.create({ data: { districtId: d.id, name: "Xã cũ" }, select: { id: true } });
  const doc = await db.document.create({ data: { contestId: contest.id, code: "KH cũ", title: "Kế hoạch cũ" }, select: { id: true } });
  const winnersRound = await db.round.create({
    data: {
      contestId: contest.id,
      number: 2,
      name: "Quý 1 năm 2020",
      status: "OPEN",
      opensAt: new Date("2020-02-14T17:00:00Z"),
      closesAt: new Date("2020-03-30T16:59:59.999Z"),
      awardYear: 2020,
      awardMonth: 3,
      prizeTiers: [{ code: "NHAT", name: "Giải Nhất", count: 1 }],
      predictionQuestion: "Có bao nhiêu người tham gia Quý 1?",
    },
    select: { id: true },
  });
  const target = await db.staffUser.create({
    data: { username: "muc.tieu", fullName: "Tài khoản mục tiêu", role: "EDITOR", passwordHash: "x" },
    select: { id: true },
  });
  const participant = await db.participant.create({
    data: {
      contestId: contest.id,
      fullName: "Thí Sinh",
      fullNameSearch: "thi sinh",
      birthDate: "1990-01-01",
      gender: "MALE",
      cccd: "037090000001",
      phone: "0912345678",
      group: "NGUOI_DAN",
      passwordHash: "x",
    },
    select: { id: true },
  });
  fixtures = {
    contestId: contest.id,
    roundId: r.id,
    questionId: q.id,
    districtId: d.id,
    unitId: u.id,
    wardId: w.id,
    documentId: doc.id,
    targetStaffId: target.id,
    winnersRoundId: winnersRound.id,
    participantId: participant.id,
  };
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
  const admin = await db.staffUser.create({
    data: { username: "admin.bi.khoa", fullName: "Admin bị khóa", role: "ADMIN", passwordHash: "x", isDisabled: true },
    select: { id: true },
  });
  setSessionForTests({ id: admin.id, kind: "staff", role: "ADMIN", name: "x" });
  expect(await viaAction(verifyAuditLogAction())).toBe("denied");
  expect(await viaRoute(questionTemplateRoute(new Request(url("/api/admin/questions/template"))))).toBe("denied");
});

describe("the scheduler's secret (Authorization: Bearer $CRON_SECRET)", () => {
  const saved = process.env.CRON_SECRET;
  const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });
  beforeEach(() => setSessionForTests(null));
  afterEach(() => {
    if (saved === undefined) delete process.env.CRON_SECRET;
    else process.env.CRON_SECRET = saved;
  });

  test("the right secret is let in without a session, on both winners routes", async () => {
    process.env.CRON_SECRET = "bi-mat-cua-bo-lap-lich-0123456789";
    const cron = await cronWinnersGet(new Request(url("/api/cron/quarterly-winners"), bearer(process.env.CRON_SECRET)));
    expect(cron.status).toBe(200);
    const post = await cronWinnersPost(new Request(url("/api/cron/quarterly-winners"), { method: "POST", ...bearer(process.env.CRON_SECRET) }));
    expect(post.status).toBe(200);
    const get = await winnersGet(
      new Request(url(`/api/rounds/${fixtures.winnersRoundId}/winners`), bearer(process.env.CRON_SECRET)),
      params({ roundId: fixtures.winnersRoundId }),
    );
    expect(get.status).toBe(200);
  });

  test("a wrong, empty or unconfigured secret is refused with 401, even beside an ADMIN session", async () => {
    process.env.CRON_SECRET = "bi-mat-cua-bo-lap-lich-0123456789";
    for (const token of ["bi-mat-sai", "bi-mat-cua-bo-lap-lich-012345678", ""]) {
      const res = await cronWinnersGet(new Request(url("/api/cron/quarterly-winners"), bearer(token)));
      expect(res.status).toBe(401);
    }
    // A presented but wrong token is not silently replaced by the session.
    setSessionForTests(sessions.get("ADMIN"));
    expect((await cronWinnersGet(new Request(url("/api/cron/quarterly-winners"), bearer("bi-mat-sai")))).status).toBe(401);
    setSessionForTests(null);
    delete process.env.CRON_SECRET;
    expect((await cronWinnersGet(new Request(url("/api/cron/quarterly-winners"), bearer("")))).status).toBe(401);
    expect((await cronWinnersGet(new Request(url("/api/cron/quarterly-winners"), bearer("undefined")))).status).toBe(401);
  });

  test("the scheduler cannot force a computation outside the award month (ADMIN only)", async () => {
    process.env.CRON_SECRET = "bi-mat-cua-bo-lap-lich-0123456789";
    const res = await winnersPost(
      new Request(url(`/api/rounds/${fixtures.winnersRoundId}/winners`), {
        ...json({ force: true, reason: "Bộ lập lịch thử buộc tính" }),
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${process.env.CRON_SECRET}` },
      }),
      params({ roundId: fixtures.winnersRoundId }),
    );
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ code: "FORCE_ADMIN_ONLY" });
  });
});

test("the jury's recompute button: only an ADMIN may force it outside the award month", async () => {
  setSessionForTests(sessions.get("JURY"));
  const jury = await winnerActions.recomputeWinnersAction({ roundId: fixtures.winnersRoundId, force: true, reason: "Giám khảo thử buộc tính" });
  expect(jury).toEqual({ ok: false, error: "Chỉ quản trị viên Ban Tổ chức được buộc tính kết quả ngoài tháng xét giải." });
  setSessionForTests(sessions.get("ADMIN"));
  const admin = await winnerActions.recomputeWinnersAction({ roundId: fixtures.winnersRoundId, force: true, reason: "Quản trị viên buộc tính" });
  expect(admin.ok).toBe(true);
});

test("the matrix covers every exported staff server action", () => {
  // Every "use server" module of the app, found on disk, so a new actions file cannot be forgotten.
  const files = staffActionFiles();
  expect(files).toEqual(
    expect.arrayContaining([
      "lib/questions/actions.ts",
      "lib/contests/admin-actions.ts",
      "lib/staff/actions.ts",
      "lib/staff/audit-actions.ts",
      "lib/winners/actions.ts",
      "lib/certificates/actions.ts",
    ]),
  );
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exported = files.flatMap((f) => Object.keys(require(join(process.cwd(), f)) as object).filter((k) => k.endsWith("Action")));
  const covered = new Set(MATRIX.map((e) => e.name));
  expect(exported.filter((name) => !covered.has(name))).toEqual([]);
});

test("the matrix covers every method of every staff route handler", () => {
  // Staff route handlers: everything under app/api except the public ones named here, each with why.
  const PUBLIC_ROUTES = [
    "app/api/auth/[...nextauth]/route.ts", // next-auth's sign-in, sign-out, session and CSRF endpoints
    "app/api/health/route.ts", // liveness and database reachability, no data
    "app/api/time/route.ts", // the server's clock for countdowns, no data
    "app/api/attempts/[attemptId]/answers/route.ts", // a participant's own attempt: checked in __tests__/integration/attempts/routes.test.ts (and security/participant-authorization.test.ts)
    "app/api/attempts/[attemptId]/prediction/route.ts", // a participant's own attempt: checked in __tests__/integration/attempts/routes.test.ts (and security/participant-authorization.test.ts)
    "app/api/attempts/[attemptId]/submit/route.ts", // a participant's own attempt: checked in __tests__/integration/attempts/routes.test.ts (and security/participant-authorization.test.ts)
  ];
  const routes = filesUnder("app/api", /^route\.ts$/).filter((f) => !PUBLIC_ROUTES.includes(f));
  expect(routes.length).toBeGreaterThanOrEqual(11);
  const methods = routes.flatMap((f) => {
    const path = "/" + f.replace(/^app\//, "").replace(/\/route\.ts$/, "");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(join(process.cwd(), f)) as Record<string, unknown>;
    return ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => typeof mod[m] === "function").map((m) => `${m} ${path}`);
  });
  const names = MATRIX.map((e) => e.name);
  expect(methods.filter((m) => !names.some((n) => n === m || n.startsWith(`${m} (`)))).toEqual([]);
});
