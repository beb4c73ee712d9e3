// A busy/locked database gives a retryable Vietnamese result, never a crash: the quiz's answers
// route answers 503 with Retry-After (the page sends the choice again), and the same save goes
// through once the lock is gone.
import "./busy-env";
import Database from "better-sqlite3";
import { Client } from "pg";
import { optionToken } from "@/lib/attempts/option-order";
import { startAttempt } from "@/lib/attempts/start";
import { setSessionForTests } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { DB_BUSY_MESSAGE } from "@/lib/db/errors";
import { setRateLimitsDisabled } from "@/lib/security/rate-limit";
import { fixedClock, setClock } from "@/lib/time";
import { caller, client, makeFixture, T0, type Fixture } from "../attempts/fixtures";
import { saveAnswerVia } from "../attempts/quiz-routes";

jest.mock("next/headers", () => ({ headers: async () => new Headers({ "x-forwarded-for": "192.0.2.9" }) }));

let f: Fixture;
let attemptId: string;

beforeAll(async () => {
  setRateLimitsDisabled(true);
  setClock(fixedClock(T0));
  f = await makeFixture({});
  const r = await startAttempt(caller(f), f.roundId, client);
  if (!r.ok) throw new Error(r.error);
  attemptId = r.data.attemptId;
  setSessionForTests({ id: f.participantIds[0], kind: "participant", contestId: f.contestId, name: "Thí sinh" });
});

/** Holds the write lock on the answers table from another connection while `fn` runs. */
async function whileLocked<T>(fn: () => Promise<T>): Promise<T> {
  const url = process.env.DATABASE_URL!;
  if (url.startsWith("file:")) {
    const other = new Database(url.replace(/^file:/, ""));
    other.exec("BEGIN IMMEDIATE");
    try {
      return await fn();
    } finally {
      other.exec("ROLLBACK");
      other.close();
    }
  }
  const other = new Client({ connectionString: url });
  await other.connect();
  await other.query('BEGIN; LOCK TABLE "AttemptItem" IN ACCESS EXCLUSIVE MODE');
  try {
    return await fn();
  } finally {
    await other.query("ROLLBACK");
    await other.end();
  }
}

test("a save against a locked database answers 503 with Retry-After and the retryable Vietnamese message, and nothing is written", async () => {
  const reply = await whileLocked(() => saveAnswerVia(attemptId, 0, optionToken(attemptId, 0, 1)));
  expect(reply.status).toBe(503);
  expect(reply.headers.get("retry-after")).toBe("1");
  expect(reply.headers.get("cache-control")).toBe("no-store");
  expect(reply.body).toEqual({ ok: false, error: DB_BUSY_MESSAGE, retryable: true });
  const item = await db.attemptItem.findUniqueOrThrow({ where: { attemptId_position: { attemptId, position: 0 } } });
  expect(item.chosenIndex).toBeNull();
}, 30_000);

test("the same save succeeds once the lock is released", async () => {
  const reply = await saveAnswerVia(attemptId, 0, optionToken(attemptId, 0, 1));
  expect(reply.status).toBe(200);
  expect(reply.headers.get("retry-after")).toBeNull();
  expect(reply.body).toMatchObject({ ok: true });
  const item = await db.attemptItem.findUniqueOrThrow({ where: { attemptId_position: { attemptId, position: 0 } } });
  expect(item.chosenIndex).toBe(1);
});
