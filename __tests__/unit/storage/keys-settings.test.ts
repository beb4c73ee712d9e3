// Storage keys cannot leave the root; the settings pick the implementation or fail naming the variable.
import { assertSafeKey, isSafeKey, newObjectKey } from "@/lib/storage/keys";
import { maxUploadBytes, storageSettings } from "@/lib/storage/settings";

test.each([
  ["documents/c1/4f1c.pdf", true],
  ["a", true],
  ["banners/contest_1/logo-2026.v2.png", true],
  ["..", false],
  ["../x", false],
  ["a/../b", false],
  ["a/./b", false],
  [".hidden", false],
  ["/abs", false],
  ["trailing/", false],
  ["a//b", false],
  ["a\\b", false],
  ["tài-liệu.pdf", false],
  ["with space.pdf", false],
  ["nul\u0000.pdf", false],
  ["x".repeat(129), false],
  [Array.from({ length: 5 }, () => "x".repeat(120)).join("/"), false],
  ["", false],
])("isSafeKey(%j) → %s", (key, safe) => {
  expect(isSafeKey(key)).toBe(safe);
});

test("assertSafeKey throws on an unsafe key and returns a safe one", () => {
  expect(assertSafeKey("documents/a.pdf")).toBe("documents/a.pdf");
  expect(() => assertSafeKey("../a.pdf")).toThrow(/Unsafe storage key/);
});

test("newObjectKey puts a fresh random name under the prefix, and refuses an unsafe prefix", () => {
  expect(newObjectKey("documents/c1", "pdf", () => "abc")).toBe("documents/c1/abc.pdf");
  const [a, b] = [newObjectKey("documents/c1", "pdf"), newObjectKey("documents/c1", "pdf")];
  expect(a).not.toBe(b);
  expect(() => newObjectKey("../up", "pdf", () => "abc")).toThrow(/Unsafe storage key/);
});

describe("storageSettings", () => {
  test("default: the file system under data/uploads", () => {
    expect(storageSettings({})).toEqual({ driver: "fs", root: "data/uploads" });
    expect(storageSettings({ STORAGE_FS_ROOT: "/srv/uploads" })).toEqual({ driver: "fs", root: "/srv/uploads" });
  });
  test("s3 with an endpoint addresses buckets by path unless told otherwise", () => {
    const env = { STORAGE_DRIVER: "s3", S3_BUCKET: "tai-lieu", S3_ENDPOINT: "http://minio:9000", S3_ACCESS_KEY_ID: "k", S3_SECRET_ACCESS_KEY: "s" };
    expect(storageSettings(env)).toEqual({
      driver: "s3",
      endpoint: "http://minio:9000",
      region: "us-east-1",
      bucket: "tai-lieu",
      accessKeyId: "k",
      secretAccessKey: "s",
      forcePathStyle: true,
    });
    expect(storageSettings({ ...env, S3_FORCE_PATH_STYLE: "false", S3_REGION: "ap-southeast-1" })).toMatchObject({
      forcePathStyle: false,
      region: "ap-southeast-1",
    });
  });
  test("s3 without an endpoint (AWS itself) uses virtual-host buckets and the SDK's credential chain", () => {
    expect(storageSettings({ STORAGE_DRIVER: "s3", S3_BUCKET: "b" })).toMatchObject({ endpoint: undefined, forcePathStyle: false, accessKeyId: undefined });
  });
  test.each([
    [{ STORAGE_DRIVER: "ftp" }, /STORAGE_DRIVER must be fs or s3/],
    [{ STORAGE_DRIVER: "s3" }, /needs S3_BUCKET/],
    [{ STORAGE_DRIVER: "s3", S3_BUCKET: "b", S3_ACCESS_KEY_ID: "k" }, /both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY/],
    [{ STORAGE_DRIVER: "s3", S3_BUCKET: "b", S3_FORCE_PATH_STYLE: "yes" }, /S3_FORCE_PATH_STYLE must be true or false/],
  ])("a wrong setting fails naming the variable: %j", (env, message) => {
    expect(() => storageSettings(env)).toThrow(message);
  });
});

test.each([
  [{}, 20 * 1024 * 1024],
  [{ UPLOAD_MAX_MB: "5" }, 5 * 1024 * 1024],
  [{ UPLOAD_MAX_MB: "0.5" }, 512 * 1024],
])("maxUploadBytes(%j) → %d", (env, bytes) => {
  expect(maxUploadBytes(env)).toBe(bytes);
});

test.each(["0", "-1", "abc"])("UPLOAD_MAX_MB=%s is refused", (value) => {
  expect(() => maxUploadBytes({ UPLOAD_MAX_MB: value })).toThrow(/UPLOAD_MAX_MB must be a positive number/);
});
