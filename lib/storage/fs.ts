// The file-system storage (STORAGE_DRIVER=fs, the embedded default): objects under one root
// directory (STORAGE_FS_ROOT, default data/uploads). Enough for one app instance; several instances
// need a shared S3 bucket (s3.ts) instead. Layout under the root:
//   <key>              the bytes
//   .meta/<key>.json   the content type (a file system keeps none)
//   .tmp/              writes in progress; a rename makes each one visible whole
// Keys never start a segment with "." (keys.ts), so no key reaches .meta or .tmp.
import { mkdir, open, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { randomUUID } from "node:crypto";
import { assertSafeKey } from "./keys";
import type { ObjectStorage, StoredObject, StoredObjectInfo, StoredObjectStream } from "./port";

const DEFAULT_TYPE = "application/octet-stream";

function isMissing(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  return code === "ENOENT" || code === "ENOTDIR";
}

export class FsStorage implements ObjectStorage {
  readonly driver = "fs" as const;
  private readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** The key's path, checked once more against the root in case keys.ts ever loosens. */
  private pathOf(key: string, tree: "data" | "meta" = "data"): string {
    assertSafeKey(key);
    const base = tree === "data" ? this.root : path.join(this.root, ".meta");
    const p = path.resolve(base, tree === "data" ? key : `${key}.json`);
    if (!p.startsWith(base + path.sep)) throw new Error("Storage key escapes the root");
    return p;
  }

  /** Writes to a temporary file, flushes it to disk, then renames it into place (atomic on POSIX). */
  private async writeAtomically(target: string, bytes: Uint8Array): Promise<void> {
    const tmpDir = path.join(this.root, ".tmp");
    await Promise.all([mkdir(tmpDir, { recursive: true }), mkdir(path.dirname(target), { recursive: true })]);
    const tmp = path.join(tmpDir, randomUUID());
    try {
      const handle = await open(tmp, "wx");
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(tmp, target);
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  }

  async put(key: string, body: Uint8Array, contentType: string): Promise<StoredObjectInfo> {
    const data = this.pathOf(key);
    await this.writeAtomically(data, body);
    await this.writeAtomically(this.pathOf(key, "meta"), new TextEncoder().encode(JSON.stringify({ contentType })));
    return { key, contentType, size: body.byteLength };
  }

  private async contentTypeOf(key: string): Promise<string> {
    try {
      const meta = JSON.parse(await readFile(this.pathOf(key, "meta"), "utf8")) as { contentType?: unknown };
      return typeof meta.contentType === "string" ? meta.contentType : DEFAULT_TYPE;
    } catch (err) {
      if (isMissing(err) || err instanceof SyntaxError) return DEFAULT_TYPE;
      throw err;
    }
  }

  async stat(key: string): Promise<StoredObjectInfo | null> {
    try {
      const s = await stat(this.pathOf(key));
      if (!s.isFile()) return null;
      return { key, contentType: await this.contentTypeOf(key), size: s.size };
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
  }

  async get(key: string): Promise<StoredObject | null> {
    const info = await this.stat(key);
    if (!info) return null;
    try {
      const body = new Uint8Array(await readFile(this.pathOf(key)));
      return { ...info, size: body.byteLength, body };
    } catch (err) {
      if (isMissing(err)) return null;
      throw err;
    }
  }

  async stream(key: string): Promise<StoredObjectStream | null> {
    // Opened first and measured on the open file, so the size matches the bytes sent even when the
    // object is replaced or deleted meanwhile (POSIX keeps an open file readable).
    const handle = await open(this.pathOf(key)).catch((err: unknown) => {
      if (isMissing(err)) return null;
      throw err;
    });
    if (!handle) return null;
    try {
      const s = await handle.stat();
      if (!s.isFile()) throw Object.assign(new Error("not a file"), { code: "ENOENT" });
      const contentType = await this.contentTypeOf(key);
      // The stream closes the handle when it ends or is destroyed (a client that disconnects).
      return { key, contentType, size: s.size, body: Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array> };
    } catch (err) {
      await handle.close();
      if (isMissing(err)) return null;
      throw err;
    }
  }

  async delete(key: string): Promise<void> {
    await Promise.all([rm(this.pathOf(key), { force: true }), rm(this.pathOf(key, "meta"), { force: true })]);
  }
}
