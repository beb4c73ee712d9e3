// POST/GET /api/rounds/<roundId>/winners with the injected clock (docs/DOMAIN.md "The winners route handler").
import { GET, POST } from "@/app/api/rounds/[roundId]/winners/route";
import { setSessionForTests } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { fixedClock, setClock } from "@/lib/time";
import { asStaffSession, makeAttempts, makeStaff } from "./fixtures";
import { makeContest2023 } from "./scenario";

let scenario: Awaited<ReturnType<typeof makeContest2023>>;
let admin: Awaited<ReturnType<typeof makeStaff>>;
let jury: Awaited<ReturnType<typeof makeStaff>>;

const SECRET = "bi-mat-cua-bo-lap-lich";

function post(roundId: string, body?: unknown, headers: Record<string, string> = {}) {
  const req = new Request(`http://localhost/api/rounds/${roundId}/winners`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return POST(req, { params: Promise.resolve({ roundId }) });
}

function get(roundId: string, headers: Record<string, string> = {}, query = "") {
  return GET(new Request(`http://localhost/api/rounds/${roundId}/winners${query}`, { headers }), { params: Promise.resolve({ roundId }) });
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function rowCounts() {
  const [computations, entries, audits] = await Promise.all([db.winnerComputation.count(), db.rankingEntry.count(), db.auditLog.count()]);
  return { computations, entries, audits };
}

beforeAll(async () => {
  setClock(fixedClock("2023-01-10T03:00:00Z"));
  scenario = await makeContest2023();
  admin = await makeStaff("ADMIN");
  jury = await makeStaff("JURY");
});

beforeEach(() => {
  process.env.CRON_SECRET = SECRET;
  setSessionForTests(null);
});

describe("the award month (Vietnam time) of each 2023 round is allowed", () => {
  test.each([
    [0, "2023-03-15T03:00:00Z", "PROVISIONAL"], // Q1 still open in March
    [1, "2023-06-15T03:00:00Z", "PROVISIONAL"],
    [2, "2023-09-15T03:00:00Z", "PROVISIONAL"],
    [3, "2023-12-05T03:00:00Z", "FINAL"], // Q4 closed 30/11, award month December
    [3, "2023-11-30T17:30:00Z", "FINAL"], // 01/12 00:30 in Vietnam is already December
  ])("round %i at %s → %s", async (i, iso, kind) => {
    setClock(fixedClock(iso));
    const res = await post(scenario.rounds[i].id, undefined, bearer(SECRET));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.computation.kind).toBe(kind);
    expect(body.computation.prizes).toHaveLength(10);
    expect(body.computation.participantCount).toBe(14);
    expect(body.computation.attemptCount).toBe(28);
    expect(body.computation.trueValue).toBe(14);
    expect(body.computation.computedBy).toBe("cron");
  });
});

describe("other months are refused with 409 and a machine-readable reason", () => {
  test.each([
    [0, "2023-02-20T03:00:00Z", "03/2023"],
    [0, "2023-04-01T03:00:00Z", "03/2023"],
    [0, "2023-03-31T17:00:00Z", "03/2023"], // 01/04 00:00 in Vietnam
    [1, "2023-05-31T16:59:59Z", "06/2023"], // 31/05 23:59:59 in Vietnam
    [3, "2023-11-20T03:00:00Z", "12/2023"],
    [3, "2024-01-02T03:00:00Z", "12/2023"],
  ])("round %i at %s", async (i, iso, awardMonth) => {
    setClock(fixedClock(iso));
    const before = await rowCounts();
    const res = await post(scenario.rounds[i].id, {}, bearer(SECRET));
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(body).toEqual({ ok: false, error: expect.stringContaining(`tháng ${awardMonth}`), code: "OUTSIDE_AWARD_MONTH", awardMonth });
    expect(await rowCounts()).toEqual(before);
  });
});

test("provisional before the close, final after (Q1: closes 30/03 23:59:59.999, March still runs to 31/03)", async () => {
  const q1 = scenario.rounds[0];
  setClock(fixedClock(q1.closesAt));
  const atClose = await (await post(q1.id, undefined, bearer(SECRET))).json();
  expect(atClose.computation.kind).toBe("PROVISIONAL");
  setClock(fixedClock(new Date(q1.closesAt.getTime() + 1)));
  const after = await (await post(q1.id, undefined, bearer(SECRET))).json();
  expect(after.computation.kind).toBe("FINAL");
  expect(after.created).toBe(true);
  expect(after.computation.id).not.toBe(atClose.computation.id);
});

test("a second run on the same data changes nothing: same computation, no new rows", async () => {
  setClock(fixedClock("2023-03-31T05:00:00Z"));
  const q1 = scenario.rounds[0];
  setSessionForTests(asStaffSession(jury));
  const first = await (await post(q1.id)).json();
  const before = await rowCounts();
  const second = await post(q1.id);
  expect(second.status).toBe(200);
  const body = await second.json();
  expect(body.created).toBe(false);
  expect(body.computation.id).toBe(first.computation.id);
  expect(await rowCounts()).toEqual(before);

  // New data (a late-submitted attempt accepted within the grace period) gives a new computation.
  await makeAttempts(q1.id, [
    {
      participantId: scenario.people[5].id,
      number: 3,
      correctCount: 20,
      prediction: 14,
      durationMs: 1000 * 60,
      submittedAt: new Date(q1.closesAt.getTime() - 5),
    },
  ]);
  const third = await (await post(q1.id)).json();
  expect(third.created).toBe(true);
  expect(third.computation.id).not.toBe(first.computation.id);
  expect(third.computation.prizes[0]).toMatchObject({ participantId: scenario.people[5].id, tier: "NHAT", rank: 1 });
});

describe("ADMIN may force outside the award month, with a reason, audited", () => {
  beforeEach(() => setClock(fixedClock("2023-07-05T03:00:00Z"))); // Q2 closed 30/06; July is not its award month

  test("force without a reason is refused", async () => {
    setSessionForTests(asStaffSession(admin));
    const res = await post(scenario.rounds[1].id, { force: true });
    expect(res.status).toBe(400);
    expect((await res.json()).code).toBe("FORCE_REASON_REQUIRED");
    const blank = await post(scenario.rounds[1].id, { force: true, reason: "   " });
    expect(blank.status).toBe(400);
  });

  test("JURY cannot force; neither can the scheduler", async () => {
    setSessionForTests(asStaffSession(jury));
    const res = await post(scenario.rounds[1].id, { force: true, reason: "Cần kết quả sớm" });
    expect(res.status).toBe(403);
    expect((await res.json()).code).toBe("FORCE_ADMIN_ONLY");
    setSessionForTests(null);
    expect((await post(scenario.rounds[1].id, { force: true, reason: "Cần kết quả sớm" }, bearer(SECRET))).status).toBe(403);
  });

  test("ADMIN with a reason computes the final list, marked forced and written to the audit log", async () => {
    setSessionForTests(asStaffSession(admin));
    const reason = "Quý 2 kết thúc ngày 30/6, cần danh sách chính thức cho quyết định khen thưởng";
    const res = await post(scenario.rounds[1].id, { force: true, reason });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.forced).toBe(true);
    expect(body.computation).toMatchObject({ kind: "FINAL", forced: true, forceReason: reason, computedBy: admin.username });
    const entry = await db.auditLog.findFirst({ where: { action: "winners.compute.forced", entityId: scenario.rounds[1].id }, orderBy: { id: "desc" } });
    expect(entry).toMatchObject({ actorId: admin.id, reason, entityType: "Round" });
  });
});

