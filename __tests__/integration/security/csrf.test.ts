// CSRF on cookie-authenticated route handlers (docs/SECURITY.md §6). Every route file under app/ is
// found on disk; every POST/PUT/PATCH/DELETE it exports is called as a cross-site page would call
// it with the victim's session (a foreign Origin, a text/plain body, the ADMIN's and a participant's
// session) and must answer 403 with nothing written; from our own origin with a body type a form
// can send it must answer 4xx with nothing written. A new route that skips the gate fails here.
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn(), unstable_cache: <T>(fn: T) => fn }));

import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { startAttempt } from "@/lib/attempts/start";
import { setSessionForTests } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { setRateLimitsDisabled } from "@/lib/security/rate-limit";
import { fixedClock, setClock } from "@/lib/time";
import { caller, client, makeFixture, T0, type Fixture } from "../attempts/fixtures";

type Handler = (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

// Route files whose state-changing methods are not cookie-authenticated route handlers of ours.
const EXEMPT: Record<string, string> = {
  // next-auth's own endpoints: sign-in and sign-out posts carry its double-submit CSRF token
  // (tested in cookies-headers-hashing.test.ts › "a credentials post with a %s CSRF token sets no session").
  "app/api/auth/[...nextauth]/route.ts": "next-auth CSRF token",
};

function routeFiles(): string[] {
  const root = process.cwd();
  const walk = (d: string): string[] =>
    readdirSync(join(root, d), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(d, e.name)) : e.name === "route.ts" ? [join(d, e.name)] : [],
    );
  return walk("app").map((f) => relative(root, join(root, f)).split(sep).join("/"));
}

function mutations(): { file: string; method: string; handler: Handler }[] {
  return routeFiles()
    .filter((f) => !(f in EXEMPT))
    .flatMap((file) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(join(process.cwd(), file)) as Record<string, unknown>;
      return ["POST", "PUT", "PATCH", "DELETE"]
        .filter((m) => typeof mod[m] === "function")
        .map((method) => ({ file, method, handler: mod[method] as Handler }));
    });
}

let f: Fixture;
let attemptId: string;
let adminId: string;

/** Everything a state-changing route could write. */
async function snapshot() {
  const [audit, computations, questions, attempts, saved] = await Promise.all([
    db.auditLog.count(),
    db.winnerComputation.count(),
    db.question.count(),
    db.attempt.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, prediction: true, submittedAt: true } }),
    db.attemptItem.count({ where: { chosenIndex: { not: null } } }),
  ]);
  return { audit, computations, questions, attempts, saved };
}

/** Dynamic segments of the route's path filled with the fixtures' ids. */
function paramsOf(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [, name] of file.matchAll(/\[([^\]]+)\]/g))
    out[name] = name === "attemptId" ? attemptId : name === "roundId" ? f.roundId : name === "contestId" ? f.contestId : "x";
  return out;
}

function urlOf(file: string): string {
  const path =
    "/" +
    file
      .replace(/^app\//, "")
      .replace(/\/route\.ts$/, "")
      .replace(/\([^)]+\)\//g, "");
  const filled = path.replace(/\[([^\]]+)\]/g, (_, name: string) => paramsOf(file)[name]);
  // The import route needs these to reach its write.
  return `http://localhost${filled}?contestId=${f.contestId}&mode=commit&fileName=a.txt`;
}

// Bodies a cross-site page can send without a preflight, each valid for one of the routes.
const TEXT_BODY = JSON.stringify({ force: true, reason: "Buộc tính từ trang lạ", position: 0, token: "t", prediction: 5, source: "PARTICIPANT" });
const AIKEN = "Câu hỏi từ trang lạ?\nA) Có\nB) Không\nANSWER: A\n";

const sessions = () => ({
  admin: { id: adminId, kind: "staff" as const, role: "ADMIN" as const, name: "Quản trị" },
  participant: { id: f.participantIds[0], kind: "participant" as const, contestId: f.contestId, name: "Thí sinh" },
});

