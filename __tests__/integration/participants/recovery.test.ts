// Self-service account recovery against a real database (SQLite or PostgreSQL), a real SMTP
// receiver and a real HTTP SMS gateway started here (recovery-servers.ts): the e-mailed link and the
// SMS code end to end, expiry, single use, the wrong-code limit, the rate limits, the neutral
// answer for unknown accounts, and every session ending with the reset.
let mockIp = "203.0.113.10";
jest.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": mockIp }) }));

import { verifyPassword } from "@/lib/auth/password";
import { currentParticipant, setSessionForTests } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { requestPasswordResetAction, resetPasswordByCodeAction, resetPasswordByLinkAction } from "@/lib/participants/actions";
import { CODE_UNUSABLE, LINK_UNUSABLE, recoveryDeliveriesSettled, resetLinkContest } from "@/lib/participants/recovery";
import { MAX_CODE_TRIES } from "@/lib/participants/recovery-rules";
import { registerParticipant } from "@/lib/participants/registration";
import { registrationSchema } from "@/lib/participants/schema";
import { setRateLimitsDisabled } from "@/lib/security/rate-limit";
import { fixedClock, setClock } from "@/lib/time";
import { form, makeContest, type ContestFixture } from "./fixtures";
import { startSmsGateway, startSmtpReceiver, type SmsGatewayServer, type SmtpReceiver } from "./recovery-servers";

const ENV_KEYS = [
  "SMTP_HOST",
  "SMTP_PORT",
  "SMTP_SECURE",
  "SMTP_USER",
  "SMTP_PASS",
  "MAIL_FROM",
  "SMS_GATEWAY_URL",
  "SMS_GATEWAY_TOKEN",
  "SMS_BRANDNAME",
  "PUBLIC_URL",
  "TRUSTED_PROXY_HOPS",
];
const savedEnv = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));

let f: ContestFixture;
let smtp: SmtpReceiver;
let sms: SmsGatewayServer;
let seq = 0;
let ipSeq = 0;

/** A fresh participant (own CCCD and phone, so the per-account request limit starts at zero). */
async function participant(email = "") {
  seq += 1;
  const n = String(seq).padStart(6, "0");
  const input = form(f, { cccd: `037090${n}`, phone: `0913${n}`, email });
  const r = await registerParticipant(registrationSchema.parse(input), { ipHash: null });
  if (!r.ok) throw new Error(r.error);
  return { id: r.data.participantId, cccd: `037090${n}`, phone: `0913${n}`, email: email.toLowerCase() };
}

/** Each test calls from its own address, so the per-source limits of one do not reach another. */
function newSource() {
  ipSeq += 1;
  mockIp = `198.51.100.${ipSeq}`;
}

const request = (identifier: string) => requestPasswordResetAction({ contestId: f.contestId, identifier });
const byCode = (identifier: string, code: string, password = "moi-matkhau-1") =>
  resetPasswordByCodeAction({ contestId: f.contestId, identifier, code, password, passwordConfirm: password });
const isResetLinkUsable = async (token: string) => (await resetLinkContest(token)) !== null;
const byLink = (token: string, password = "moi-matkhau-1") => resetPasswordByLinkAction({ token, password, passwordConfirm: password });

async function lastMailTo(address: string) {
  await recoveryDeliveriesSettled();
  const mail = smtp.messages.filter((m) => m.to && !Array.isArray(m.to) && m.to.value.some((v) => v.address === address)).at(-1);
  if (!mail) throw new Error(`no e-mail to ${address}`);
  const link = /http:\/\/cuocthi\.test\/dat-lai-mat-khau\?token=([A-Za-z0-9_-]+)/.exec(mail.text ?? "");
  if (!link) throw new Error("no reset link in the e-mail");
  return { mail, token: link[1] };
}

