// Naughty strings through the public forms and URLs, on the real database: registration (every
// field), participant and staff sign-in through next-auth's route, the quiz's start action and JSON
// routes (ids in the path, values, keys and whole bodies), and the public pages' URL parameters.
// No unhandled exception and no 5xx; a refusal is a Vietnamese message; what
// was accepted reads back intact and renders as text on /ca-nhan. The database-writing sweeps use
// the ~85 most dangerous strings (naughty.ts DANGEROUS); the pure validators see the whole list in
// naughty-validators.test.ts.
jest.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "localhost:3000", "x-forwarded-for": "203.0.113.61", "user-agent": "jest" }),
  cookies: async () => ({ getAll: () => mockCookies.map(([name, value]) => ({ name, value })) }),
}));
let mockCookies: [string, string][] = [];
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn(), unstable_cache: <T>(fn: T) => fn }));

import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NextRequest } from "next/server";
import MyAccountPage from "@/app/(public)/ca-nhan/page";
import VerifyCertificatePage from "@/app/(public)/chung-nhan/[code]/page";
import ContestHomePage from "@/app/(public)/cuoc-thi/[slug]/page";
import ContestRulesPage from "@/app/(public)/cuoc-thi/[slug]/the-le/page";
import SignInPage from "@/app/(public)/dang-nhap/page";
import ContestResultsPage from "@/app/(public)/cuoc-thi/[slug]/ket-qua/page";
import AttemptResultPage from "@/app/(public)/thi/[attemptId]/ket-qua/page";
import AttemptPage from "@/app/(public)/thi/[attemptId]/page";
import { GET as authGet, POST as authPost } from "@/app/api/auth/[...nextauth]/route";
import { startAttemptAction } from "@/lib/attempts/actions";
import { optionToken } from "@/lib/attempts/option-order";
import { setSessionForTests } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { registerAction } from "@/lib/participants/actions";
import { OTHER_UNIT, type RegistrationInput } from "@/lib/participants/schema";
import { setRateLimitsDisabled } from "@/lib/security/rate-limit";
import { normalizeText } from "@/lib/text";
import { fixedClock, setClock } from "@/lib/time";
import { runSeed } from "@/prisma/seed-lib";
import { callQuiz, saveAnswerVia, savePredictionVia, submitVia, type QuizReply } from "../attempts/quiz-routes";
import { DANGEROUS, XSS, expectInert, isVietnamese, label, noThrow, readsBackAs } from "./naughty";

jest.setTimeout(180_000);

const ctx = { contestId: "", districtId: "", unitId: "", consentId: "", roundId: "" };
let serial = 0;

beforeAll(async () => {
  const clock = fixedClock("2026-11-29T04:00:00Z");
  setClock(clock);
  setRateLimitsDisabled(true);
  process.env.NEXTAUTH_URL = "http://localhost:3000";
  process.env.NEXTAUTH_SECRET ??= "test-secret-for-naughty-strings";
  await runSeed(db, { clock, staffPassword: "mat-khau-demo-123", historySize: 4 });
  const contest = await db.contest.findUniqueOrThrow({ where: { slug: "chuyen-doi-so-2026" }, select: { id: true } });
  ctx.contestId = contest.id;
  // A district without a ward list, so any ward name typed is accepted and stored.
  ctx.districtId = (await db.district.create({ data: { contestId: contest.id, name: "Huyện Thử Nghiệm", sortOrder: 99 }, select: { id: true } })).id;
  ctx.unitId = (await db.unit.findFirstOrThrow({ where: { contestId: contest.id }, select: { id: true } })).id;
  ctx.consentId = (await db.consentText.findFirstOrThrow({ where: { contestId: contest.id }, orderBy: { version: "desc" }, select: { id: true } })).id;
  ctx.roundId = (await db.round.findFirstOrThrow({ where: { contestId: contest.id, number: 4 }, select: { id: true } })).id;
}, 180_000);

afterAll(() => {
  setSessionForTests(undefined);
  setRateLimitsDisabled(process.env.RATE_LIMIT_DISABLED === "1");
});

