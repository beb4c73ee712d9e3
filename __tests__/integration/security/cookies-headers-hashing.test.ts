// Transport and storage controls, checked on the real code paths: the session cookie set by a real
// sign-in through next-auth's route handler (httpOnly, SameSite=Lax, Secure behind https), next-auth's
// CSRF token, the argon2id parameters read back from stored hashes, and the security headers of
// next.config.js.
jest.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "localhost:3000" }),
  cookies: async () => ({ getAll: () => mockCookies.map(([name, value]) => ({ name, value })) }),
}));
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn() }));
let mockCookies: [string, string][] = [];

// @ts-expect-error -- Next.js bundles path-to-regexp without types; it is the matcher behind next.config headers.
import { pathToRegexp } from "next/dist/compiled/path-to-regexp";
import { NextRequest } from "next/server";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { setSessionForTests } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { registerParticipant } from "@/lib/participants/registration";
import { registrationSchema } from "@/lib/participants/schema";
import { setRateLimitsDisabled } from "@/lib/security/rate-limit";
import { createStaffAction } from "@/lib/staff/actions";
import { form, makeContest, type ContestFixture } from "../participants/fixtures";

type RouteModule = typeof import("@/app/api/auth/[...nextauth]/route");
type Ctx = { params: Promise<{ nextauth: string[] }> };
const ctx = (...path: string[]): Ctx => ({ params: Promise.resolve({ nextauth: path }) });

const env = { url: process.env.NEXTAUTH_URL, publicUrl: process.env.PUBLIC_URL, secret: process.env.NEXTAUTH_SECRET };
function restoreEnv(name: "NEXTAUTH_URL" | "PUBLIC_URL" | "NEXTAUTH_SECRET", value: string | undefined) {
  // Assigning undefined to process.env would store the string "undefined".
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

/** The auth route handler as it is built when the public address is `base` (secure cookies are decided at load). */
function loadAuthRoute(base: string, setting: "NEXTAUTH_URL" | "PUBLIC_URL" = "NEXTAUTH_URL"): RouteModule {
  restoreEnv("NEXTAUTH_URL", env.url);
  restoreEnv("PUBLIC_URL", env.publicUrl);
  process.env[setting] = base;
  let mod: RouteModule | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require("@/app/api/auth/[...nextauth]/route") as RouteModule;
  });
  return mod!;
}

interface Cookie {
  name: string;
  value: string;
  attrs: Map<string, string | true>;
}

function parseSetCookie(header: string): Cookie {
  const [pair, ...attrs] = header.split(";").map((s) => s.trim());
  const eq = pair.indexOf("=");
  return {
    name: pair.slice(0, eq),
    value: decodeURIComponent(pair.slice(eq + 1)),
    attrs: new Map<string, string | true>(
      attrs.map((a): [string, string | true] => {
        const i = a.indexOf("=");
        return i < 0 ? [a.toLowerCase(), true] : [a.slice(0, i).toLowerCase(), a.slice(i + 1)];
      }),
    ),
  };
}

/** Signs a staff member in through the real route: CSRF token first, then the credentials post. */
async function staffSignIn(
  route: RouteModule,
  base: string,
  fields: { username: string; password: string },
  opts: { csrf?: "valid" | "missing" | "forged" } = {},
) {
  mockCookies = [];
  const csrfRes: Response = await route.GET(new NextRequest(`${base}/api/auth/csrf`), ctx("csrf"));
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const csrfCookies = csrfRes.headers.getSetCookie().map(parseSetCookie);
  mockCookies = csrfCookies.map((c) => [c.name, c.value]);
  const token = opts.csrf === "missing" ? undefined : opts.csrf === "forged" ? "0".repeat(64) : csrfToken;
  const res: Response = await route.POST(
    new NextRequest(`${base}/api/auth/callback/staff`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": "203.0.113.9" },
      body: new URLSearchParams({ json: "true", ...fields, ...(token ? { csrfToken: token } : {}) }),
    }),
    ctx("callback", "staff"),
  );
  return { res, csrfCookies, cookies: res.headers.getSetCookie().map(parseSetCookie) };
}

let f: ContestFixture;
const STAFF = { username: "bao.mat", password: "mat-khau-bao-mat-2026" };

beforeAll(async () => {
  process.env.NEXTAUTH_SECRET ??= "test-secret-for-security-tests";
  setRateLimitsDisabled(true);
  f = await makeContest("bao-mat");
  await db.staffUser.create({
    data: { username: STAFF.username, fullName: "Cán bộ bảo mật", role: "ADMIN", passwordHash: await hashPassword(STAFF.password) },
  });
});

afterAll(() => {
  setRateLimitsDisabled(process.env.RATE_LIMIT_DISABLED === "1");
  restoreEnv("NEXTAUTH_URL", env.url);
  restoreEnv("PUBLIC_URL", env.publicUrl);
  restoreEnv("NEXTAUTH_SECRET", env.secret);
  setSessionForTests(undefined);
});

