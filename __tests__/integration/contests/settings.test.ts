jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn() }));

import { setSessionForTests } from "@/lib/auth/session";
import {
  addConsentVersionAction,
  createContestAction,
  createDistrictAction,
  createRoundAction,
  createUnitAction,
  deleteDistrictAction,
  deleteUnitAction,
  renameDistrictAction,
  updateContestAction,
  updateRoundAction,
  updateUnitAction,
} from "@/lib/contests/admin-actions";
import { getContestForAdmin } from "@/lib/contests/admin-queries";
import { roundFormFromSettings } from "@/lib/contests/admin-rules";
import { db } from "@/lib/db";
import { fixedClock, setClock } from "@/lib/time";

let contestId: string;

const roundInput = {
  name: "Quý 1",
  opensAt: "15/02/2027 00:00",
  closesAt: "30/03/2027 23:59",
  awardYear: null,
  awardMonth: null,
  questionCount: 20,
  timeLimitMinutes: 20,
  attemptsAllowed: 3,
  graceSec: 10,
  rankingOrder: "CORRECT_PREDICTION_DURATION" as const,
  predictionTruth: "PARTICIPANTS" as const,
  prizeTiers: [
    { code: "NHAT", name: "Giải Nhất", count: 1 },
    { code: "NHI", name: "Giải Nhì", count: 2 },
  ],
  minScoreForPrize: null,
  excludeEarlierWinners: false,
  predictionQuestion: "Có bao nhiêu người tham gia Quý 1?",
  answerReview: "AFTER_CLOSE" as const,
  status: "OPEN" as const,
  decisionNumber: "",
  decisionDate: "",
};

beforeAll(async () => {
  const admin = await db.staffUser.create({ data: { username: "admin", fullName: "Quản trị", role: "ADMIN", passwordHash: "x" } });
  setSessionForTests({ id: admin.id, kind: "staff", role: "ADMIN", name: "admin" });
  setClock(fixedClock("2027-01-10T03:00:00Z"));
  await db.contest.create({ data: { slug: "cu", name: "Cuộc thi cũ", organiser: "Sở", organiserShort: "Sở", year: 2026, isFeatured: true } });
});

test("creating a contest: unique slug, one featured contest, audited", async () => {
  const input = {
    slug: "chuyen-doi-so-2027",
    name: "Cuộc thi Chuyển đổi số 2027",
    organiser: "Sở TT&TT tỉnh Ninh Bình",
    organiserShort: "Sở TT&TT",
    year: 2027,
    isFeatured: true,
    certificatePattern: "{n}/GCN-BTC",
  };
  const r = await createContestAction(input);
  expect(r.ok).toBe(true);
  contestId = r.ok ? r.data.id : "";
  expect(await db.contest.findMany({ where: { isFeatured: true }, select: { slug: true } })).toEqual([{ slug: "chuyen-doi-so-2027" }]);
  expect(await createContestAction(input)).toMatchObject({ ok: false, fieldErrors: { slug: expect.any(Array) } });
  expect(await createContestAction({ ...input, slug: "Có Dấu" })).toMatchObject({ ok: false, fieldErrors: { slug: expect.any(Array) } });
  expect(await createContestAction({ ...input, slug: "khac", certificatePattern: "GCN" })).toMatchObject({
    ok: false,
    fieldErrors: { certificatePattern: expect.any(Array) },
  });
  expect(await db.auditLog.count({ where: { action: "contest.create", entityId: contestId } })).toBe(1);
});

test("editing the contest's texts audits only the changed fields", async () => {
  const c = (await getContestForAdmin(contestId))!;
  const base = {
    id: c.id,
    name: c.name,
    organiser: c.organiser,
    organiserShort: c.organiserShort,
    year: c.year,
    isFeatured: c.isFeatured,
    isPublished: c.isPublished,
    certificatePattern: c.certificatePattern,
    planReference: c.planReference,
    intro: c.intro,
    rulesText: c.rulesText,
    contactInfo: c.contactInfo,
    hotline: c.hotline,
    contactEmail: c.contactEmail,
  };
  expect((await updateContestAction({ ...base, rulesText: "Thể lệ mới.", isPublished: true })).ok).toBe(true);
  const entry = await db.auditLog.findFirstOrThrow({ where: { action: "contest.update", entityId: contestId } });
  expect(entry.before).toEqual({ rulesText: "", isPublished: false });
  expect(entry.after).toEqual({ rulesText: "Thể lệ mới.", isPublished: true });
  expect(await updateContestAction({ ...base, rulesText: "Thể lệ mới.", isPublished: true })).toMatchObject({ ok: false });
});

