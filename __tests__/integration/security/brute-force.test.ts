// Password guessing against staff accounts: the account locks for 15 minutes after 5 wrong
// passwords (even the right password is refused meanwhile, with a Vietnamese message), and one
// address gets 429 with Retry-After after 10 staff sign-in posts in 5 minutes, before any password
// is checked. (Participants' sign-in and registration limits: participants/sign-in.test.ts and
// registration.test.ts; attempt start: attempts/start.test.ts.)
jest.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "localhost:3000" }),
  cookies: async () => ({ getAll: () => [] }),
}));

import { NextRequest } from "next/server";
import { POST } from "@/app/api/auth/[...nextauth]/route";
import { authenticateStaff, STAFF_LOCK_MINUTES, STAFF_MAX_FAILURES } from "@/lib/auth/credentials";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { RULES, setRateLimitsDisabled } from "@/lib/security/rate-limit";
import { fixedClock, setClock } from "@/lib/time";

const PASSWORD = "mat-khau-dung-2026";

beforeAll(async () => {
  process.env.NEXTAUTH_URL = "http://localhost:3000";
  process.env.NEXTAUTH_SECRET ??= "test-secret-for-brute-force";
  await db.staffUser.create({ data: { username: "giam.khao.a", fullName: "Giám khảo A", role: "JURY", passwordHash: await hashPassword(PASSWORD) } });
});

afterAll(() => setRateLimitsDisabled(process.env.RATE_LIMIT_DISABLED === "1"));

test(`${STAFF_MAX_FAILURES} wrong passwords lock the account for ${STAFF_LOCK_MINUTES} minutes, then the right one works again`, async () => {
  const t0 = new Date("2026-11-29T04:00:00Z");
  setClock(fixedClock(t0));
  for (let i = 1; i < STAFF_MAX_FAILURES; i++) expect(await authenticateStaff("giam.khao.a", `sai-${i}`)).toEqual({ ok: false, error: "Tên đăng nhập hoặc mật khẩu không đúng." });
  expect(await authenticateStaff("giam.khao.a", "sai-cuoi")).toEqual({ ok: false, error: expect.stringMatching(/tài khoản bị tạm khóa 15 phút/) });
  // Locked: the right password is refused too, so guessing on cannot succeed.
  setClock(fixedClock(new Date(t0.getTime() + 14 * 60_000)));
  expect(await authenticateStaff("giam.khao.a", PASSWORD)).toEqual({ ok: false, error: expect.stringMatching(/^Tài khoản tạm khóa .* 1 phút\.$/) });
  setClock(fixedClock(new Date(t0.getTime() + (STAFF_LOCK_MINUTES * 60 + 1) * 1000)));
  expect(await authenticateStaff("giam.khao.a", PASSWORD)).toMatchObject({ ok: true });
  expect(await db.staffUser.findUniqueOrThrow({ where: { username: "giam.khao.a" }, select: { failedLogins: true, lockedUntil: true } })).toEqual({ failedLogins: 0, lockedUntil: null });
});

test("an unknown username costs a password check too, and locks nothing", async () => {
  await authenticateStaff("khong.ton.tai", "lan-dau"); // the dummy hash is made once
  const started = performance.now();
  expect(await authenticateStaff("khong.ton.tai", "bat-ky")).toEqual({ ok: false, error: "Tên đăng nhập hoặc mật khẩu không đúng." });
  // argon2id with 19 MiB: a real verification, not an instant "no such user".
  expect(performance.now() - started).toBeGreaterThan(5);
  expect(await db.staffUser.count({ where: { lockedUntil: { not: null } } })).toBe(0);
});

test("staff sign-in posts from one address are limited: 429 with Retry-After before any password check", async () => {
  setRateLimitsDisabled(false);
  const post = (ip: string) =>
    POST(
      new NextRequest("http://localhost:3000/api/auth/callback/staff", {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": ip },
        body: new URLSearchParams({ json: "true", username: "giam.khao.a", password: "doan-mo" }),
      }),
      { params: Promise.resolve({ nextauth: ["callback", "staff"] }) },
    );
  const limit = RULES["staff-signin-ip"].points;
  const statuses: number[] = [];
  for (let i = 0; i < limit; i++) statuses.push((await post("198.51.100.200")).status);
  expect(statuses).not.toContain(429);
  const refused = await post("198.51.100.200");
  expect(refused.status).toBe(429);
  expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
  expect(await refused.json()).toMatchObject({ error: expect.stringMatching(/^Bạn đã thử quá nhiều lần/) });
  // Another address is not affected.
  expect((await post("198.51.100.201")).status).not.toBe(429);
});