describe("the session cookie of a real sign-in", () => {
  test("over http: httpOnly, SameSite=Lax, Path=/, not readable by scripts, with an expiry", async () => {
    const base = "http://localhost:3000";
    const { res, cookies, csrfCookies } = await staffSignIn(loadAuthRoute(base), base, STAFF);
    expect(res.status).toBe(200);
    const session = cookies.find((c) => c.name === "next-auth.session-token");
    expect(session).toBeDefined();
    expect(session!.attrs.get("httponly")).toBe(true);
    expect(String(session!.attrs.get("samesite")).toLowerCase()).toBe("lax");
    expect(session!.attrs.get("path")).toBe("/");
    expect(session!.attrs.has("expires")).toBe(true);
    // The CSRF cookie is httpOnly and SameSite too (the token reaches forms through /api/auth/csrf).
    const csrf = csrfCookies.find((c) => c.name === "next-auth.csrf-token");
    expect(csrf?.attrs.get("httponly")).toBe(true);
    expect(String(csrf?.attrs.get("samesite")).toLowerCase()).toBe("lax");
  });

  test.each(["NEXTAUTH_URL", "PUBLIC_URL"] as const)("behind https (%s https://…): Secure, with the __Secure-/__Host- prefixes", async (setting) => {
    const base = "https://cuocthi.example.gov.vn";
    const { res, cookies, csrfCookies } = await staffSignIn(loadAuthRoute(base, setting), base, STAFF);
    // PUBLIC_URL is the one setting: next-auth is handed it as NEXTAUTH_URL.
    expect(process.env.NEXTAUTH_URL).toBe(base);
    expect(res.status).toBe(200);
    const session = cookies.find((c) => c.name === "__Secure-next-auth.session-token");
    expect(session).toBeDefined();
    expect(session!.attrs.get("secure")).toBe(true);
    expect(session!.attrs.get("httponly")).toBe(true);
    expect(String(session!.attrs.get("samesite")).toLowerCase()).toBe("lax");
    const csrf = csrfCookies.find((c) => c.name === "__Host-next-auth.csrf-token");
    expect(csrf?.attrs.get("secure")).toBe(true);
    expect(csrf?.attrs.get("httponly")).toBe(true);
    // Every cookie the sign-in sets is Secure.
    for (const c of [...cookies, ...csrfCookies]) expect(c.attrs.get("secure")).toBe(true);
  });

  test.each(["missing", "forged"] as const)("a credentials post with a %s CSRF token sets no session", async (csrf) => {
    const base = "http://localhost:3000";
    const { res, cookies } = await staffSignIn(loadAuthRoute(base), base, STAFF, { csrf });
    // next-auth answers with its CSRF refusal (back to the sign-in page, ?csrf=true), not a session.
    const body = (await res.json()) as { url: string };
    expect(new URL(body.url).searchParams.get("csrf")).toBe("true");
    expect(cookies.some((c) => c.name.endsWith("next-auth.session-token"))).toBe(false);
  });
});

describe("password hashing (OWASP: argon2id, m ≥ 19 MiB, t ≥ 2)", () => {
  function params(hash: string) {
    const m = /^\$(argon2(?:id|i|d))\$v=(\d+)\$m=(\d+),t=(\d+),p=(\d+)\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/.exec(hash);
    if (!m) throw new Error(`not a PHC argon2 string: ${hash.slice(0, 20)}…`);
    return { algorithm: m[1], version: Number(m[2]), memoryKiB: Number(m[3]), iterations: Number(m[4]), lanes: Number(m[5]) };
  }

  test("a participant's stored hash, written by registration", async () => {
    const r = await registerParticipant(registrationSchema.parse(form(f)), { ipHash: null });
    if (!r.ok) throw new Error(r.error);
    const { passwordHash } = await db.participant.findUniqueOrThrow({ where: { id: r.data.participantId }, select: { passwordHash: true } });
    const p = params(passwordHash);
    expect(p.algorithm).toBe("argon2id");
    expect(p.version).toBe(19);
    expect(p.memoryKiB).toBeGreaterThanOrEqual(19 * 1024);
    expect(p.iterations).toBeGreaterThanOrEqual(2);
    expect(passwordHash).not.toContain("matkhau123");
    expect(await verifyPassword(passwordHash, "matkhau123")).toBe(true);
    expect(await verifyPassword(passwordHash, "matkhau124")).toBe(false);
  });

  test("a staff account's stored hash, written by the accounts page's action", async () => {
    const admin = await db.staffUser.findUniqueOrThrow({ where: { username: STAFF.username }, select: { id: true } });
    setSessionForTests({ id: admin.id, kind: "staff", role: "ADMIN", name: "admin" });
    const created = await createStaffAction({ username: "thu.ky.moi", fullName: "Thư ký mới", role: "SECRETARY", password: "mat-khau-thu-ky-2026" });
    expect(created.ok).toBe(true);
    const { passwordHash } = await db.staffUser.findUniqueOrThrow({ where: { username: "thu.ky.moi" }, select: { passwordHash: true } });
    const p = params(passwordHash);
    expect(p).toMatchObject({ algorithm: "argon2id", version: 19 });
    expect(p.memoryKiB).toBeGreaterThanOrEqual(19 * 1024);
    expect(p.iterations).toBeGreaterThanOrEqual(2);
    // A fresh salt per hash: the same password never gives the same string.
    expect(await hashPassword("mat-khau-thu-ky-2026")).not.toBe(passwordHash);
  });
});

