// Staff work on participants (/quan-tri/thi-sinh): the search (names with or without diacritics,
// CCCD, phone in any form; masked), the correction of locked identity fields with an audit entry,
// and the password reset whose temporary password signs in while the old one no longer does.
// Every refusal (bad data, duplicates, no reason, wrong caller) leaves the database as it was.
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn() }));
jest.mock("next/navigation", () => ({
  ...jest.requireActual("next/navigation"),
  useRouter: () => ({ push: jest.fn(), replace: jest.fn(), refresh: jest.fn(), prefetch: jest.fn() }),
  notFound: () => {
    throw new Error("NOT_FOUND");
  },
}));

import { renderToStaticMarkup } from "react-dom/server";
import StaffParticipantPage from "@/app/(admin)/quan-tri/thi-sinh/[id]/page";
import StaffParticipantsPage from "@/app/(admin)/quan-tri/thi-sinh/page";
import { authenticateParticipant } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import type { StaffRole } from "@/lib/auth/roles";
import { setSessionForTests } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { correctParticipantIdentityAction, resetParticipantPasswordAction } from "@/lib/participants/staff-actions";
import { CCCD_TAKEN, NOTHING_CHANGED, PARTICIPANT_NOT_FOUND, PHONE_TAKEN } from "@/lib/participants/staff-identity";
import { generateTemporaryPassword, TEMPORARY_PASSWORD_ALPHABET } from "@/lib/participants/staff-password";
import { searchContestParticipants } from "@/lib/participants/staff-queries";
import { searchKey } from "@/lib/text";
import { allKeys, makeContest, type ContestFixture } from "./fixtures";

jest.setTimeout(60_000);

let f: ContestFixture;
let otherContestId = "";
const ids = { an: "", binh: "", cuong: "", elsewhere: "" };
const staff = new Map<StaffRole, string>();
const OLD_PASSWORD = "matkhau123";

async function addParticipant(
  contestId: string,
  p: { fullName: string; birthDate: string; gender: "MALE" | "FEMALE"; cccd: string; phone: string; registeredAt: string },
  passwordHash = "x",
) {
  const row = await db.participant.create({
    data: {
      contestId,
      ...p,
      fullNameSearch: searchKey(p.fullName),
      registeredAt: new Date(p.registeredAt),
      group: "CBCCVC",
      districtId: contestId === f.contestId ? f.districtId : null,
      unitId: contestId === f.contestId ? f.unitId : null,
      passwordHash,
    },
    select: { id: true },
  });
  return row.id;
}

beforeAll(async () => {
  f = await makeContest("thi-sinh-quan-tri");
  otherContestId = (await makeContest("cuoc-thi-khac")).contestId;
  ids.an = await addParticipant(
    f.contestId,
    { fullName: "Nguyễn Văn An", birthDate: "1990-08-15", gender: "MALE", cccd: "037090000123", phone: "0912345678", registeredAt: "2026-03-01T17:30:00Z" },
    await hashPassword(OLD_PASSWORD),
  );
  ids.binh = await addParticipant(f.contestId, {
    fullName: "Trần Thị Bình",
    birthDate: "1995-02-01",
    gender: "FEMALE",
    cccd: "037195000456",
    phone: "0387654321",
    registeredAt: "2026-03-02T01:00:00Z",
  });
  ids.cuong = await addParticipant(f.contestId, {
    fullName: "Lê Đức Cường",
    birthDate: "2001-05-20",
    gender: "MALE",
    cccd: "001201000789",
    phone: "0701234567",
    registeredAt: "2026-03-03T01:00:00Z",
  });
  ids.elsewhere = await addParticipant(otherContestId, {
    fullName: "Nguyễn Văn An",
    birthDate: "1988-01-01",
    gender: "MALE",
    cccd: "037088000999",
    phone: "0977777777",
    registeredAt: "2026-03-01T01:00:00Z",
  });
  for (const role of ["ADMIN", "EDITOR", "JURY", "SECRETARY"] as const) {
    const s = await db.staffUser.create({ data: { username: `ts.${role.toLowerCase()}`, fullName: role, role, passwordHash: "x" }, select: { id: true } });
    staff.set(role, s.id);
  }
});

afterAll(() => setSessionForTests(undefined));

const as = (role: StaffRole) => setSessionForTests({ id: staff.get(role)!, kind: "staff", role, name: role });
const CALLERS_REFUSED: [string, () => void][] = [
  ["anonymous", () => setSessionForTests(null)],
  ["a participant", () => setSessionForTests({ id: ids.an, kind: "participant", contestId: f.contestId, name: "Nguyễn Văn An" })],
  ["EDITOR", () => as("EDITOR")],
  ["JURY", () => as("JURY")],
];