/** A valid registration with a fresh CCCD (man born 1990) and phone, with `over` applied. */
function registration(over: Partial<RegistrationInput> = {}): RegistrationInput {
  const n = ++serial;
  return {
    contestId: ctx.contestId,
    fullName: "Nguyễn Văn An",
    birthDate: "15/08/1990",
    gender: "MALE",
    cccd: `037090${String(500000 + n).padStart(6, "0")}`,
    phone: `09${String(70000000 + n).padStart(8, "0")}`,
    email: "",
    group: "CBCCVC",
    districtId: ctx.districtId,
    wardName: "Phường Đông Thành",
    unitId: ctx.unitId,
    unitName: "",
    password: "matkhau123",
    passwordConfirm: "matkhau123",
    consent: true,
    consentTextId: ctx.consentId,
    ...over,
  };
}

/** Refused with a readable Vietnamese message, or accepted. Anything else (a throw) fails the test. */
function expectHandled(what: string, r: { ok: boolean; error?: string; fieldErrors?: Record<string, string[]> }, problems: string[]) {
  if (r.ok) return;
  if (!r.error || !isVietnamese(r.error)) problems.push(`${what}: error ${JSON.stringify(r.error)}`);
}

test("the valid registration of the sweep is accepted (the cases are meaningful)", async () => {
  setSessionForTests(null);
  expect(await registerAction(registration())).toMatchObject({ ok: true });
});

const REGISTRATION_FIELDS: [keyof RegistrationInput, (s: string) => Partial<RegistrationInput>][] = [
  ["fullName", (s) => ({ fullName: s })],
  ["birthDate", (s) => ({ birthDate: s })],
  ["cccd", (s) => ({ cccd: s })],
  ["phone", (s) => ({ phone: s })],
  ["email", (s) => ({ email: s })],
  ["wardName", (s) => ({ wardName: s })],
  ["unitName", (s) => ({ unitId: OTHER_UNIT, unitName: s })],
  ["password", (s) => ({ password: s, passwordConfirm: s })],
  ["districtId", (s) => ({ districtId: s })],
  ["unitId", (s) => ({ unitId: s })],
  ["contestId", (s) => ({ contestId: s })],
  ["consentTextId", (s) => ({ consentTextId: s })],
  ["gender", (s) => ({ gender: s as never })],
  ["group", (s) => ({ group: s as never })],
];