test("each changed consent text is a new version; the current one is shown", async () => {
  const text = "Tôi đồng ý để Ban Tổ chức xử lý dữ liệu cá nhân của tôi cho mục đích tổ chức cuộc thi.";
  expect(await addConsentVersionAction({ contestId, text })).toEqual({ ok: true, data: { version: 1 } });
  expect((await addConsentVersionAction({ contestId, text })).ok).toBe(false);
  expect(await addConsentVersionAction({ contestId, text: `${text} Dữ liệu được lưu đến hết năm 2028.` })).toEqual({ ok: true, data: { version: 2 } });
  const c = await getContestForAdmin(contestId);
  expect(c?.consent).toMatchObject({ version: 2, text: expect.stringMatching(/2028/) });
  expect(await db.consentText.findMany({ where: { contestId }, orderBy: { version: "asc" }, select: { version: true } })).toEqual([
    { version: 1 },
    { version: 2 },
  ]);
  expect(await db.auditLog.count({ where: { action: "consent.version", entityId: contestId } })).toBe(2);
});

test("a round's window is entered in Vietnam time and stored in UTC; the award month defaults from the close", async () => {
  const r = await createRoundAction({ ...roundInput, contestId, number: 1 });
  expect(r.ok).toBe(true);
  const round = await db.round.findFirstOrThrow({ where: { contestId, number: 1 } });
  expect(round.opensAt.toISOString()).toBe("2027-02-14T17:00:00.000Z");
  expect(round.closesAt.toISOString()).toBe("2027-03-30T16:59:59.999Z");
  expect([round.awardYear, round.awardMonth, round.timeLimitSec, round.settingsVersion]).toEqual([2027, 3, 1200, 1]);
  expect(await createRoundAction({ ...roundInput, contestId, number: 1 })).toMatchObject({ ok: false, fieldErrors: { number: expect.any(Array) } });
  expect(await createRoundAction({ ...roundInput, contestId, number: 2, closesAt: "01/02/2027 00:00" })).toMatchObject({
    ok: false,
    fieldErrors: { closesAt: expect.any(Array) },
  });
  expect(await createRoundAction({ ...roundInput, contestId, number: 2, opensAt: "31/02/2027 00:00" })).toMatchObject({
    ok: false,
    fieldErrors: { opensAt: expect.any(Array) },
  });
});

test("before the window opens any change saves freely; every change bumps settingsVersion and is audited", async () => {
  const round = await db.round.findFirstOrThrow({ where: { contestId, number: 1 } });
  const form = {
    ...roundFormFromSettings({ ...round, prizeTiers: roundInput.prizeTiers }),
    id: round.id,
    baseSettingsVersion: 1,
    confirmSensitive: false,
    reason: "",
  };
  expect(await updateRoundAction({ ...form, questionCount: 25 })).toMatchObject({ ok: true, data: { settingsVersion: 2, changed: ["Số câu hỏi"] } });
  // A form loaded before that change is refused.
  expect(await updateRoundAction({ ...form, questionCount: 30 })).toMatchObject({ ok: false, error: expect.stringMatching(/vừa được người khác thay đổi/) });
  const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: round.id, action: "round.update" } });
  expect(entry.before).toEqual({ questionCount: 20, settingsVersion: 1 });
  expect(entry.after).toEqual({ questionCount: 25, settingsVersion: 2 });
});

test("once the window has started, result-affecting changes need confirmation and a reason; texts do not", async () => {
  setClock(fixedClock("2027-03-01T03:00:00Z"));
  const round = await db.round.findFirstOrThrow({ where: { contestId, number: 1 } });
  const form = {
    ...roundFormFromSettings({ ...round, prizeTiers: roundInput.prizeTiers }),
    id: round.id,
    baseSettingsVersion: round.settingsVersion,
    confirmSensitive: false,
    reason: "",
  };

  const refused = await updateRoundAction({ ...form, attemptsAllowed: 5, timeLimitMinutes: 30 });
  expect(refused).toMatchObject({
    ok: false,
    error: expect.stringMatching(/Thời gian làm bài, Số lượt thi/),
    fieldErrors: { confirmSensitive: expect.any(Array), reason: expect.any(Array) },
  });
  expect((await db.round.findUniqueOrThrow({ where: { id: round.id } })).attemptsAllowed).toBe(3);

  expect(await updateRoundAction({ ...form, name: "Quý I", predictionQuestion: "Có bao nhiêu người tham gia Quý I?" })).toMatchObject({
    ok: true,
    data: { settingsVersion: 3 },
  });

  const confirmed = await updateRoundAction({
    ...form,
    name: "Quý I",
    predictionQuestion: "Có bao nhiêu người tham gia Quý I?",
    baseSettingsVersion: 3,
    attemptsAllowed: 5,
    confirmSensitive: true,
    reason: "Theo Quyết định điều chỉnh thể lệ số 12",
  });
  expect(confirmed).toMatchObject({ ok: true, data: { settingsVersion: 4, changed: ["Số lượt thi"] } });
  const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: round.id, action: "round.update_results_affecting" } });
  expect(entry).toMatchObject({
    reason: "Theo Quyết định điều chỉnh thể lệ số 12",
    before: { attemptsAllowed: 3, settingsVersion: 3 },
    after: { attemptsAllowed: 5, settingsVersion: 4 },
  });
});

