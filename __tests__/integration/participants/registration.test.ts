// Registration against a real database (SQLite or PostgreSQL): races on the unique CCCD/phone,
// the consent record, the contest's own lists, and the action's rate limits.
let mockIp = "203.0.113.1";
jest.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": mockIp }) }));

import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { registerAction } from "@/lib/participants/actions";
import { DUPLICATE_CCCD, DUPLICATE_PHONE, getRegistrationOptions, registerParticipant } from "@/lib/participants/registration";
import { registrationSchema, type RegistrationInput } from "@/lib/participants/schema";
import { hashIdentifier } from "@/lib/security/request";
import { RULES, setRateLimitsDisabled } from "@/lib/security/rate-limit";
import { fixedClock, setClock } from "@/lib/time";
import { allKeys, form, makeContest, type ContestFixture } from "./fixtures";

let f: ContestFixture;
const register = (input: RegistrationInput) => registerParticipant(registrationSchema.parse(input), { ipHash: "ip-hash" });
const phoneOf = (i: number) => `09120000${String(i).padStart(2, "0")}`;
const cccdOf = (i: number) => `0370900001${String(i).padStart(2, "0")}`;

beforeAll(async () => {
  f = await makeContest("dang-ky");
});

test("20 parallel registrations with the same CCCD create exactly one participant", async () => {
  const cccd = "037090000777";
  const results = await Promise.all(Array.from({ length: 20 }, (_, i) => register(form(f, { cccd, phone: phoneOf(i) }))));
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  for (const r of results.filter((x) => !x.ok)) {
    expect(r).toEqual({ ok: false, error: DUPLICATE_CCCD, fieldErrors: { cccd: [DUPLICATE_CCCD] } });
  }
  expect(await db.participant.count({ where: { contestId: f.contestId, cccd } })).toBe(1);
  const winner = results.find((r) => r.ok)!;
  expect(await db.consentRecord.count({ where: { participant: { cccd } } })).toBe(1);
  if (winner.ok) expect(await db.consentRecord.count({ where: { participantId: winner.data.participantId } })).toBe(1);
}, 60_000);

test("20 parallel registrations with the same phone create exactly one participant", async () => {
  const phone = "0987654321";
  const results = await Promise.all(Array.from({ length: 20 }, (_, i) => register(form(f, { phone, cccd: cccdOf(i) }))));
  expect(results.filter((r) => r.ok)).toHaveLength(1);
  for (const r of results.filter((x) => !x.ok)) expect(r).toEqual({ ok: false, error: DUPLICATE_PHONE, fieldErrors: { phone: [DUPLICATE_PHONE] } });
  expect(await db.participant.count({ where: { contestId: f.contestId, phone } })).toBe(1);
}, 60_000);

test("the participant and the consent are stored with the consent version and the time", async () => {
  const restore = setClock(fixedClock("2026-11-29T04:05:06.789Z"));
  try {
    const input = form(f, {
      fullName: "  Hoàng  Thị Ngọc Hương ".normalize("NFD"),
      gender: "FEMALE",
      cccd: "037190000555",
      phone: "+84 333 444 555",
      email: "Huong@Example.vn",
    });
    const result = await registerParticipant(registrationSchema.parse(input), { ipHash: hashIdentifier("198.51.100.7") });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(allKeys(result)).not.toContain("passwordHash");
    const p = await db.participant.findUniqueOrThrow({ where: { id: result.data.participantId }, include: { consents: true } });
    expect(p).toMatchObject({
      fullName: "Hoàng Thị Ngọc Hương".normalize("NFC"),
      fullNameSearch: "hoang thi ngoc huong",
      birthDate: "1990-08-15",
      gender: "FEMALE",
      cccd: "037190000555",
      phone: "0333444555",
      email: "huong@example.vn",
      group: "CBCCVC",
      districtId: f.districtId,
      unitId: f.unitId,
      unitName: "Sở Thông tin và Truyền thông",
      registrationIpHash: hashIdentifier("198.51.100.7"),
    });
    expect(p.registeredAt.toISOString()).toBe("2026-11-29T04:05:06.789Z");
    expect(p.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(p.passwordHash, "matkhau123")).toBe(true);
    expect(p.consents).toHaveLength(1);
    expect(p.consents[0]).toMatchObject({ consentTextId: f.consentV2, version: 2, ipHash: hashIdentifier("198.51.100.7") });
    expect(p.consents[0].acceptedAt.toISOString()).toBe("2026-11-29T04:05:06.789Z");
  } finally {
    restore();
  }
});

test.each([
  ["an outdated consent text", () => ({ consentTextId: f.consentV1 }), "consent"],
  ["a district of no contest", () => ({ districtId: "khong-co" }), "districtId"],
  ["a ward outside the district's list", () => ({ districtId: f.districtWithWardsId, wardName: "Phường Đông Thành" }), "wardName"],
  ["a unit of no contest", () => ({ unitId: "khong-co" }), "unitId"],
])("%s is refused on its field and creates nobody", async (_label, change, fieldName) => {
  const before = await db.participant.count();
  const result = await register(form(f, { cccd: "037090000999", phone: "0799999999", ...change() }));
  expect(result.ok).toBe(false);
  if (!result.ok) expect(Object.keys(result.fieldErrors ?? {})).toEqual([fieldName]);
  expect(await db.participant.count()).toBe(before);
});