beforeAll(async () => {
  setRateLimitsDisabled(true);
  setClock(fixedClock(T0));
  f = await makeFixture({ participants: 1 });
  const started = await startAttempt(caller(f, 0), f.roundId, client);
  if (!started.ok) throw new Error(started.error);
  attemptId = started.data.attemptId;
  adminId = (await db.staffUser.create({ data: { username: "csrf.admin", fullName: "Quản trị", role: "ADMIN", passwordHash: "x" }, select: { id: true } })).id;
});
afterAll(() => {
  setSessionForTests(null);
  setRateLimitsDisabled(false);
});

test("the sweep finds the state-changing route handlers", () => {
  const found = mutations().map((m) => `${m.method} ${m.file}`);
  expect(found).toEqual(
    expect.arrayContaining([
      "POST app/api/rounds/[roundId]/winners/route.ts",
      "POST app/api/admin/questions/import/route.ts",
      "POST app/api/admin/documents/[documentId]/file/route.ts",
      "POST app/api/cron/quarterly-winners/route.ts",
      "POST app/api/attempts/[attemptId]/answers/route.ts",
    ]),
  );
});

describe.each(mutations().map((m) => [`${m.method} ${m.file}`, m] as const))("%s", (_name, m) => {
  test.each(["admin", "participant"] as const)("a cross-site call with the %s's cookie session is refused with 403 and writes nothing", async (who) => {
    setSessionForTests(sessions()[who]);
    const before = await snapshot();
    const cases: [string, Record<string, string>][] = [
      ["foreign Origin", { origin: "https://evil.example", host: "localhost" }],
      ["Origin null (sandboxed frame)", { origin: "null", host: "localhost" }],
      ["sibling sub-domain", { origin: "http://thi.localhost", host: "localhost" }],
      ["no Origin, Sec-Fetch-Site cross-site", { "sec-fetch-site": "cross-site", host: "localhost" }],
      ["forged X-Forwarded-Host without a trusted proxy", { origin: "https://evil.example", host: "localhost", "x-forwarded-host": "evil.example" }],
    ];
    for (const [label, headers] of cases) {
      for (const body of [TEXT_BODY, AIKEN]) {
        const res = await m.handler(new Request(urlOf(m.file), { method: m.method, headers: { "content-type": "text/plain", ...headers }, body }), {
          params: Promise.resolve(paramsOf(m.file)),
        });
        expect([label, res.status]).toEqual([label, 403]);
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  test("from our own origin, a body type a cross-site form can send is refused (4xx) and writes nothing", async () => {
    const before = await snapshot();
    for (const who of ["admin", "participant"] as const) {
      setSessionForTests(sessions()[who]);
      for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
        for (const body of [TEXT_BODY, AIKEN]) {
          const res = await m.handler(
            new Request(urlOf(m.file), { method: m.method, headers: { "content-type": type, origin: "http://localhost", host: "localhost" }, body }),
            { params: Promise.resolve(paramsOf(m.file)) },
          );
          expect([who, type, res.status >= 400 && res.status < 500]).toEqual([who, type, true]);
        }
      }
    }
    expect(await snapshot()).toEqual(before);
  });
});

test("the scheduler's bearer call (no cookie, no Origin, no body type) is still let in", async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { POST } = require(join(process.cwd(), "app/api/cron/quarterly-winners/route.ts")) as { POST: (req: Request) => Promise<Response> };
  process.env.CRON_SECRET = "bi-mat-csrf-0123456789";
  try {
    setSessionForTests(null);
    const res = await POST(
      new Request("http://localhost/api/cron/quarterly-winners", { method: "POST", headers: { authorization: `Bearer ${process.env.CRON_SECRET}` } }),
    );
    expect(res.status).toBe(200);
    // The same call with a cookie must declare its body type like any browser call.
    const withCookie = await POST(
      new Request("http://localhost/api/cron/quarterly-winners", {
        method: "POST",
        headers: { authorization: `Bearer ${process.env.CRON_SECRET}`, cookie: "a=b" },
      }),
    );
    expect(withCookie.status).toBe(415);
  } finally {
    delete process.env.CRON_SECRET;
  }
});