const snapshot = (id: string) =>
  db.participant.findUniqueOrThrow({
    where: { id },
    select: { fullName: true, fullNameSearch: true, birthDate: true, gender: true, cccd: true, phone: true, passwordHash: true, updatedAt: true },
  });

/** A valid correction of Bình that changes nothing (her current values). */
const binh = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  participantId: ids.binh,
  fullName: "Trần Thị Bình",
  birthDate: "01/02/1995",
  gender: "FEMALE",
  cccd: "037195000456",
  phone: "0387654321",
  reason: "Sửa theo ảnh CCCD thí sinh gửi",
  ...over,
});

describe("search", () => {
  const found = async (q: string) => (await searchContestParticipants(f.contestId, { q, page: 1 })).items.map((i) => i.fullName).sort();

  test.each([
    ["nguyen van an", ["Nguyễn Văn An"]],
    ["Nguyễn Văn", ["Nguyễn Văn An"]],
    ["  NGUYỄN   văn  ", ["Nguyễn Văn An"]],
    ["duc cuong", ["Lê Đức Cường"]],
    ["ĐỨC", ["Lê Đức Cường"]],
    ["thi binh", ["Trần Thị Bình"]],
    ["037090000123", ["Nguyễn Văn An"]],
    ["000456", ["Trần Thị Bình"]],
    ["0912345678", ["Nguyễn Văn An"]],
    ["84912345678", ["Nguyễn Văn An"]],
    ["+84 912 345 678", ["Nguyễn Văn An"]],
    ["0912.345.678", ["Nguyễn Văn An"]],
    ["+84 38765", ["Trần Thị Bình"]],
    ["Phạm", []],
    ["", ["Lê Đức Cường", "Nguyễn Văn An", "Trần Thị Bình"]],
  ])("%j finds %j, only in the chosen contest", async (q, names) => {
    expect(await found(q)).toEqual(names);
  });

  test("rows carry masked CCCD and phone, district and unit, never the full numbers or the hash", async () => {
    const page = await searchContestParticipants(f.contestId, { q: "nguyen van an", page: 1 });
    expect(page.items).toEqual([
      {
        id: ids.an,
        fullName: "Nguyễn Văn An",
        cccdMasked: "037******123",
        phoneMasked: "09******78",
        districtName: "Thành phố Ninh Bình",
        unitName: "Sở Thông tin và Truyền thông",
        registeredAt: new Date("2026-03-01T17:30:00Z"),
      },
    ]);
    const keys = allKeys(page);
    for (const k of ["cccd", "phone", "passwordHash"]) expect(keys.has(k)).toBe(false);
  });

  test("pages: newest registration first, a page past the end shows the last page", async () => {
    const first = await searchContestParticipants(f.contestId, { q: "", page: 1 }, 2);
    expect(first).toMatchObject({ total: 3, page: 1, pageCount: 2 });
    expect(first.items.map((i) => i.fullName)).toEqual(["Lê Đức Cường", "Trần Thị Bình"]);
    const last = await searchContestParticipants(f.contestId, { q: "", page: 99 }, 2);
    expect(last.page).toBe(2);
    expect(last.items.map((i) => i.fullName)).toEqual(["Nguyễn Văn An"]);
  });

  test("the page shows registration time as dd/MM/yyyy HH:mm in Vietnam time, masked numbers, a link to the record", async () => {
    as("SECRETARY");
    const html = renderToStaticMarkup(await StaffParticipantsPage({ searchParams: Promise.resolve({ cuocThi: f.contestId, q: "+84912345678" }) }));
    expect(html).toContain("02/03/2026 00:30");
    expect(html).toContain("037******123");
    expect(html).toContain("09******78");
    expect(html).not.toContain("037090000123");
    expect(html).toContain(`href="/quan-tri/thi-sinh/${ids.an}"`);
    expect(html).not.toContain("Trần Thị Bình");
  });
});