describe("next.config.js security headers", () => {
  type Header = { key: string; value: string };
  type Rule = { source: string; headers: Header[] };
  async function loadRules(base: string, setting: "NEXTAUTH_URL" | "PUBLIC_URL"): Promise<{ rules: Rule[]; poweredByHeader?: boolean }> {
    restoreEnv("NEXTAUTH_URL", env.url);
    restoreEnv("PUBLIC_URL", env.publicUrl);
    process.env[setting] = base;
    let config: { headers(): Promise<Rule[]>; poweredByHeader?: boolean } | undefined;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      config = require("../../../next.config.js");
    });
    return { rules: await config!.headers(), poweredByHeader: config!.poweredByHeader };
  }

  /** The headers a path gets: every rule whose source matches it (as Next.js matches), each header once. */
  async function headersFor(base: string, setting: "NEXTAUTH_URL" | "PUBLIC_URL" = "NEXTAUTH_URL", path = "/"): Promise<Map<string, string>> {
    const { rules, poweredByHeader } = await loadRules(base, setting);
    expect(poweredByHeader).toBe(false);
    const out = new Map<string, string>();
    for (const rule of rules.filter((r) => pathToRegexp(r.source, [], {}).test(path))) {
      for (const h of rule.headers) {
        // A header set by two matching rules would be sent twice (both policies enforced): never.
        expect({ path, duplicate: out.has(h.key.toLowerCase()) ? h.key : null }).toEqual({ path, duplicate: null });
        out.set(h.key.toLowerCase(), h.value);
      }
    }
    return out;
  }

  test("CSP, framing, sniffing and referrer headers on every path", async () => {
    const h = await headersFor("http://localhost:3000");
    const csp = new Map(
      (h.get("content-security-policy") ?? "").split(";").map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'self'"]);
    expect(csp.get("form-action")).toEqual(["'self'"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
    // No script from another origin, no eval.
    expect(csp.get("script-src")).not.toContain("'unsafe-eval'");
    expect(csp.get("script-src")?.every((s) => s.startsWith("'"))).toBe(true);
    expect(h.get("x-frame-options")).toBe("DENY");
    expect(h.get("x-content-type-options")).toBe("nosniff");
    expect(h.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(h.get("permissions-policy")).toMatch(/camera=\(\)/);
    // HSTS only makes sense (and is only sent) behind https.
    expect(h.has("strict-transport-security")).toBe(false);
  });

  test.each(["/", "/tai-lieu", "/cuoc-thi/chuyen-doi-so-2023/tai-lieu", "/quan-tri/cau-hoi", "/api/attempts/x/answers", "/chung-nhan/AbC"])(
    "%s gets the page policy with object-src 'none' and the other headers",
    async (path) => {
      const h = await headersFor("http://localhost:3000", "NEXTAUTH_URL", path);
      expect(h.get("content-security-policy")).toContain("object-src 'none'");
      expect(h.get("content-security-policy")).toContain("script-src 'self' 'unsafe-inline'");
      expect(h.get("x-frame-options")).toBe("DENY");
      expect(h.get("x-content-type-options")).toBe("nosniff");
    },
  );

  test("an uploaded study document (/tai-lieu/<id>) gets its own policy: only itself, so a browser's PDF viewer may show it", async () => {
    const h = await headersFor("http://localhost:3000", "NEXTAUTH_URL", "/tai-lieu/cmx9gn8sn00082p7d1lm4tgtq");
    const policy = h.get("content-security-policy") ?? "";
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("object-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain("script-src");
    expect(h.get("x-frame-options")).toBe("DENY");
    expect(h.get("x-content-type-options")).toBe("nosniff");
  });

  test.each(["NEXTAUTH_URL", "PUBLIC_URL"] as const)("behind https (%s) the headers add HSTS", async (setting) => {
    const h = await headersFor("https://cuocthi.example.gov.vn", setting);
    expect(h.get("strict-transport-security")).toMatch(/^max-age=(\d+)/);
    expect(Number(/max-age=(\d+)/.exec(h.get("strict-transport-security")!)![1])).toBeGreaterThanOrEqual(15_552_000);
  });
});