test("re-saving an unchanged form never moves a window by seconds", async () => {
  const round = await db.round.findFirstOrThrow({ where: { contestId, number: 1 } });
  await db.round.update({ where: { id: round.id }, data: { opensAt: new Date("2027-02-14T17:00:30.000Z") } });
  const form = {
    ...roundFormFromSettings({ ...round, opensAt: new Date("2027-02-14T17:00:30.000Z"), prizeTiers: roundInput.prizeTiers }),
    id: round.id,
    baseSettingsVersion: round.settingsVersion,
    confirmSensitive: false,
    reason: "",
  };
  expect(await updateRoundAction(form)).toMatchObject({ ok: false, error: "Không có thay đổi nào để lưu." });
});

test("districts and units: add, rename, remove only when unused; all audited", async () => {
  const d = await createDistrictAction({ contestId, name: "Huyện Hoa Lư" });
  const districtId = d.ok ? d.data.id : "";
  expect(await createDistrictAction({ contestId, name: "Huyện Hoa Lư" })).toMatchObject({ ok: false, fieldErrors: { name: expect.any(Array) } });
  expect((await renameDistrictAction({ id: districtId, name: "Thành phố Hoa Lư" })).ok).toBe(true);

  const u = await createUnitAction({ contestId, name: "Sở Thông tin và Truyền thông", headcount: 80, districtId });
  const unitId = u.ok ? u.data.id : "";
  expect((await updateUnitAction({ id: unitId, name: "Sở Khoa học và Công nghệ", headcount: 95, districtId })).ok).toBe(true);
  // The district is used by a unit, the unit by a participant: neither can go.
  await db.participant.create({
    data: {
      contestId,
      unitId,
      fullName: "Trần Thị B",
      fullNameSearch: "tran thi b",
      birthDate: "1995-05-05",
      gender: "FEMALE",
      cccd: "037195000001",
      phone: "0988000001",
      group: "CBCCVC",
      passwordHash: "x",
    },
  });
  expect(await deleteDistrictAction({ id: districtId })).toMatchObject({ ok: false, error: expect.stringMatching(/đang được 0 thí sinh và 1 đơn vị/) });
  expect(await deleteUnitAction({ id: unitId })).toMatchObject({ ok: false, error: expect.stringMatching(/1 thí sinh/) });

  const spare = await createUnitAction({ contestId, name: "Đơn vị thừa", headcount: null, districtId: null });
  expect((await deleteUnitAction({ id: spare.ok ? spare.data.id : "" })).ok).toBe(true);
  const spareDistrict = await createDistrictAction({ contestId, name: "Huyện thừa" });
  expect((await deleteDistrictAction({ id: spareDistrict.ok ? spareDistrict.data.id : "" })).ok).toBe(true);

  const actions = (await db.auditLog.findMany({ where: { entityType: { in: ["District", "Unit"] } }, orderBy: { id: "asc" }, select: { action: true } })).map(
    (a) => a.action,
  );
  expect(actions).toEqual([
    "district.create",
    "district.rename",
    "unit.create",
    "unit.update",
    "unit.create",
    "unit.delete",
    "district.create",
    "district.delete",
  ]);
});

test("approving or publishing is not done from the settings page", async () => {
  const round = await db.round.findFirstOrThrow({ where: { contestId, number: 1 } });
  const form = {
    ...roundFormFromSettings({ ...round, prizeTiers: roundInput.prizeTiers }),
    id: round.id,
    baseSettingsVersion: round.settingsVersion,
    confirmSensitive: true,
    reason: "Thử công bố",
  };
  expect(await updateRoundAction({ ...form, status: "PUBLISHED" })).toMatchObject({
    ok: false,
    fieldErrors: { status: [expect.stringMatching(/trang Giám khảo/)] },
  });
  expect(await createRoundAction({ ...roundInput, contestId, number: 7, status: "APPROVED" })).toMatchObject({
    ok: false,
    fieldErrors: { status: expect.any(Array) },
  });
  expect((await db.round.findUniqueOrThrow({ where: { id: round.id } })).status).toBe("OPEN");
});