describe("the participant's page", () => {
  test("shows the full record, the attempts count and both forms; an unknown id is not found", async () => {
    as("ADMIN");
    const round = await db.round.create({
      data: {
        contestId: f.contestId,
        number: 1,
        name: "Quý 1",
        opensAt: new Date("2026-01-01T00:00:00Z"),
        closesAt: new Date("2026-03-31T16:59:59.999Z"),
        awardYear: 2026,
        awardMonth: 3,
        prizeTiers: [],
        predictionQuestion: "Bao nhiêu?",
      },
      select: { id: true },
    });
    for (const number of [1, 2]) {
      await db.attempt.create({
        data: { roundId: round.id, participantId: ids.binh, number, startedAt: new Date("2026-03-05T01:00:00Z"), deadline: new Date("2026-03-05T01:20:00Z") },
      });
    }
    const html = renderToStaticMarkup(await StaffParticipantPage({ params: Promise.resolve({ id: ids.binh }) }));
    expect(html).toMatch(/Trần Thị Bình[\s\S]*01\/02\/1995[\s\S]*Nữ[\s\S]*037195000456[\s\S]*0387654321[\s\S]*Số lượt thi[\s\S]*>2</);
    // The form's values are filled in by react-hook-form in the browser (see the component tests).
    expect(html).toMatch(/Sửa thông tin định danh[\s\S]*Lý do sửa/);
    expect(html).toMatch(/Đặt lại mật khẩu/);
    expect(html).not.toMatch(/argon2|passwordHash/);
    await expect(StaffParticipantPage({ params: Promise.resolve({ id: "khong-co" }) })).rejects.toThrow("NOT_FOUND");
  });

  test("a role without the capability gets a refusal, not the data", async () => {
    as("JURY");
    const html = renderToStaticMarkup(await StaffParticipantPage({ params: Promise.resolve({ id: ids.binh }) }));
    expect(html).toMatch(/Không có quyền truy cập/);
    expect(html).not.toContain("037195000456");
  });
});

