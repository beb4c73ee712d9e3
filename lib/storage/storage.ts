// The app's one storage, built from the settings (settings.ts) on first use and kept for the
// process, as lib/db.ts keeps the one database client.
import { FsStorage } from "./fs";
import type { ObjectStorage } from "./port";
import { S3Storage } from "./s3";
import { storageSettings, type StorageSettings } from "./settings";

export function createStorage(settings: StorageSettings): ObjectStorage {
  return settings.driver === "fs" ? new FsStorage(settings.root) : new S3Storage(settings);
}

const g = globalThis as unknown as { __storage?: ObjectStorage };

export function storage(): ObjectStorage {
  g.__storage ??= createStorage(storageSettings());
  return g.__storage;
}
