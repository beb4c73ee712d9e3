// One contract, two implementations: every case runs against the file-system storage (in a temp
// directory) and the S3 storage (against a real S3 API server this file starts: s3rver).
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { FsStorage } from "@/lib/storage/fs";
import type { ObjectStorage } from "@/lib/storage/port";
import { S3Storage } from "@/lib/storage/s3";
import { createStorage } from "@/lib/storage/storage";
import { startS3Server, type S3TestServer } from "../../helpers/s3-server";

let fsRoot: string;
let s3: S3TestServer;
const impls: Record<"fs" | "s3", ObjectStorage> = {} as Record<"fs" | "s3", ObjectStorage>;

beforeAll(async () => {
  fsRoot = mkdtempSync(path.join(tmpdir(), "storage-fs-"));
  s3 = await startS3Server();
  impls.fs = createStorage({ driver: "fs", root: fsRoot });
  impls.s3 = createStorage({ driver: "s3", ...s3.settings });
}, 30_000);

afterAll(async () => {
  await s3?.stop();
  rmSync(fsRoot, { recursive: true, force: true });
});

const bytes = (s: string) => new TextEncoder().encode(s);

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe.each(["fs", "s3"] as const)("%s storage", (name) => {
  const store = () => impls[name];

  test("the factory built the implementation the settings name", () => {
    expect(store().driver).toBe(name);
    expect(store()).toBeInstanceOf(name === "fs" ? FsStorage : S3Storage);
  });

  test("put then stat, get and stream return the bytes, content type and size", async () => {
    const body = bytes("%PDF-1.7 tài liệu ôn tập");
    const put = await store().put("documents/c1/a.pdf", body, "application/pdf");
    expect(put).toEqual({ key: "documents/c1/a.pdf", contentType: "application/pdf", size: body.byteLength });
    expect(await store().stat("documents/c1/a.pdf")).toEqual(put);
    const got = await store().get("documents/c1/a.pdf");
    expect(got && { ...got, body: new TextDecoder().decode(got.body) }).toEqual({ ...put, body: "%PDF-1.7 tài liệu ôn tập" });
    const streamed = await store().stream("documents/c1/a.pdf");
    expect(streamed && { key: streamed.key, contentType: streamed.contentType, size: streamed.size }).toEqual(put);
    expect(await readAll(streamed!.body)).toBe("%PDF-1.7 tài liệu ôn tập");
  });

  test("a missing key is null for stat, get and stream, and deleting it succeeds", async () => {
    expect(await store().stat("documents/none.pdf")).toBeNull();
    expect(await store().get("documents/none.pdf")).toBeNull();
    expect(await store().stream("documents/none.pdf")).toBeNull();
    await expect(store().delete("documents/none.pdf")).resolves.toBeUndefined();
  });

  test("a “folder” of keys is not an object", async () => {
    await store().put("banners/c1/x.png", bytes("png"), "image/png");
    expect(await store().stat("banners/c1")).toBeNull();
    expect(await store().get("banners")).toBeNull();
  });

  test("put replaces an object whole; delete removes it", async () => {
    await store().put("documents/c1/b.docx", bytes("first version, longer"), "application/octet-stream");
    await store().put("documents/c1/b.docx", bytes("second"), "image/png");
    expect(await store().stat("documents/c1/b.docx")).toEqual({ key: "documents/c1/b.docx", contentType: "image/png", size: 6 });
    expect(new TextDecoder().decode((await store().get("documents/c1/b.docx"))!.body)).toBe("second");
    await store().delete("documents/c1/b.docx");
    expect(await store().stat("documents/c1/b.docx")).toBeNull();
    expect(await store().get("documents/c1/b.docx")).toBeNull();
  });

  test("binary bytes and an empty object survive the round trip", async () => {
    const all = Uint8Array.from({ length: 256 * 4 }, (_, i) => i % 256);
    await store().put("images/all-bytes.bin", all, "application/octet-stream");
    expect(Buffer.from((await store().get("images/all-bytes.bin"))!.body).equals(Buffer.from(all))).toBe(true);
    await store().put("images/empty.bin", new Uint8Array(0), "application/octet-stream");
    expect(await store().stat("images/empty.bin")).toMatchObject({ size: 0 });
  });

  test.each(["../escape.pdf", "documents/../../etc/passwd", "/abs.pdf", ".meta/x.json", "a//b", "a/.tmp/x", "tài-liệu.pdf", "a\\b", ""])(
    "an unsafe key (%j) is refused by every operation",
    async (key) => {
      await expect(store().put(key, bytes("x"), "text/plain")).rejects.toThrow(/Unsafe storage key/);
      await expect(store().get(key)).rejects.toThrow(/Unsafe storage key/);
      await expect(store().stat(key)).rejects.toThrow(/Unsafe storage key/);
      await expect(store().stream(key)).rejects.toThrow(/Unsafe storage key/);
      await expect(store().delete(key)).rejects.toThrow(/Unsafe storage key/);
    },
  );
});

test("fs: a write leaves no temporary file behind, and nothing is written outside the root", async () => {
  await impls.fs.put("documents/c2/t.pdf", bytes("%PDF-"), "application/pdf");
  expect(readdirSync(path.join(fsRoot, ".tmp"))).toEqual([]);
  expect(readdirSync(path.dirname(fsRoot)).filter((f) => f === "escape.pdf")).toEqual([]);
});

test("fs: a stream already opened still reads the whole object after it is deleted", async () => {
  await impls.fs.put("documents/c2/open.pdf", bytes("%PDF-whole"), "application/pdf");
  const streamed = await impls.fs.stream("documents/c2/open.pdf");
  await impls.fs.delete("documents/c2/open.pdf");
  expect(await readAll(streamed!.body)).toBe("%PDF-whole");
});

test("s3: objects are really in the bucket (a second client with the same settings sees them)", async () => {
  await impls.s3.put("documents/c3/shared.pdf", bytes("%PDF-shared"), "application/pdf");
  const other = new S3Storage(s3.settings);
  expect(await other.stat("documents/c3/shared.pdf")).toEqual({ key: "documents/c3/shared.pdf", contentType: "application/pdf", size: 11 });
});
