// Password guessing (docs/SECURITY.md §4), through next-auth's route as a browser posts: only wrong
// passwords count, per identity (as authentication spells it) AND source, with a growing wait then
// a short block; the owner from another network still gets in; a coarse per-source limit stands
// against spraying; X-Forwarded-For is believed only with TRUSTED_PROXY_HOPS; every staff sign-in
// is audited with a keyed IP hash. On PostgreSQL the counters live in the shared store
// (RATE_LIMIT_STORE=postgres). The pure rules: unit/security/sign-in-rules.test.ts.
jest.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "localhost:3000" }),
  cookies: async () => ({ getAll: () => mockCookies.map(([name, value]) => ({ name, value })) }),
}));
let mockCookies: [string, string][] = [];

import { NextRequest } from "next/server";
import { GET, POST } from "@/app/api/auth/[...nextauth]/route";
import { verifyAuditLog } from "@/lib/audit/log";
import { authenticateStaff } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { registerParticipant } from "@/lib/participants/registration";
import { registrationSchema } from "@/lib/participants/schema";
import { consume, RULES, setRateLimitsDisabled } from "@/lib/security/rate-limit";
import { clientIp, hashIdentifier } from "@/lib/security/request";
import { BLOCK_AFTER_FAILURES, BLOCK_SEC, FREE_FAILURES, SOURCE_FAILURE_LIMIT, waitAfterFailures } from "@/lib/security/sign-in-rules";
import { form, makeContest, type ContestFixture } from "../participants/fixtures";

const STAFF_PASSWORD = "mat-khau-dung-2026";
const PARTICIPANT_PASSWORD = "matkhau123"; // fixtures.ts form()
const onPostgres = process.env.TEST_DATABASE === "postgresql";
const ctx = (...path: string[]) => ({ params: Promise.resolve({ nextauth: path }) });
let f: ContestFixture;
let csrfToken = "";

// The limits' clock is Date.now (rate-limiter-flexible, both stores): tests move it forward
// instead of waiting out real delays.
const realNow = Date.now.bind(Date);
let offsetMs = 0;
const later = (sec: number) => {
  offsetMs += sec * 1000 + 1;
};

type Sent = { status: number; retryAfter: number; error: string | null; body: Record<string, unknown> };

async function send(provider: "participant" | "staff", fields: Record<string, string>, xff?: string): Promise<Sent> {
  const headers: Record<string, string> = { "Content-Type": "application/x-www-form-urlencoded" };
  if (xff !== undefined) headers["X-Forwarded-For"] = xff;
  const res = await POST(
    new NextRequest(`http://localhost:3000/api/auth/callback/${provider}`, {
      method: "POST",
      headers,
      body: new URLSearchParams({ json: "true", csrfToken, ...fields }),
    }),
    ctx("callback", provider),
  );
  const body = (await res.json()) as Record<string, unknown>;
  const error = typeof body.url === "string" ? new URL(body.url).searchParams.get("error") : null;
  return { status: res.status, retryAfter: Number(res.headers.get("Retry-After") ?? 0), error, body };
}

const participant = (identifier: string, password: string, xff?: string) => send("participant", { contestId: f.contestId, identifier, password }, xff);
const staff = (username: string, password: string, xff?: string) => send("staff", { username, password }, xff);
const signedIn = (r: Sent) => r.status === 200 && r.error === null && typeof r.body.url === "string";
/** next-auth answers a wrong password with 401 and the Vietnamese error in the URL. */
const failedSignIn = (r: Sent) => r.status === 401 && !!r.error && /không đúng/.test(r.error);

/** Fails from one source, moving the clock past each wait, until the block starts. */
async function failUntilBlocked(attempt: () => Promise<Sent>): Promise<void> {
  for (let i = 1; i <= BLOCK_AFTER_FAILURES; i++) {
    expect(failedSignIn(await attempt())).toBe(true);
    if (i < BLOCK_AFTER_FAILURES) later(waitAfterFailures(i));
  }
}

