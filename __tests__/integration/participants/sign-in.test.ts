// Participant sign-in through next-auth's route: the rate limits answer 429 with Retry-After and a
// Vietnamese message, per identifier and per IP, before any password is checked; a registered
// participant signs in with CCCD or phone.
jest.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "localhost:3000" }),
  cookies: async () => ({ getAll: () => mockCookies.map(([name, value]) => ({ name, value })) }),
}));
let mockCookies: [string, string][] = [];

import { NextRequest } from "next/server";
import { POST, GET } from "@/app/api/auth/[...nextauth]/route";
import { registerParticipant } from "@/lib/participants/registration";
import { registrationSchema } from "@/lib/participants/schema";
import { setRateLimitsDisabled } from "@/lib/security/rate-limit";
import { form, makeContest, type ContestFixture } from "./fixtures";

const ctx = (...path: string[]) => ({ params: Promise.resolve({ nextauth: path }) });
const post = (req: NextRequest, ...path: string[]): Promise<Response> => POST(req, ctx(...path));
let f: ContestFixture;

function signInRequest(fields: Record<string, string>, ip: string): NextRequest {
  return new NextRequest("http://localhost:3000/api/auth/callback/participant", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": ip },
    body: new URLSearchParams({ json: "true", ...fields }),
  });
}

/** The cookies a response sets, decoded as Next's cookies() would hand them to next-auth. */
function cookiesOf(res: Response): [string, string][] {
  return res.headers.getSetCookie().map((c) => {
    const [name, ...rest] = c.split(";")[0].split("=");
    return [name, decodeURIComponent(rest.join("="))];
  });
}

const env = { url: process.env.NEXTAUTH_URL, secret: process.env.NEXTAUTH_SECRET };
beforeAll(async () => {
  process.env.NEXTAUTH_URL = "http://localhost:3000";
  process.env.NEXTAUTH_SECRET ??= "test-secret-for-sign-in";
  setRateLimitsDisabled(false);
  f = await makeContest("dang-nhap");
  const r = await registerParticipant(registrationSchema.parse(form(f)), { ipHash: null });
  if (!r.ok) throw new Error(r.error);
});
afterAll(() => {
  setRateLimitsDisabled(process.env.RATE_LIMIT_DISABLED === "1");
  // Assigning undefined to process.env would store the string "undefined".
  if (env.url === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = env.url;
  if (env.secret === undefined) delete process.env.NEXTAUTH_SECRET;
  else process.env.NEXTAUTH_SECRET = env.secret;
});

// The sign-in limits (failures only, per identity and source) are tested in
// integration/security/brute-force.test.ts.

test("a registered participant signs in with the phone number and password (session cookie set)", async () => {
  mockCookies = [];
  const csrfRes = await GET(new NextRequest("http://localhost:3000/api/auth/csrf"), ctx("csrf"));
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  mockCookies = cookiesOf(csrfRes);
  const req = signInRequest({ contestId: f.contestId, identifier: "0912 345 678", password: "matkhau123", csrfToken }, "203.0.113.77");
  const res = await post(req, "callback", "participant");
  expect(res.status).toBe(200);
  const body = (await res.json()) as { url: string };
  expect(new URL(body.url).searchParams.get("error")).toBeNull();
  expect(res.headers.getSetCookie().some((c) => c.startsWith("next-auth.session-token="))).toBe(true);
});

test("an unknown identifier gets the same Vietnamese message as a wrong password", async () => {
  mockCookies = [];
  const csrfRes = await GET(new NextRequest("http://localhost:3000/api/auth/csrf"), ctx("csrf"));
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  mockCookies = cookiesOf(csrfRes);
  const req = signInRequest({ contestId: f.contestId, identifier: "0999999999", password: "matkhau123", csrfToken }, "203.0.113.78");
  const res = await post(req, "callback", "participant");
  const body = (await res.json()) as { url: string };
  expect(new URL(body.url).searchParams.get("error")).toBe("Số CCCD/số điện thoại hoặc mật khẩu không đúng.");
});
