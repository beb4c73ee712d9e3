// POST /api/cron/quarterly-winners computes every round in its award month, 200 also when none is
// due; GET only reports what a POST would do and changes nothing (a GET never changes state).
import { GET, POST } from "@/app/api/cron/quarterly-winners/route";
import { setSessionForTests } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { fixedClock, setClock } from "@/lib/time";
import { asStaffSession, makeStaff } from "./fixtures";
import { makeContest2023 } from "./scenario";

const SECRET = "lich-chay-hang-quy";
const call = (method: "GET" | "POST", headers: Record<string, string> = { authorization: `Bearer ${SECRET}` }) => {
  const req = new Request(
    "http://localhost/api/cron/quarterly-winners",
    method === "GET" ? { headers } : { method, headers: { "content-type": "application/json", ...headers }, body: "{}" },
  );
  return method === "GET" ? GET(req) : POST(req);
};

let scenario: Awaited<ReturnType<typeof makeContest2023>>;

beforeAll(async () => {
  process.env.CRON_SECRET = SECRET;
  setClock(fixedClock("2023-01-10T03:00:00Z"));
  scenario = await makeContest2023(12);
});

beforeEach(() => setSessionForTests(null));

test("no round due: 200 with an empty report and nothing stored", async () => {
  setClock(fixedClock("2023-05-10T03:00:00Z"));
  const res = await call("POST");
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ at: "2023-05-10T03:00:00.000Z", awardMonth: "05/2023", due: 0, rounds: [], swept: [] });
  expect(await db.winnerComputation.count()).toBe(0);
});

test("in June (Vietnam time) it computes Q2 provisionally; running again is a no-op", async () => {
  setClock(fixedClock("2023-05-31T17:30:00Z")); // 01/06 00:30 in Vietnam
  const res = await call("POST");
  expect(res.status).toBe(200);
  const body = await res.json();
  expect(body.awardMonth).toBe("06/2023");
  expect(body.rounds).toEqual([
    expect.objectContaining({ roundId: scenario.rounds[1].id, outcome: "computed", kind: "PROVISIONAL", contest: "cuoc-thi-2023-thu", round: "Quý 2" }),
  ]);
  const again = await (await call("POST")).json();
  expect(again.rounds).toEqual([expect.objectContaining({ outcome: "unchanged", computationId: body.rounds[0].computationId })]);
  expect(await db.winnerComputation.count()).toBe(1);
});

test("in December it computes Q4 as final; an approved round is skipped", async () => {
  setClock(fixedClock("2023-12-02T03:00:00Z"));
  const first = await (await call("POST")).json();
  expect(first.rounds).toEqual([expect.objectContaining({ roundId: scenario.rounds[3].id, outcome: "computed", kind: "FINAL" })]);
  await db.round.update({ where: { id: scenario.rounds[3].id }, data: { status: "APPROVED" } });
  const second = await (await call("POST")).json();
  expect(second.rounds).toEqual([expect.objectContaining({ roundId: scenario.rounds[3].id, outcome: "skipped" })]);
});

test("callers: a signed-in JURY may run it; no secret, a wrong secret or a SECRETARY may not", async () => {
  setClock(fixedClock("2023-09-10T03:00:00Z"));
  expect((await call("GET", {})).status).toBe(401);
  expect((await call("POST", { authorization: "Bearer sai" })).status).toBe(401);
  const secretary = await makeStaff("SECRETARY");
  setSessionForTests(asStaffSession(secretary));
  expect((await call("GET", {})).status).toBe(403);
  const jury = await makeStaff("JURY");
  setSessionForTests(asStaffSession(jury));
  const res = await call("POST", {});
  expect(res.status).toBe(200);
  expect((await res.json()).rounds).toEqual([expect.objectContaining({ roundId: scenario.rounds[2].id, outcome: "computed" })]);
  const latest = await db.winnerComputation.findFirstOrThrow({ where: { roundId: scenario.rounds[2].id } });
  expect(latest.computedBy).toBe(jury.username);
});

test("GET only reports what is due: it computes nothing, closes no attempt and writes no audit entry", async () => {
  setClock(fixedClock("2023-03-10T03:00:00Z")); // Q1's award month
  const before = {
    computations: await db.winnerComputation.count(),
    audit: await db.auditLog.count(),
    inProgress: await db.attempt.count({ where: { status: "IN_PROGRESS" } }),
  };
  const jury = await makeStaff("JURY");
  setSessionForTests(asStaffSession(jury));
  for (const res of [await call("GET"), await call("GET", {})]) {
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      at: "2023-03-10T03:00:00.000Z",
      awardMonth: "03/2023",
      due: 1,
      rounds: [{ roundId: scenario.rounds[0].id, contest: "cuoc-thi-2023-thu", round: "Quý 1", status: "OPEN", outcome: "due" }],
    });
  }
  expect({
    computations: await db.winnerComputation.count(),
    audit: await db.auditLog.count(),
    inProgress: await db.attempt.count({ where: { status: "IN_PROGRESS" } }),
  }).toEqual(before);
});