const env = { url: process.env.NEXTAUTH_URL, secret: process.env.NEXTAUTH_SECRET, hops: process.env.TRUSTED_PROXY_HOPS, store: process.env.RATE_LIMIT_STORE };
const restore = (name: string, value: string | undefined) => {
  // Assigning undefined to process.env would store the string "undefined".
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
};

beforeAll(async () => {
  process.env.NEXTAUTH_URL = "http://localhost:3000";
  process.env.NEXTAUTH_SECRET ??= "test-secret-for-brute-force";
  if (onPostgres) process.env.RATE_LIMIT_STORE = "postgres";
  jest.spyOn(Date, "now").mockImplementation(() => realNow() + offsetMs);
  await db.staffUser.create({ data: { username: "giam.khao.a", fullName: "Giám khảo A", role: "JURY", passwordHash: await hashPassword(STAFF_PASSWORD) } });
  f = await makeContest("vet-can");
  const r = await registerParticipant(registrationSchema.parse(form(f)), { ipHash: null });
  if (!r.ok) throw new Error(r.error);
  const csrfRes: Response = await GET(new NextRequest("http://localhost:3000/api/auth/csrf"), ctx("csrf"));
  csrfToken = ((await csrfRes.json()) as { csrfToken: string }).csrfToken;
  mockCookies = csrfRes.headers.getSetCookie().map((c) => {
    const [name, ...rest] = c.split(";")[0].split("=");
    return [name, decodeURIComponent(rest.join("="))];
  });
});

beforeEach(() => {
  process.env.TRUSTED_PROXY_HOPS = "1";
  setRateLimitsDisabled(false); // fresh limiters
  later(BLOCK_SEC + 3600); // and every earlier count expired (a shared store keeps rows)
});

afterAll(() => {
  jest.restoreAllMocks();
  setRateLimitsDisabled(process.env.RATE_LIMIT_DISABLED === "1");
  restore("NEXTAUTH_URL", env.url);
  restore("NEXTAUTH_SECRET", env.secret);
  restore("TRUSTED_PROXY_HOPS", env.hops);
  restore("RATE_LIMIT_STORE", env.store);
});

