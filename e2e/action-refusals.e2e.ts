// Issue 14 point 6 against the production build: server-action posts that Next itself answers with
// a 500 (a foreign Origin, a body its decoder cannot read) get 403/400 from proxy.ts instead, and a
// well-formed call still works. Run with `npm run test:e2e -- e2e/action-refusals.e2e.ts`.
import { QuizClient, quizActionIds, type QuizActionIds } from "./http-actions";

const BASE = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3210";
let ids: QuizActionIds;
beforeAll(() => {
  ids = quizActionIds(process.cwd());
});

async function post(path: string, headers: Record<string, string>, body: string) {
  const res = await fetch(`${BASE}${path}`, { method: "POST", redirect: "manual", headers: { Accept: "text/x-component", ...headers }, body });
  return { status: res.status, text: await res.text() };
}

test("a foreign Origin on an action post is refused with 403 (Next alone answers 500)", async () => {
  for (const origin of ["https://evil.example", "null", "not a url"]) {
    const r = await post("/thi", { "Next-Action": ids.startAttemptAction, Origin: origin, "Content-Type": "text/plain;charset=UTF-8" }, "[]");
    expect([origin, r.status]).toEqual([origin, 403]);
  }
});

test("malformed action bodies are refused with 400", async () => {
  for (const body of ["$@1", '["$1"]', '["$K1"]', "{not json", '{"a":1}']) {
    const r = await post("/thi", { "Next-Action": ids.startAttemptAction, Origin: BASE, "Content-Type": "text/plain;charset=UTF-8" }, body);
    expect([body, r.status]).toEqual([body, 400]);
  }
});

test("a well-formed action call from the site still reaches the action", async () => {
  const client = new QuizClient(BASE, ids, "");
  const form = new FormData();
  form.set("roundId", "khong-co");
  const reply = await client.call("/thi", ids.startAttemptAction, [null, form]);
  // Not signed in: the action itself answers (200 with its Vietnamese refusal), not the proxy.
  expect(reply.status).toBe(200);
  expect(reply.text).toContain("Vui lòng đăng nhập");
});