describe("correcting identity fields", () => {
  test("only the changed fields are written, with the search key; the audit entry holds their before/after and the reason", async () => {
    as("SECRETARY");
    const before = await snapshot(ids.an);
    const r = await correctParticipantIdentityAction({
      participantId: ids.an,
      fullName: "  Nguyễn   Văn Ân ",
      birthDate: "15/08/1990",
      gender: "MALE",
      cccd: "037090000123",
      phone: "+84 987 654 321",
      reason: "Thí sinh gọi điện báo sai tên và số điện thoại",
    });
    expect(r).toEqual({ ok: true, data: { id: ids.an, changed: ["fullName", "phone"] } });
    const after = await snapshot(ids.an);
    expect(after).toMatchObject({
      fullName: "Nguyễn Văn Ân",
      fullNameSearch: "nguyen van an",
      phone: "0987654321",
      birthDate: before.birthDate,
      gender: before.gender,
      cccd: before.cccd,
      passwordHash: before.passwordHash,
    });
    const entries = await db.auditLog.findMany({
      where: { entityId: ids.an },
      select: { action: true, actorName: true, entityType: true, reason: true, before: true, after: true },
    });
    expect(entries).toEqual([
      {
        action: "participant.correct_identity",
        actorName: "ts.secretary",
        entityType: "Participant",
        reason: "Thí sinh gọi điện báo sai tên và số điện thoại",
        before: { fullName: "Nguyễn Văn An", phone: "0912345678" },
        after: { fullName: "Nguyễn Văn Ân", phone: "0987654321" },
      },
    ]);
    // The corrected phone signs in; the old one no longer finds the account.
    expect(await authenticateParticipant(f.contestId, "0987654321", OLD_PASSWORD)).toMatchObject({ ok: true });
    expect(await authenticateParticipant(f.contestId, "0912345678", OLD_PASSWORD)).toMatchObject({ ok: false });
    expect(await searchContestParticipants(f.contestId, { q: "Văn Ân", page: 1 })).toMatchObject({ total: 1 });
  });

  test("birth date, gender and CCCD corrected together when they agree", async () => {
    as("ADMIN");
    const r = await correctParticipantIdentityAction({
      participantId: ids.cuong,
      fullName: "Lê Đức Cường",
      birthDate: "20/05/2002",
      gender: "FEMALE",
      cccd: "001302000789",
      phone: "0701234567",
      reason: "Sửa theo bản chụp căn cước",
    });
    expect(r).toEqual({ ok: true, data: { id: ids.cuong, changed: ["birthDate", "gender", "cccd"] } });
    expect(await snapshot(ids.cuong)).toMatchObject({ birthDate: "2002-05-20", gender: "FEMALE", cccd: "001302000789" });
    const entry = await db.auditLog.findFirstOrThrow({ where: { entityId: ids.cuong }, orderBy: { id: "desc" }, select: { before: true, after: true } });
    expect(entry).toEqual({
      before: { birthDate: "2001-05-20", gender: "MALE", cccd: "001201000789" },
      after: { birthDate: "2002-05-20", gender: "FEMALE", cccd: "001302000789" },
    });
  });

  test("a CCCD used in another contest is not a duplicate", async () => {
    as("ADMIN");
    const r = await correctParticipantIdentityAction(binh({ birthDate: "01/01/1988", gender: "MALE", cccd: "037088000999" }));
    expect(r.ok).toBe(true);
    // Back to her own data, so the refusals below start from it.
    expect((await correctParticipantIdentityAction(binh())).ok).toBe(true);
  });

  // Overrides of binh(): the tables are built before beforeAll() has created her.
  const REFUSALS: [string, Record<string, unknown>, string, RegExp | string][] = [
    ["CCCD year vs birth date", { cccd: "037196000456" }, "cccd", /năm sinh/],
    ["CCCD digit 4 vs gender", { gender: "MALE" }, "cccd", /Chữ số thứ 4/],
    ["CCCD of 11 digits", { cccd: "03719500045" }, "cccd", "Số CCCD phải gồm đúng 12 chữ số."],
    ["a birth date in the future", { birthDate: "01/01/2090" }, "birthDate", /sau ngày hôm nay/],
    ["a landline", { phone: "02293871234" }, "phone", /10 chữ số/],
    ["a name with digits", { fullName: "Bình 2" }, "fullName", /chữ cái/],
    ["a missing reason", { fullName: "Trần Thị Bính", reason: "" }, "reason", "Vui lòng nêu lý do."],
    ["a reason under 10 characters", { fullName: "Trần Thị Bính", reason: " sai  tên " }, "reason", /ít nhất 10 ký tự/],
    ["no reason at all", { fullName: "Trần Thị Bính", reason: undefined }, "reason", "Vui lòng nêu lý do."],
  ];

  test.each(REFUSALS)("%s is refused on the field; nothing changes", async (_name, over, field, message) => {
    as("ADMIN");
    const [before, audits] = [await snapshot(ids.binh), await db.auditLog.count()];
    const input = binh(over);
    if (over.reason === undefined && "reason" in over) delete input.reason;
    const r = await correctParticipantIdentityAction(input);
    expect(r).not.toMatchObject({ fieldErrors: { participantId: expect.anything() } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fieldErrors?.[field]?.join(" ")).toMatch(message);
    expect(await snapshot(ids.binh)).toEqual(before);
    expect(await db.auditLog.count()).toBe(audits);
  });

  test.each([
    ["a CCCD of another account in the contest", { birthDate: "20/05/2002", gender: "FEMALE", cccd: "001302000789" }, "cccd", CCCD_TAKEN],
    ["a phone of another account, typed +84", { phone: "+84 70 123 4567" }, "phone", PHONE_TAKEN],
  ])("%s is refused without saying whose; nothing changes", async (_name, over, field, message) => {
    as("SECRETARY");
    const [before, audits] = [await snapshot(ids.binh), await db.auditLog.count()];
    const r = await correctParticipantIdentityAction(binh(over));
    expect(r).toEqual({ ok: false, error: message, fieldErrors: { [field]: [message] } });
    expect(JSON.stringify(r)).not.toMatch(/Cường|Lê Đức/);
    expect(await snapshot(ids.binh)).toEqual(before);
    expect(await db.auditLog.count()).toBe(audits);
  });

  test("unchanged values and an unknown participant are refused", async () => {
    as("ADMIN");
    const audits = await db.auditLog.count();
    expect(await correctParticipantIdentityAction(binh())).toEqual({ ok: false, error: NOTHING_CHANGED });
    expect(await correctParticipantIdentityAction(binh({ participantId: "khong-co" }))).toEqual({ ok: false, error: PARTICIPANT_NOT_FOUND });
    expect(await db.auditLog.count()).toBe(audits);
  });

  test.each(CALLERS_REFUSED)("%s is refused; nothing changes", async (_who, signIn) => {
    signIn();
    const [before, audits] = [await snapshot(ids.binh), await db.auditLog.count()];
    const r = await correctParticipantIdentityAction(binh({ fullName: "Trần Thị Bính" }));
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/đăng nhập tài khoản Ban Tổ chức|không có quyền/) });
    expect(await snapshot(ids.binh)).toEqual(before);
    expect(await db.auditLog.count()).toBe(audits);
  });
});