describe("participant sign-in", () => {
  test("spellings of one identity share one allowance (spaces, +84, 84, dots)", async () => {
    const spellings = ["0912345678", "0912 345 678", "+84912345678", "84 912 345 678", "0912.345.678"];
    const results = [];
    for (const s of spellings) results.push(await participant(s, "sai-mat-khau", "198.51.100.10"));
    // FREE_FAILURES free, the next wrong one starts a wait: the fifth spelling meets it.
    expect(results.slice(0, FREE_FAILURES + 1).map(failedSignIn)).toEqual(Array(FREE_FAILURES + 1).fill(true));
    expect(results[FREE_FAILURES + 1]).toMatchObject({ status: 429, retryAfter: waitAfterFailures(FREE_FAILURES + 1) });
    // CCCD spellings too.
    await participant("037 090 000 123", "sai", "198.51.100.11");
    await participant(" 037090000123 ", "sai", "198.51.100.11");
    await participant("037090 000123", "sai", "198.51.100.11");
    await participant("0370 9000 0123", "sai", "198.51.100.11");
    expect((await participant("037090000123", PARTICIPANT_PASSWORD, "198.51.100.11")).status).toBe(429);
  }, 60_000);

  test("ten correct sign-ins in a row all succeed", async () => {
    const results = [];
    for (let i = 0; i < 10; i++) results.push(await participant("037090000123", PARTICIPANT_PASSWORD, "198.51.100.20"));
    expect(results.map(signedIn)).toEqual(Array(10).fill(true));
  }, 60_000);

  test("after an attacker's failures from source A, the owner from source B signs in at once", async () => {
    await failUntilBlocked(() => participant("037090000123", "doan-mo", "203.0.113.66"));
    // The attacker's source is blocked, even with the right password...
    expect(await participant("037090000123", PARTICIPANT_PASSWORD, "203.0.113.66")).toMatchObject({ status: 429, retryAfter: BLOCK_SEC });
    // ...the owner on their own network is not.
    expect(signedIn(await participant("037090000123", PARTICIPANT_PASSWORD, "198.51.100.30"))).toBe(true);
  }, 60_000);

  test("repeated failures from one source are slowed (1, 2, 4 … s), then blocked, with a Vietnamese message and Retry-After", async () => {
    const waits: number[] = [];
    for (let i = 1; i <= BLOCK_AFTER_FAILURES; i++) {
      // Each try comes once the previous wait is over, and is answered (a wrong password).
      expect(failedSignIn(await participant("0912345678", `sai-${i}`, "198.51.100.40"))).toBe(true);
      if (i <= FREE_FAILURES) continue; // the next try is the next failure: no wait
      const refused = await participant("0912345678", "sai-them", "198.51.100.40");
      expect(refused.status).toBe(429);
      expect(refused.body).toEqual({
        ok: false,
        error: expect.stringMatching(/^Bạn đã thử quá nhiều lần\. Vui lòng thử lại sau \d+ (giây|phút)\.$/),
        code: "TOO_MANY_ATTEMPTS",
        retryAfter: refused.retryAfter,
      });
      waits.push(refused.retryAfter);
      if (i < BLOCK_AFTER_FAILURES) later(refused.retryAfter);
    }
    expect(FREE_FAILURES).toBe(3);
    expect(waits).toEqual([1, 2, 4, 8, 16, 30, BLOCK_SEC]);
    expect(BLOCK_SEC).toBe(300);
    const blocked = await participant("0912345678", PARTICIPANT_PASSWORD, "198.51.100.40");
    expect(blocked.status).toBe(429);
    expect(blocked.body.error).toBe("Bạn đã thử quá nhiều lần. Vui lòng thử lại sau 5 phút.");
    // A short block: afterwards the right password gets in.
    later(BLOCK_SEC);
    expect(signedIn(await participant("0912345678", PARTICIPANT_PASSWORD, "198.51.100.40"))).toBe(true);
  }, 60_000);

  test("a success clears the failures", async () => {
    for (let i = 0; i <= FREE_FAILURES; i++) await participant("0912345678", "sai", "198.51.100.50");
    expect((await participant("0912345678", "sai", "198.51.100.50")).status).toBe(429);
    later(waitAfterFailures(FREE_FAILURES + 1));
    expect(signedIn(await participant("0912345678", PARTICIPANT_PASSWORD, "198.51.100.50"))).toBe(true);
    // Counted from zero again: FREE_FAILURES + 1 wrong tries in a row are answered, not refused.
    const again = [];
    for (let i = 0; i <= FREE_FAILURES; i++) again.push(failedSignIn(await participant("0912345678", "sai", "198.51.100.50")));
    expect(again).toEqual(Array(FREE_FAILURES + 1).fill(true));
  }, 60_000);

  test("spraying many identities from one address meets the per-source limit; other addresses do not", async () => {
    const limit = SOURCE_FAILURE_LIMIT.participant;
    const statuses: number[] = [];
    for (let i = 0; i < limit; i++) statuses.push((await participant(`09${String(i).padStart(8, "0")}`, "x", "192.0.2.50")).status);
    expect(statuses).not.toContain(429);
    const refused = await participant("0912345678", PARTICIPANT_PASSWORD, "192.0.2.50");
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).toBeGreaterThan(0);
    expect(signedIn(await participant("0912345678", PARTICIPANT_PASSWORD, "192.0.2.51"))).toBe(true);
  }, 180_000);
});