describe.each(REGISTRATION_FIELDS)("registration: %s", (field, patch) => {
  test("no throw; refused in Vietnamese or stored, and the stored row reads back intact", async () => {
    setSessionForTests(null);
    const problems: string[] = [];
    for (const s of DANGEROUS) {
      const r = await noThrow(`register ${field}=${label(s)}`, () => registerAction(registration(patch(s))));
      expectHandled(`${field}=${label(s)}`, r, problems);
      if (!r.ok) continue;
      const row = await db.participant.findUniqueOrThrow({
        where: { id: r.data.participantId },
        select: { fullName: true, wardName: true, unitName: true, email: true },
      });
      const stored = field === "wardName" ? row.wardName : field === "unitName" ? row.unitName : null;
      if (stored !== null && !readsBackAs(normalizeText(s), stored, db.provider)) {
        problems.push(`${field}=${label(s)} stored as ${label(stored)}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

test("a registration's free-text fields render as text on /ca-nhan", async () => {
  setSessionForTests(null);
  const ward = XSS.text("Phường");
  const unit = XSS.text("Đơn vị");
  const r = await registerAction(registration({ wardName: ward, unitId: OTHER_UNIT, unitName: unit }));
  expect(r).toMatchObject({ ok: true });
  if (!r.ok) return;
  setSessionForTests({ id: r.data.participantId, kind: "participant", contestId: ctx.contestId, name: "Nguyễn Văn An" });
  const html = renderToStaticMarkup((await MyAccountPage({ searchParams: Promise.resolve({ moi: "1" }) })) as ReactElement);
  expectInert(html, [ward, unit]);
});

describe("sign-in through next-auth's route", () => {
  let csrfToken = "";

  beforeAll(async () => {
    // A real CSRF token and cookie, so every post reaches the credentials check.
    const res: Response = await authGet(new NextRequest("http://localhost:3000/api/auth/csrf"), { params: Promise.resolve({ nextauth: ["csrf"] }) });
    csrfToken = ((await res.json()) as { csrfToken: string }).csrfToken;
    mockCookies = res.headers.getSetCookie().map((c) => {
      const [name, ...rest] = c.split(";")[0].split("=");
      return [name, decodeURIComponent(rest.join("="))];
    });
  });
  afterAll(() => {
    mockCookies = [];
  });

  /** The status and next-auth's error message (the `error` of the URL it answers). */
  async function post(provider: "participant" | "staff", fields: Record<string, string>): Promise<{ status: number; error: string | null }> {
    const res: Response = await authPost(
      new NextRequest(`http://localhost:3000/api/auth/callback/${provider}`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": "203.0.113.62" },
        body: new URLSearchParams({ json: "true", csrfToken, ...fields }),
      }),
      { params: Promise.resolve({ nextauth: ["callback", provider] }) },
    );
    if (res.status >= 500) return { status: res.status, error: null };
    const { url } = (await res.json()) as { url: string };
    return { status: res.status, error: new URL(url).searchParams.get("error") };
  }

  // The credentials check answers one of its own Vietnamese messages, never a database error.
  const PARTICIPANT_MESSAGES = ["Số CCCD/số điện thoại hoặc mật khẩu không đúng.", "Vui lòng nhập số CCCD hoặc số điện thoại và mật khẩu."];
  const STAFF_MESSAGES = ["Tên đăng nhập hoặc mật khẩu không đúng."];

  test("the valid case signs in (the posts reach the credentials check)", async () => {
    expect(await post("staff", { username: "admin", password: "mat-khau-demo-123" })).toEqual({ status: 200, error: null });
  });

  test("participant identifier, password and contest: never a 5xx, always the credentials' own message", async () => {
    const problems: string[] = [];
    for (const s of DANGEROUS) {
      const cases: [string, Record<string, string>][] = [
        ["identifier", { contestId: ctx.contestId, identifier: s, password: "matkhau123" }],
        ["password", { contestId: ctx.contestId, identifier: "0912345678", password: s }],
        ["contestId", { contestId: s, identifier: s, password: s }],
      ];
      for (const [what, fields] of cases) {
        const r = await post("participant", fields);
        if (r.status >= 500 || !PARTICIPANT_MESSAGES.includes(r.error ?? "")) problems.push(`${what}=${label(s)}: ${r.status} ${r.error}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test("staff username and password: never a 5xx, always the credentials' own message", async () => {
    const problems: string[] = [];
    for (const s of DANGEROUS) {
      for (const [what, fields] of [
        ["username", { username: s, password: "x" }],
        ["password", { username: "khong.ton.tai", password: s }],
      ] as const) {
        const r = await post("staff", fields);
        if (r.status >= 500 || !STAFF_MESSAGES.includes(r.error ?? "")) problems.push(`${what}=${label(s)}: ${r.status} ${r.error}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("the quiz's start action and JSON routes", () => {
  let attemptId = "";
  let participantId = "";

  beforeAll(async () => {
    const r = await registerAction(registration({ fullName: "Trần Thị Bình", gender: "FEMALE", cccd: `037190${String(900000 + ++serial).padStart(6, "0")}` }));
    if (!r.ok) throw new Error(r.error);
    participantId = r.data.participantId;
    setSessionForTests({ id: participantId, kind: "participant", contestId: ctx.contestId, name: "Trần Thị Bình" });
    const fd = new FormData();
    fd.set("roundId", ctx.roundId);
    await expect(startAttemptAction(null, fd)).rejects.toMatchObject({ digest: expect.stringMatching(/^NEXT_REDIRECT/) });
    attemptId = (await db.attempt.findFirstOrThrow({ where: { participantId }, select: { id: true } })).id;
  });

  const attemptState = () =>
    db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { status: true, prediction: true, items: { select: { chosenIndex: true } } } });

  test("the valid case is saved (the requests reach the rules)", async () => {
    setSessionForTests({ id: participantId, kind: "participant", contestId: ctx.contestId, name: "Trần Thị Bình" });
    const r = await saveAnswerVia(attemptId, 0, optionToken(attemptId, 0, 1), { headers: { host: "localhost:3000", origin: "http://localhost:3000" } });
    expect([r.status, r.body.ok]).toEqual([200, true]);
  });

  test("save, predict, submit and start with naughty ids, tokens, values, keys and bodies: no 5xx, refused in Vietnamese, nothing changed", async () => {
    setSessionForTests({ id: participantId, kind: "participant", contestId: ctx.contestId, name: "Trần Thị Bình" });
    const before = await attemptState();
    const problems: string[] = [];
    for (const s of DANGEROUS) {
      const fd = new FormData();
      fd.set("roundId", s);
      const replies: [string, QuizReply][] = [
        ["save attemptId", await noThrow("save", () => saveAnswerVia(s, 0, optionToken(attemptId, 0, 1)))],
        ["save token", await noThrow("save", () => saveAnswerVia(attemptId, 0, s))],
        ["save position", await noThrow("save", () => saveAnswerVia(attemptId, s, s))],
        ["save key", await noThrow("save", () => callQuiz("answers", attemptId, { [s]: s }))],
        ["save body", await noThrow("save", () => callQuiz("answers", attemptId, null, { rawBody: s }))],
        ["predict value", await noThrow("predict", () => savePredictionVia(attemptId, s))],
        ["predict attemptId", await noThrow("predict", () => savePredictionVia(s, 5))],
        ["predict body", await noThrow("predict", () => callQuiz("prediction", attemptId, null, { rawBody: s }))],
        ["submit attemptId", await noThrow("submit", () => submitVia(s, "PARTICIPANT"))],
        ["submit source", await noThrow("submit", () => submitVia(attemptId, s))],
        ["submit body", await noThrow("submit", () => callQuiz("submit", attemptId, null, { rawBody: s }))],
      ];
      for (const [what, r] of replies) {
        if (r.status >= 500) problems.push(`${what}=${label(s)}: HTTP ${r.status}`);
        if (r.body.ok) problems.push(`${what}=${label(s)} was accepted`);
        else expectHandled(`${what}=${label(s)}`, r.body, problems);
      }
      const start = await noThrow("start", () => startAttemptAction(null, fd));
      if (start.ok) problems.push(`start roundId=${label(s)} was accepted`);
      else expectHandled(`start roundId=${label(s)}`, start, problems);
    }
    expect(problems).toEqual([]);
    expect(await attemptState()).toEqual(before);
  });
});

/** What a page call came to: rendered HTML, or Next's redirect / not-found signal. Anything else is a 5xx. */
async function outcome(render: () => Promise<unknown>): Promise<"html" | "redirect" | "not-found"> {
  try {
    const el = await render();
    renderToStaticMarkup(el as ReactElement);
    return "html";
  } catch (err) {
    const digest = String((err as { digest?: string }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return "redirect";
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return "not-found";
    throw err;
  }
}

// URL parameters reach a page percent-decoded: Next refuses an undecodable path segment with 400 and
// URLSearchParams turns broken sequences into U+FFFD, so a lone surrogate never gets this far.
const URL_STRINGS = DANGEROUS.filter((s) => s.isWellFormed());

test("public pages with naughty URL parameters answer a page, a redirect or a 404, never a 5xx", async () => {
  const participant = await db.participant.findFirstOrThrow({ where: { contestId: ctx.contestId }, select: { id: true } });
  const failures: string[] = [];
  for (const s of URL_STRINGS) {
    const pages: [string, () => Promise<unknown>][] = [
      ["/cuoc-thi/…/ket-qua ", () => ContestResultsPage({ params: Promise.resolve({ slug: s }) })],
      ["/chung-nhan/", () => VerifyCertificatePage({ params: Promise.resolve({ code: s }) })],
      ["/cuoc-thi/", () => ContestHomePage({ params: Promise.resolve({ slug: s }) })],
      ["/cuoc-thi/…/the-le ", () => ContestRulesPage({ params: Promise.resolve({ slug: s }) })],
      ["/dang-nhap?next=", () => SignInPage({ searchParams: Promise.resolve({ next: s }) })],
      ["/thi/", () => AttemptPage({ params: Promise.resolve({ attemptId: s }) })],
      ["/thi/…/ket-qua ", () => AttemptResultPage({ params: Promise.resolve({ attemptId: s }) })],
      ["/ca-nhan?moi=", () => MyAccountPage({ searchParams: Promise.resolve({ moi: s }) })],
    ];
    for (const [path, render] of pages) {
      for (const session of [null, { id: participant.id, kind: "participant" as const, contestId: ctx.contestId, name: "A" }]) {
        setSessionForTests(session);
        try {
          await outcome(render);
        } catch (err) {
          failures.push(`${path}${label(s)} (${session ? "participant" : "anonymous"}): ${(err as Error).message}`);
        }
      }
    }
  }
  expect(failures).toEqual([]);
});

test("/dang-nhap never hands a naughty ?next= to the sign-in form as an off-site target", async () => {
  setSessionForTests(null);
  for (const s of [...URL_STRINGS, "//evil.example", "https://evil.example"]) {
    const html = renderToStaticMarkup((await SignInPage({ searchParams: Promise.resolve({ next: s }) })) as ReactElement);
    expect(html).not.toMatch(/evil\.example/);
    expect(html).not.toContain("<script>alert");
  }
});