describe("resetting a password", () => {
  test("the temporary password signs in (CCCD or phone), the old one no longer does; the audit never holds it", async () => {
    const identifierBefore = (await snapshot(ids.an)).phone;
    expect(await authenticateParticipant(f.contestId, identifierBefore, OLD_PASSWORD)).toMatchObject({ ok: true });
    as("ADMIN");
    const r = await resetParticipantPasswordAction({ participantId: ids.an, reason: "Thí sinh gọi điện báo quên mật khẩu, đã xác minh" });
    expect(r.ok).toBe(true);
    const temporary = r.ok ? r.data.temporaryPassword : "";
    expect(temporary).toMatch(/^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$/);
    expect(await authenticateParticipant(f.contestId, "037090000123", temporary)).toEqual({
      ok: true,
      user: { id: ids.an, name: "Nguyễn Văn Ân", contestId: f.contestId },
    });
    expect(await authenticateParticipant(f.contestId, "+84987654321", temporary)).toMatchObject({ ok: true });
    expect(await authenticateParticipant(f.contestId, "037090000123", OLD_PASSWORD)).toMatchObject({ ok: false });
    const hash = (await snapshot(ids.an)).passwordHash;
    expect(hash).toMatch(/^\$argon2id\$/);
    const entry = await db.auditLog.findFirstOrThrow({
      where: { entityId: ids.an, action: "participant.reset_password" },
      select: { actorName: true, reason: true, before: true, after: true, hash: true },
    });
    expect(entry).toMatchObject({
      actorName: "ts.admin",
      reason: "Thí sinh gọi điện báo quên mật khẩu, đã xác minh",
      before: null,
      after: { passwordReset: true },
    });
    const all = JSON.stringify(await db.auditLog.findMany());
    expect(all).not.toContain(temporary);
    expect(all).not.toContain(temporary.replace(/-/g, ""));
    expect(all).not.toContain(hash);
    expect(all).not.toMatch(/argon2/);
  });

  test("a second reset gives a different password and ends the first", async () => {
    as("SECRETARY");
    const a = await resetParticipantPasswordAction({ participantId: ids.binh, reason: "Thí sinh quên mật khẩu lần một" });
    const b = await resetParticipantPasswordAction({ participantId: ids.binh, reason: "Thí sinh quên mật khẩu lần hai" });
    if (!a.ok || !b.ok) throw new Error("reset refused");
    expect(b.data.temporaryPassword).not.toBe(a.data.temporaryPassword);
    expect(await authenticateParticipant(f.contestId, "037195000456", a.data.temporaryPassword)).toMatchObject({ ok: false });
    expect(await authenticateParticipant(f.contestId, "037195000456", b.data.temporaryPassword)).toMatchObject({ ok: true });
  });

  test.each([
    ["a missing reason", { reason: "" }, "reason"],
    ["a short reason", { reason: "quên mk" }, "reason"],
    ["no participant", { participantId: "" }, "participantId"],
  ])("%s is refused; the password stays", async (_name, over, field) => {
    as("ADMIN");
    const [before, audits] = [await snapshot(ids.binh), await db.auditLog.count()];
    const r = await resetParticipantPasswordAction({ participantId: ids.binh, reason: "Thí sinh quên mật khẩu", ...over });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fieldErrors).toHaveProperty(field);
    expect(await snapshot(ids.binh)).toEqual(before);
    expect(await db.auditLog.count()).toBe(audits);
  });

  test("an unknown participant is refused", async () => {
    as("ADMIN");
    expect(await resetParticipantPasswordAction({ participantId: "khong-co", reason: "Thí sinh quên mật khẩu" })).toEqual({
      ok: false,
      error: PARTICIPANT_NOT_FOUND,
    });
  });

  test.each(CALLERS_REFUSED)("%s is refused; the password stays", async (_who, signIn) => {
    signIn();
    const [before, audits] = [await snapshot(ids.binh), await db.auditLog.count()];
    const r = await resetParticipantPasswordAction({ participantId: ids.binh, reason: "Thí sinh quên mật khẩu" });
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/đăng nhập tài khoản Ban Tổ chức|không có quyền/) });
    expect(r).not.toHaveProperty("data");
    expect(await snapshot(ids.binh)).toEqual(before);
    expect(await db.auditLog.count()).toBe(audits);
  });
});

describe("temporary passwords", () => {
  test("three groups of four readable characters (no 0/o, 1/l/i), always a letter and a digit, from the random source", () => {
    expect(TEMPORARY_PASSWORD_ALPHABET).not.toMatch(/[01oli]/);
    // The first draw has no digit ("aaaa-aaaa-aaaa") and is drawn again.
    let calls = 0;
    const source = (max: number) => (calls++ < 12 ? 0 : (calls * 7) % max);
    const password = generateTemporaryPassword(source);
    expect(calls).toBe(24);
    expect(password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    expect(password).toMatch(/\d/);
    expect(password).toMatch(/[a-z]/);
  });

  test("the real source gives distinct, well-formed passwords", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const p = generateTemporaryPassword();
      expect(p).toMatch(/^(?=.*\d)(?=.*[a-z])[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$/);
      seen.add(p);
    }
    expect(seen.size).toBe(500);
  });
});