test("a ward from the district's list and a typed unit are accepted", async () => {
  const result = await register(
    form(f, {
      cccd: "037090000998",
      phone: "0799999998",
      districtId: f.districtWithWardsId,
      wardName: "Xã Ninh Hải",
      unitId: "KHAC",
      unitName: "Trường THPT Hoa Lư A",
    }),
  );
  expect(result.ok).toBe(true);
  const p = await db.participant.findFirstOrThrow({ where: { cccd: "037090000998" }, select: { wardName: true, unitId: true, unitName: true } });
  expect(p).toEqual({ wardName: "Xã Ninh Hải", unitId: null, unitName: "Trường THPT Hoa Lư A" });
});

test("an unpublished contest takes no registrations", async () => {
  const hidden = await makeContest("an-di", { published: false });
  const result = await register(form(hidden, { cccd: "037090000997", phone: "0799999997" }));
  expect(result).toEqual({ ok: false, error: "Cuộc thi không tồn tại hoặc chưa mở đăng ký." });
  expect(await getRegistrationOptions(hidden.contestId)).toBeNull();
});

test("the duplicate message names neither the account nor its owner", async () => {
  await register(form(f, { fullName: "Trần Thị Bích", gender: "FEMALE", cccd: "037190000321", phone: "0911222333" }));
  const result = await register(form(f, { cccd: "037090000321", phone: "0911222333" }));
  expect(result.ok).toBe(false);
  const text = JSON.stringify(result);
  expect(text).not.toMatch(/Trần|Bích|037190000321/);
  expect(result).toEqual({ ok: false, error: DUPLICATE_PHONE, fieldErrors: { phone: [DUPLICATE_PHONE] } });
});

test("registration options come from the contest's lists, latest consent text first", async () => {
  const options = await getRegistrationOptions(f.contestId);
  expect(options).toMatchObject({
    districts: [
      { id: f.districtId, name: "Thành phố Ninh Bình", wards: [] },
      { id: f.districtWithWardsId, name: "Huyện Hoa Lư", wards: ["Xã Trường Yên", "Xã Ninh Hải"] },
    ],
    units: [{ id: f.unitId, name: "Sở Thông tin và Truyền thông" }],
    consent: { id: f.consentV2, version: 2 },
  });
});

describe("the server action", () => {
  // Per-address limits key on the address behind our proxy (one trusted hop, as behind nginx).
  beforeAll(() => {
    setRateLimitsDisabled(false);
    process.env.TRUSTED_PROXY_HOPS = "1";
  });
  afterAll(() => {
    delete process.env.TRUSTED_PROXY_HOPS;
  });
  afterAll(() => setRateLimitsDisabled(process.env.RATE_LIMIT_DISABLED === "1"));

  test("validates again on the server and returns Vietnamese field errors", async () => {
    mockIp = "203.0.113.10";
    const result = await registerAction(form(f, { cccd: "123", consent: false }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { cccd: ["Số CCCD phải gồm đúng 12 chữ số."], consent: ["Bạn cần đồng ý với việc xử lý dữ liệu cá nhân để đăng ký."] },
    });
  });

  test("registers, then refuses more tries for the same CCCD with a wait time", async () => {
    mockIp = "203.0.113.11";
    const input = form(f, { cccd: "037090000444", phone: "0944444444" });
    const results = [];
    for (let i = 0; i < 6; i++) results.push(await registerAction({ ...input, phone: `09444444${40 + i}` }));
    expect(results[0].ok).toBe(true);
    expect(results.slice(1, 5).map((r) => !r.ok && r.error)).toEqual(Array(4).fill(DUPLICATE_CCCD));
    const limited = results[5];
    expect(limited.ok).toBe(false);
    if (!limited.ok) {
      expect(limited.error).toMatch(/^Bạn đã thử quá nhiều lần\. Vui lòng thử lại sau \d+ (giây|phút)\.$/);
      expect(limited.retryAfter).toBeGreaterThan(0);
    }
    const stored = await db.participant.findFirstOrThrow({ where: { cccd: "037090000444" }, select: { registrationIpHash: true } });
    expect(stored.registrationIpHash).toBe(hashIdentifier("203.0.113.11"));
  }, 30_000);

  test("refuses an address that registers too often", async () => {
    mockIp = "203.0.113.12";
    const limit = RULES["register-ip"].points;
    const results = [];
    for (let i = 0; i <= limit; i++) results.push(await registerAction(form(f, { cccd: "1", phone: "1" })));
    expect(results.slice(0, limit).every((r) => !r.ok && !("retryAfter" in r))).toBe(true);
    expect(results[limit]).toMatchObject({ ok: false, retryAfter: expect.any(Number) });
  });
});