describe("which source X-Forwarded-For names", () => {
  test("with TRUSTED_PROXY_HOPS unset it is ignored: invented addresses share one source, which only holds the owner a moment", async () => {
    delete process.env.TRUSTED_PROXY_HOPS;
    for (let i = 0; i <= FREE_FAILURES; i++) await participant("0912345678", "sai", `198.51.100.${60 + i}`);
    // A fresh invented address gets no fresh allowance: the wait applies (as a hold, not a refusal).
    const started = realNow();
    const held = await participant("0912345678", "sai", "198.51.100.99");
    expect(failedSignIn(held)).toBe(true);
    expect(realNow() - started).toBeGreaterThanOrEqual(900);
    // Past the point where a known source would be blocked, the owner still gets in.
    for (let i = FREE_FAILURES + 2; i <= BLOCK_AFTER_FAILURES + 2; i++) {
      later(waitAfterFailures(i));
      await participant("0912345678", "sai", `198.51.100.${60 + i}`);
    }
    expect(signedIn(await participant("0912345678", PARTICIPANT_PASSWORD))).toBe(true);
  }, 60_000);

  test("with TRUSTED_PROXY_HOPS=1 the right-most entry is the source; what the client wrote left of it is not", async () => {
    for (let i = 0; i <= FREE_FAILURES; i++) await participant("0912345678", "sai", `10.0.0.${i}, 198.51.100.70`);
    expect((await participant("0912345678", PARTICIPANT_PASSWORD, "10.9.9.9, 198.51.100.70")).status).toBe(429);
    // The owner's address, with the same invented left part: a different source.
    expect(signedIn(await participant("0912345678", PARTICIPANT_PASSWORD, "10.0.0.1, 198.51.100.71"))).toBe(true);
  }, 60_000);

  test("without a trusted proxy the per-address rules of registration and attempt start do not become one site-wide limit", async () => {
    delete process.env.TRUSTED_PROXY_HOPS;
    const source = clientIp(new Headers({ "x-forwarded-for": "198.51.100.120" }));
    expect(source).toBe("unknown");
    const limit = RULES["start-ip"].points;
    const everyone = [];
    for (let i = 0; i <= limit; i++) everyone.push((await consume("start-ip", source)).ok);
    expect(everyone).toEqual(Array(limit + 1).fill(true));
    // A known address still meets its limit.
    const one = [];
    for (let i = 0; i <= limit; i++) one.push((await consume("start-ip", "198.51.100.120")).ok);
    expect(one.slice(0, limit)).toEqual(Array(limit).fill(true));
    expect(one[limit]).toBe(false);
  });
});

