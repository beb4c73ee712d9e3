// Our cached-key reader of the session cookie must accept exactly what next-auth's own
// encode/decode pair accepts.
import { decode, encode } from "next-auth/jwt";
import { decodeSessionToken } from "@/lib/auth/session-token";

const SECRET = "unit-test-secret-0123456789abcdef0123";
const claims = { uid: "p-1", kind: "participant" as const, contestId: "c-1", name: "Nguyễn Thị Ánh Tuyết" };

test("reads a token next-auth wrote, with the same claims next-auth's decode returns", async () => {
  const token = await encode({ secret: SECRET, token: claims });
  const ours = await decodeSessionToken(token, SECRET);
  expect(ours).toMatchObject(claims);
  expect(ours).toEqual(await decode({ token, secret: SECRET }));
  // Twice: the second read uses the cached key.
  expect(await decodeSessionToken(token, SECRET)).toEqual(ours);
});

test.each([
  ["another secret", async () => encode({ secret: "another-secret-0123456789abcdef0123456", token: claims })],
  ["an expired token", async () => encode({ secret: SECRET, token: claims, maxAge: -60 })],
  [
    "a tampered token",
    async () => {
      const parts = (await encode({ secret: SECRET, token: claims })).split(".");
      parts[3] = (parts[3][0] === "A" ? "B" : "A") + parts[3].slice(1); // the ciphertext's first byte
      return parts.join(".");
    },
  ],
  ["garbage", async () => "not.a.token.at.all"],
  ["an empty cookie", async () => ""],
])("refuses %s", async (_label, make) => {
  expect(await decodeSessionToken(await make(), SECRET)).toBeNull();
});

test("without a secret nothing is accepted", async () => {
  expect(await decodeSessionToken(await encode({ secret: SECRET, token: claims }), "")).toBeNull();
});