async function lastCodeTo(phone: string) {
  await recoveryDeliveriesSettled();
  const req = sms.requests.filter((r) => r.body.to === `84${phone.slice(1)}`).at(-1);
  if (!req) throw new Error(`no SMS to ${phone}`);
  return { req, code: /\b(\d{6})\b/.exec(req.body.text)![1] };
}

beforeAll(async () => {
  [smtp, sms] = await Promise.all([startSmtpReceiver(), startSmsGateway()]);
  Object.assign(process.env, {
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(smtp.port),
    SMTP_SECURE: "false",
    SMTP_USER: smtp.user,
    SMTP_PASS: smtp.pass,
    MAIL_FROM: "Ban Tổ chức cuộc thi <bantochuc@cuocthi.test>",
    SMS_GATEWAY_URL: sms.url,
    SMS_GATEWAY_TOKEN: "gateway-token-123",
    SMS_BRANDNAME: "SO KHCN",
    PUBLIC_URL: "http://cuocthi.test",
    TRUSTED_PROXY_HOPS: "1",
  });
  setRateLimitsDisabled(false);
  f = await makeContest("khoi-phuc");
  await db.contest.update({ where: { id: f.contestId }, data: { hotline: "0229 3871 234", contactEmail: "bantochuc@sokhcn.test" } });
});

beforeEach(newSource);

afterAll(async () => {
  await recoveryDeliveriesSettled();
  setRateLimitsDisabled(process.env.RATE_LIMIT_DISABLED === "1");
  setSessionForTests(undefined);
  for (const k of ENV_KEYS) {
    if (savedEnv[k] === undefined) delete process.env[k];
    else process.env[k] = savedEnv[k];
  }
  await Promise.all([smtp.close(), sms.close()]);
});

test("by e-mail: the link arrives through SMTP (Vietnamese text and HTML), sets the password once and ends every session", async () => {
  const p = await participant("An.Nguyen@Example.vn");
  const other = await participant();
  setSessionForTests({ id: p.id, kind: "participant", contestId: f.contestId, name: "An", sessionVersion: 0 });
  expect((await currentParticipant())?.id).toBe(p.id);

  expect(await request("an.nguyen@example.vn")).toEqual({ ok: true, data: undefined });
  const { mail, token } = await lastMailTo(p.email);
  expect(mail.from?.text).toContain("bantochuc@cuocthi.test");
  expect(mail.subject).toBe("Đặt lại mật khẩu – Cuộc thi khoi-phuc");
  expect(mail.text).toContain("Xin chào Nguyễn Văn An,");
  expect(mail.text).toContain("trong vòng 30 phút");
  expect(mail.text).toContain("đường dây nóng 0229 3871 234, email bantochuc@sokhcn.test");
  expect(mail.html).toContain(`href="http://cuocthi.test/dat-lai-mat-khau?token=${token}"`);

  // Only a keyed hash of the token is stored.
  const rows = await db.passwordReset.findMany({ where: { participantId: p.id } });
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ channel: "EMAIL", usedAt: null, voidedAt: null });
  expect(JSON.stringify(rows)).not.toContain(token);
  expect(await resetLinkContest(token)).toEqual({
    id: f.contestId,
    name: "Cuộc thi khoi-phuc",
    hotline: "0229 3871 234",
    contactEmail: "bantochuc@sokhcn.test",
  });

  expect(await byLink(token, "moi-matkhau-1")).toEqual({ ok: true, data: undefined });
  const after = await db.participant.findUniqueOrThrow({ where: { id: p.id }, select: { passwordHash: true, sessionVersion: true } });
  expect(await verifyPassword(after.passwordHash, "moi-matkhau-1")).toBe(true);
  expect(await verifyPassword(after.passwordHash, "matkhau123")).toBe(false);
  expect(after.sessionVersion).toBe(1);
  expect(await currentParticipant()).toBeNull();
  // Another person's account is untouched.
  expect((await db.participant.findUniqueOrThrow({ where: { id: other.id }, select: { sessionVersion: true } })).sessionVersion).toBe(0);

  // Single use: the same link again changes nothing.
  expect(await byLink(token, "lan-hai-12345")).toEqual({ ok: false, error: LINK_UNUSABLE });
  expect(await isResetLinkUsable(token)).toBe(false);
  const again = await db.participant.findUniqueOrThrow({ where: { id: p.id }, select: { passwordHash: true } });
  expect(again.passwordHash).toBe(after.passwordHash);

  // The audit entry says what happened, never the token, the password or its hash.
  const entry = await db.auditLog.findFirstOrThrow({ where: { action: "participant.recover_password", entityId: p.id } });
  expect(entry.actorType).toBe("PARTICIPANT");
  expect(entry.after).toMatchObject({ channel: "EMAIL", sessionsEnded: true });
  const text = JSON.stringify(entry);
  for (const secret of [token, "moi-matkhau-1", after.passwordHash]) expect(text).not.toContain(secret);
}, 30_000);

