// proxy.ts in front of server-action posts: a foreign Origin gets 403 and a body React's decoder
// cannot read gets 400, before Next parses them (Next would answer 500 and log an error, see
// node_modules/next/dist/server/app-render/action-handler.js); well-formed calls pass untouched.
import { NextRequest } from "next/server";
import { ACTION_FOREIGN_ORIGIN, ACTION_MALFORMED } from "@/lib/http/action-request";
import { config, proxy } from "@/proxy";

const ACTION_ID = "7f3a9c0d2b1e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b";
const SITE = "http://localhost:3000";

function actionPost(body: BodyInit | null, headers: Record<string, string> = {}) {
  // A FormData body sets its own multipart content type (with the boundary).
  const type: Record<string, string> = body instanceof FormData ? {} : { "content-type": "text/plain;charset=UTF-8" };
  return new NextRequest(`${SITE}/quan-tri/giam-khao`, {
    method: "POST",
    headers: { host: "localhost:3000", origin: SITE, "next-action": ACTION_ID, ...type, ...headers },
    body,
  });
}

const passes = (res: Response) => res.headers.get("x-middleware-next") === "1";

describe("well-formed action calls pass through untouched", () => {
  test.each([
    ["plain arguments", JSON.stringify([{ roundId: "r1", reason: "Trùng CCCD với người khác" }])],
    ["an escaped $ typed by a user", JSON.stringify([{ reason: "$$100 tiền thưởng" }])],
    [
      "a date, a bigint, undefined and special numbers",
      JSON.stringify(["$D2026-01-01T00:00:00.000Z", "$n12", "$undefined", "$Infinity", "$-Infinity", "$-0", "$NaN"]),
    ],
    ["no arguments", "[]"],
  ])("%s", async (_label, body) => {
    expect(passes(await proxy(actionPost(body)))).toBe(true);
  });

  test("a multipart call (FormData arguments) is left to Next", async () => {
    const form = new FormData();
    form.set("0", '["$K1"]');
    form.set("1_roundId", "r1");
    expect(passes(await proxy(actionPost(form)))).toBe(true);
  });
});

describe("refused before Next parses them", () => {
  test.each([
    ["another site", { origin: "https://evil.example" }],
    ["Origin null (sandboxed frame)", { origin: "null" }],
    ["an Origin that is not a URL (Next would throw)", { origin: "not a url" }],
    ["a sibling sub-domain without Origin", { origin: "", "sec-fetch-site": "same-site" }],
    ["a forged X-Forwarded-Host without a trusted proxy", { origin: "https://evil.example", "x-forwarded-host": "evil.example" }],
  ])("403 for %s", async (_label, headers) => {
    const h: Record<string, string> = { ...headers };
    const req = actionPost("[]", h);
    if (h.origin === "") req.headers.delete("origin");
    const res = await proxy(req);
    expect(res.status).toBe(403);
    expect(await res.text()).toBe(ACTION_FOREIGN_ORIGIN);
  });

  test.each([
    ["a raw $-prefixed string", "$@1"],
    ["a reference to a part a text body does not have", '["$1"]'],
    ["a promise reference", '["$@0"]'],
    ["a FormData reference in a text body", '[{"a":"$K1"}]'],
    ["a server reference", '["$F0"]'],
    ["not JSON", "{not json"],
    ["JSON that is not an argument list", '{"roundId":"r1"}'],
  ])("400 for %s", async (_label, body) => {
    const res = await proxy(actionPost(body));
    expect(res.status).toBe(400);
    expect(await res.text()).toBe(ACTION_MALFORMED);
  });

  test("400 for an action id that is not an id, and for a body type encodeReply never sends", async () => {
    expect((await proxy(actionPost("[]", { "next-action": "../../etc" }))).status).toBe(400);
    expect((await proxy(actionPost("[]", { "content-type": "application/x-www-form-urlencoded" }))).status).toBe(400);
  });
});

test("the matcher only selects action-shaped requests (never the quiz's JSON routes)", () => {
  for (const m of config.matcher) {
    const has = m.has as { key: string; value?: string }[];
    expect(has.some((h) => h.key === "next-action" || (h.key === "content-type" && h.value?.startsWith("multipart/form-data")))).toBe(true);
    expect(new RegExp(`^${m.source}$`).test("/api/attempts/abc/answers")).toBe(false);
    expect(new RegExp(`^${m.source}$`).test("/quan-tri/giam-khao")).toBe(true);
  }
});