describe("callers", () => {
  beforeEach(() => setClock(fixedClock("2023-06-20T03:00:00Z")));

  test.each([
    ["no Authorization header and no session", {}],
    ["a wrong secret", bearer("doan-mo")],
    ["an empty bearer", { authorization: "Bearer " }],
    ["the secret with a different case", bearer(SECRET.toUpperCase())],
  ])("%s → 401", async (_label, headers) => {
    const res = await post(scenario.rounds[1].id, undefined, headers);
    expect(res.status).toBe(401);
    expect((await get(scenario.rounds[1].id, headers)).status).toBe(401);
  });

  test("an unset or empty CRON_SECRET disables the bearer path", async () => {
    for (const value of [undefined, ""]) {
      if (value === undefined) delete process.env.CRON_SECRET;
      else process.env.CRON_SECRET = value;
      expect((await post(scenario.rounds[1].id, undefined, bearer(""))).status).toBe(401);
      expect((await post(scenario.rounds[1].id, undefined, bearer("undefined"))).status).toBe(401);
    }
  });

  test("staff without the jury capability get 403", async () => {
    const editor = await makeStaff("EDITOR");
    setSessionForTests(asStaffSession(editor));
    expect((await post(scenario.rounds[1].id)).status).toBe(403);
  });

  test("an unknown round is 404; a malformed body is 400", async () => {
    expect((await post("khong-co", undefined, bearer(SECRET))).status).toBe(404);
    const res = await POST(new Request("http://localhost/api/rounds/x/winners", { method: "POST", headers: bearer(SECRET), body: "{force:" }), {
      params: Promise.resolve({ roundId: scenario.rounds[1].id }),
    });
    expect(res.status).toBe(400);
  });
});

test("GET returns the latest computation and the top of its ranking with CCCD and phone masked", async () => {
  setClock(fixedClock("2023-12-10T03:00:00Z"));
  setSessionForTests(asStaffSession(jury));
  const posted = await (await post(scenario.rounds[3].id)).json();
  const res = await get(scenario.rounds[3].id, {}, "?limit=5");
  expect(res.status).toBe(200);
  const body = await res.json();
  expect(body.computation.id).toBe(posted.computation.id);
  expect(body.entries).toHaveLength(5);
  expect(body.entries.map((e: { rank: number }) => e.rank)).toEqual([1, 2, 3, 4, 5]);
  for (const e of body.entries) {
    expect(e.cccd).toMatch(/^\d{3}\*{6}\d{3}$/);
    expect(e.phone).toMatch(/^\d{2}\*{6}\d{2}$/);
    expect(e.fullName).toMatch(/^Nguyễn Văn /);
  }
  // The organiser member (person 0, 20 correct) ranks second and is passed over.
  expect(body.entries[0]).toMatchObject({ participantId: scenario.people[7].id, prizeTier: "NHAT" });
  expect(body.entries[1]).toMatchObject({ participantId: scenario.people[0].id, excludedReason: "ORGANISER_MEMBER", prizeTier: null });
  expect(body.entries[2].prizeTier).toBe("NHI");
});