test("by SMS: the code goes to the JSON gateway with its token and brandname, and sets the password with the phone or the CCCD", async () => {
  const p = await participant();
  expect(await request(p.phone.replace(/^0/, "+84 "))).toEqual({ ok: true, data: undefined });
  const { req, code } = await lastCodeTo(p.phone);
  expect(req.headers.authorization).toBe("Bearer gateway-token-123");
  expect(req.headers["content-type"]).toBe("application/json");
  expect(req.body).toEqual({ to: `84${p.phone.slice(1)}`, text: expect.stringContaining(code), brandname: "SO KHCN" });
  expect(req.body.text).toContain("hieu luc 10 phut");
  expect(JSON.stringify(await db.passwordReset.findMany({ where: { participantId: p.id } }))).not.toContain(code);

  expect(await byCode(p.cccd, code)).toEqual({ ok: true, data: undefined });
  const after = await db.participant.findUniqueOrThrow({ where: { id: p.id }, select: { passwordHash: true, sessionVersion: true } });
  expect(await verifyPassword(after.passwordHash, "moi-matkhau-1")).toBe(true);
  expect(after.sessionVersion).toBe(1);
  expect(await byCode(p.phone, code)).toEqual({ ok: false, error: CODE_UNUSABLE });
}, 30_000);

test("a CCCD sends the link to the registered e-mail when there is one, else the code to the registered phone", async () => {
  const withEmail = await participant("co.email@example.vn");
  const without = await participant();
  const mails = smtp.messages.length;
  const texts = sms.requests.length;
  await request(withEmail.cccd);
  await request(without.cccd);
  await recoveryDeliveriesSettled();
  expect(smtp.messages.length).toBe(mails + 1);
  expect(sms.requests.length).toBe(texts + 1);
  await lastMailTo(withEmail.email);
  await lastCodeTo(without.phone);
});

test("an e-mail shared by two accounts (a family) gets one link for each, naming its person", async () => {
  const a = await participant("gia.dinh@example.vn");
  const b = await participant("gia.dinh@example.vn");
  await db.participant.update({ where: { id: b.id }, data: { fullName: "Nguyễn Thị Bình" } });
  const before = smtp.messages.length;
  await request("gia.dinh@example.vn");
  await recoveryDeliveriesSettled();
  const mails = smtp.messages.slice(before);
  expect(mails.map((m) => /Xin chào ([^,]+),/.exec(m.text ?? "")?.[1]).sort()).toEqual(["Nguyễn Thị Bình", "Nguyễn Văn An"]);
  const tokens = mails.map((m) => /token=([A-Za-z0-9_-]+)/.exec(m.text ?? "")![1]);
  expect(new Set(tokens).size).toBe(2);
  expect(await byLink(tokens[0])).toEqual({ ok: true, data: undefined });
  expect(await isResetLinkUsable(tokens[1])).toBe(true);
  const versions = await db.participant.findMany({ where: { id: { in: [a.id, b.id] } }, select: { sessionVersion: true } });
  expect(versions.map((v) => v.sessionVersion).sort()).toEqual([0, 1]);
});

