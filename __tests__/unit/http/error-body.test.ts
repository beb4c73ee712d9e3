// The one JSON error body (lib/http/error-body.ts) and the rule that every route handler builds its
// JSON refusals with it: a route that hand-writes `Response.json({ error … })` fails here.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { errorBody, errorResponse } from "@/lib/http/error-body";

test.each([
  ["a plain refusal", errorBody("Không tìm thấy đợt thi."), { ok: false, error: "Không tìm thấy đợt thi." }],
  ["with a code", errorBody("Không tìm thấy đợt thi.", { code: "ROUND_NOT_FOUND" }), { ok: false, error: "Không tìm thấy đợt thi.", code: "ROUND_NOT_FOUND" }],
  [
    "with field errors",
    errorBody("Sai.", { fieldErrors: { position: ["Sai vị trí."] } }),
    { ok: false, error: "Sai.", fieldErrors: { position: ["Sai vị trí."] } },
  ],
  ["retryable", errorBody("Bận.", { retryable: true }), { ok: false, error: "Bận.", retryable: true }],
  ["undefined details are left out", errorBody("Sai.", { code: undefined, fieldErrors: undefined, awardMonth: undefined }), { ok: false, error: "Sai." }],
])("%s", (_label, body, expected) => {
  expect(body).toStrictEqual(expected);
});

test("details cannot turn a refusal into a success or replace its message", () => {
  const sneaky = { ok: true, error: "khác" } as unknown as Parameters<typeof errorBody>[1];
  expect(errorBody("Từ chối.", sneaky)).toMatchObject({ ok: false });
});

test("errorResponse keeps the route's status, is JSON, never cached, and adds the route's headers", async () => {
  const res = errorResponse(429, "Thử lại sau.", { retryAfter: 30 }, { "Retry-After": "30" });
  expect(res.status).toBe(429);
  expect(res.headers.get("content-type")).toMatch(/^application\/json/);
  expect(res.headers.get("cache-control")).toBe("no-store");
  expect(res.headers.get("retry-after")).toBe("30");
  expect(await res.json()).toEqual({ ok: false, error: "Thử lại sau.", retryAfter: 30 });
});

function files(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), name) : e.name === name ? [join(dir, e.name)] : [],
  );
}

const root = join(__dirname, "..", "..", "..");
const handlers = [...files(join(root, "app"), "route.ts"), join(root, "lib", "attempts", "api.ts"), join(root, "lib", "http", "json-route.ts")];

test.each(handlers.map((f) => [relative(root, f)]))("%s builds its JSON refusals with errorResponse", (file) => {
  const source = readFileSync(join(root, file), "utf8");
  // A JSON body with an `error` key written by hand, or a hand-built Content-Disposition.
  expect(source).not.toMatch(/Response\.json\(\s*\{[^}]*\berror\b/);
  expect(source).not.toMatch(/Response\.json\(\s*(result|outcome|rest)\b[^)]*status: (?!200\b)/);
  expect(source).not.toMatch(/Content-Disposition/i);
  expect(source).not.toMatch(/new Response\(/);
});