describe("staff sign-in", () => {
  test("the account is not locked: after many wrong passwords the right one works from another source", async () => {
    // Direct calls (no source) never lock either: the old 5-failure lockout is gone.
    for (let i = 0; i < 6; i++)
      expect(await authenticateStaff("giam.khao.a", `sai-${i}`)).toEqual({ ok: false, error: "Tên đăng nhập hoặc mật khẩu không đúng." });
    expect(await authenticateStaff("giam.khao.a", STAFF_PASSWORD)).toMatchObject({ ok: true });
    await failUntilBlocked(() => staff("Giam.Khao.A ", "doan-mo", "203.0.113.80"));
    expect(await staff("giam.khao.a", STAFF_PASSWORD, "203.0.113.80")).toMatchObject({ status: 429, retryAfter: BLOCK_SEC });
    expect(signedIn(await staff("giam.khao.a", STAFF_PASSWORD, "198.51.100.81"))).toBe(true);
  }, 60_000);

  test("many usernames from one address meet the per-source limit: 429 with Retry-After before any password check", async () => {
    const limit = SOURCE_FAILURE_LIMIT.staff;
    const statuses: number[] = [];
    for (let i = 0; i < limit; i++) statuses.push((await staff(`doan-${i}`, "x", "198.51.100.200")).status);
    expect(statuses).not.toContain(429);
    const auditsBefore = await db.auditLog.count();
    const refused = await staff("giam.khao.a", STAFF_PASSWORD, "198.51.100.200");
    expect(refused.status).toBe(429);
    expect(refused.retryAfter).toBeGreaterThan(0);
    expect(refused.body).toMatchObject({ error: expect.stringMatching(/^Bạn đã thử quá nhiều lần/) });
    expect(await db.auditLog.count()).toBe(auditsBefore + 1);
    expect(signedIn(await staff("giam.khao.a", STAFF_PASSWORD, "198.51.100.201"))).toBe(true);
  }, 60_000);

  test("an unknown username costs a password check too, and creates nothing", async () => {
    await authenticateStaff("khong.ton.tai", "lan-dau"); // the dummy hash is made once
    const accounts = await db.staffUser.count();
    const started = performance.now();
    expect(await authenticateStaff("khong.ton.tai", "bat-ky")).toEqual({ ok: false, error: "Tên đăng nhập hoặc mật khẩu không đúng." });
    // argon2id with 19 MiB: a real verification, not an instant "no such user".
    expect(performance.now() - started).toBeGreaterThan(5);
    expect(await db.staffUser.count()).toBe(accounts);
  });

  test("every staff sign-in is audited with a keyed IP hash and never the password; the chain stays intact", async () => {
    const staffId = (await db.staffUser.findUniqueOrThrow({ where: { username: "giam.khao.a" }, select: { id: true } })).id;
    const accounts = await db.staffUser.count();
    const from = (await db.auditLog.aggregate({ _max: { id: true } }))._max.id ?? 0;
    expect(signedIn(await staff("giam.khao.a", STAFF_PASSWORD, "198.51.100.90"))).toBe(true);
    await staff("giam.khao.a", "sai-bi-mat-1", "198.51.100.91");
    await staff("ai.do.la", "sai-bi-mat-2", "198.51.100.92");
    for (let i = 0; i <= FREE_FAILURES; i++) await staff("giam.khao.a", "sai-bi-mat-3", "198.51.100.93");
    expect((await staff("giam.khao.a", "sai-bi-mat-4", "198.51.100.93")).status).toBe(429);
    // Refused again during the same wait: not audited again (a script must not flood the log).
    expect((await staff("giam.khao.a", "sai-bi-mat-5", "198.51.100.93")).status).toBe(429);
    const rows = await db.auditLog.findMany({ where: { id: { gt: from } }, orderBy: { id: "asc" } });
    const pick = ({ action, actorType, actorId, actorName, entityType, entityId, after }: (typeof rows)[number]) => ({
      action,
      actorType,
      actorId,
      actorName,
      entityType,
      entityId,
      after,
    });
    const failed = (ip: string, reason: string, over: object = {}) => ({
      action: "staff.sign-in.failed",
      actorType: "STAFF",
      actorId: staffId,
      actorName: "giam.khao.a",
      entityType: "StaffUser",
      entityId: staffId,
      after: { ipHash: hashIdentifier(ip), reason },
      ...over,
    });
    expect(rows.map(pick)).toEqual([
      {
        action: "staff.sign-in",
        actorType: "STAFF",
        actorId: staffId,
        actorName: "giam.khao.a",
        entityType: "StaffUser",
        entityId: staffId,
        after: { ipHash: hashIdentifier("198.51.100.90") },
      },
      failed("198.51.100.91", "wrong-password"),
      failed("198.51.100.92", "unknown-user", { actorId: null, actorName: "ai.do.la", entityId: null }),
      ...Array.from({ length: FREE_FAILURES + 1 }, () => failed("198.51.100.93", "wrong-password")),
      failed("198.51.100.93", "too-many-tries", {
        actorId: null,
        entityId: null,
        after: { ipHash: hashIdentifier("198.51.100.93"), reason: "too-many-tries", retryAfterSec: 1 },
      }),
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/sai-bi-mat|mat-khau-dung|198\.51\.100/);
    expect(await db.staffUser.count()).toBe(accounts);
    expect(await verifyAuditLog()).toMatchObject({ ok: true });
  }, 60_000);
});

test(`the counters are kept in the configured store (${onPostgres ? "PostgreSQL, shared between instances" : "memory"})`, async () => {
  expect(failedSignIn(await participant("0912345678", "sai", "198.51.100.110"))).toBe(true);
  if (onPostgres) {
    const [{ n }] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM rate_limits WHERE key LIKE 'rl_signin_fail:%'`;
    expect(Number(n)).toBeGreaterThan(0);
  } else {
    // Memory: nothing is written to the database.
    expect(await db.$queryRaw<unknown[]>`SELECT name FROM sqlite_master WHERE name = 'rate_limits'`).toEqual([]);
  }
});