test("an unknown account gets exactly the same answer, and nothing is stored or sent", async () => {
  const known = await participant("biet@example.vn");
  const [rows, mails, texts] = [await db.passwordReset.count(), smtp.messages.length, sms.requests.length];
  const answers = await Promise.all([request("khongco@example.vn"), request("0987000111"), request("037090999999")]);
  await recoveryDeliveriesSettled();
  expect(await db.passwordReset.count()).toBe(rows);
  expect([smtp.messages.length, sms.requests.length]).toEqual([mails, texts]);
  const knownAnswer = await request(known.email);
  for (const a of answers) expect(a).toEqual(knownAnswer);
  // A reset with a code for an unknown account is refused with the wrong-code message.
  expect(await byCode("0987000111", "123456")).toEqual({ ok: false, error: CODE_UNUSABLE });
});

test("bad input is refused in Vietnamese and sends nothing", async () => {
  const texts = sms.requests.length;
  const r = await request("abc");
  expect(r).toMatchObject({ ok: false, fieldErrors: { identifier: ["Nhập số điện thoại di động, số CCCD (12 chữ số) hoặc email đã dùng khi đăng ký."] } });
  const weak = await resetPasswordByCodeAction({ contestId: f.contestId, identifier: "0912345678", code: "12", password: "ngan", passwordConfirm: "khac" });
  expect(weak).toMatchObject({
    ok: false,
    fieldErrors: { code: ["Mã xác nhận gồm 6 chữ số."], password: ["Mật khẩu cần ít nhất 8 ký tự."], passwordConfirm: ["Mật khẩu nhập lại không khớp."] },
  });
  await recoveryDeliveriesSettled();
  expect(sms.requests.length).toBe(texts);
});

test("a code expires after 10 minutes and a link after 30", async () => {
  const t0 = new Date("2026-12-04T08:00:00.000Z");
  const restore = setClock(fixedClock(t0));
  try {
    const bySms = await participant();
    const byMail = await participant("het.han@example.vn");
    await request(bySms.phone);
    await request(byMail.email);
    const { code } = await lastCodeTo(bySms.phone);
    const { token } = await lastMailTo(byMail.email);

    setClock(fixedClock(new Date(t0.getTime() + 10 * 60_000 + 1)));
    expect(await byCode(bySms.phone, code)).toEqual({ ok: false, error: CODE_UNUSABLE });
    setClock(fixedClock(new Date(t0.getTime() + 29 * 60_000)));
    expect(await isResetLinkUsable(token)).toBe(true);
    setClock(fixedClock(new Date(t0.getTime() + 30 * 60_000 + 1)));
    expect(await isResetLinkUsable(token)).toBe(false);
    expect(await byLink(token)).toEqual({ ok: false, error: LINK_UNUSABLE });
    const rows = await db.participant.findMany({ where: { id: { in: [bySms.id, byMail.id] } }, select: { sessionVersion: true } });
    expect(rows.map((r) => r.sessionVersion)).toEqual([0, 0]);
  } finally {
    restore();
  }
});

test(`after ${MAX_CODE_TRIES} entries a code is void, even the right one; fewer wrong entries leave it working`, async () => {
  const p = await participant();
  await request(p.phone);
  const { code } = await lastCodeTo(p.phone);
  const wrong = code === "000000" ? "111111" : "000000";
  for (let i = 0; i < MAX_CODE_TRIES; i++) expect(await byCode(p.phone, wrong)).toEqual({ ok: false, error: CODE_UNUSABLE });
  expect(await byCode(p.phone, code)).toEqual({ ok: false, error: CODE_UNUSABLE });
  const row = await db.passwordReset.findFirstOrThrow({ where: { participantId: p.id } });
  expect(row.voidedAt).not.toBeNull();
  expect(row.failedTries).toBe(MAX_CODE_TRIES);

  newSource();
  const q = await participant();
  await request(q.phone);
  const second = await lastCodeTo(q.phone);
  const miss = second.code === "000000" ? "111111" : "000000";
  for (let i = 0; i < MAX_CODE_TRIES - 1; i++) await byCode(q.phone, miss);
  expect(await byCode(q.phone, second.code)).toEqual({ ok: true, data: undefined });
}, 30_000);

test("parallel guesses cannot get more comparisons than the code's tries", async () => {
  const p = await participant();
  await request(p.phone);
  const { code } = await lastCodeTo(p.phone);
  const guesses = Array.from({ length: 12 }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, "0"));
  await Promise.all(guesses.map((g) => byCode(p.phone, g)));
  const row = await db.passwordReset.findFirstOrThrow({ where: { participantId: p.id } });
  expect(row.failedTries).toBe(MAX_CODE_TRIES);
  expect(await byCode(p.phone, code)).toEqual({ ok: false, error: CODE_UNUSABLE });
}, 30_000);

test("a newer request voids the older code, and a completed reset voids every other outstanding link or code", async () => {
  const p = await participant("hai.kenh@example.vn");
  await request(p.phone);
  const first = await lastCodeTo(p.phone);
  await request(p.phone);
  const second = await lastCodeTo(p.phone);
  if (first.code !== second.code) expect(await byCode(p.phone, first.code)).toEqual({ ok: false, error: CODE_UNUSABLE });
  await request(p.email);
  const { token } = await lastMailTo(p.email);

  expect(await byCode(p.phone, second.code)).toEqual({ ok: true, data: undefined });
  expect(await isResetLinkUsable(token)).toBe(false);
  const open = await db.passwordReset.count({ where: { participantId: p.id, usedAt: null, voidedAt: null } });
  expect(open).toBe(0);
}, 30_000);

test("requests are limited per account named (3 per half hour, known or not) and per network source", async () => {
  const p = await participant();
  for (let i = 0; i < 3; i++) expect(await request(p.phone)).toEqual({ ok: true, data: undefined });
  const refused = await request(p.phone);
  expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/^Bạn đã thử quá nhiều lần\. Vui lòng thử lại sau \d+ phút\.$/) });
  // An unknown number is limited the same way: the limit tells nothing about who is registered.
  newSource();
  for (let i = 0; i < 3; i++) await request("0987000222");
  expect(await request("0987000222")).toMatchObject({ ok: false, retryAfter: expect.any(Number) });

  newSource();
  const answers = [];
  for (let i = 0; i < 31; i++) answers.push(await request(`09870${String(i).padStart(5, "0")}`));
  expect(answers.slice(0, 30).every((a) => a.ok)).toBe(true);
  expect(answers[30]).toMatchObject({ ok: false, retryAfter: expect.any(Number) });
}, 30_000);

test("reset tries are limited per network source", async () => {
  const answers = [];
  for (let i = 0; i < 31; i++) answers.push(await byCode("0987000333", String(100000 + i)));
  expect(answers.slice(0, 30).every((a) => !a.ok && a.error === CODE_UNUSABLE)).toBe(true);
  expect(answers[30]).toMatchObject({ ok: false, error: expect.stringMatching(/^Bạn đã thử quá nhiều lần/) });
});

test("a gateway answering 500 leaves the answer neutral: the failure is the log's, not the visitor's", async () => {
  const p = await participant();
  sms.setStatus(500);
  try {
    expect(await request(p.phone)).toEqual({ ok: true, data: undefined });
    await recoveryDeliveriesSettled();
  } finally {
    sms.setStatus(200);
  }
  expect(await db.passwordReset.count({ where: { participantId: p.id, usedAt: null, voidedAt: null } })).toBe(1);
});
