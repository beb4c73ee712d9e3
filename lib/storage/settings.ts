// The storage settings (README "Settings"): which implementation, where, and the upload size limit.
// Pure: an environment in, settings out, so a unit test covers every combination; a wrong setting
// fails at the first use with a message naming the variable, never as a silent fallback.
import type { S3Settings } from "./s3";

export type StorageSettings = { driver: "fs"; root: string } | ({ driver: "s3" } & S3Settings);

type Env = Record<string, string | undefined>;

const DEFAULT_FS_ROOT = "data/uploads";
const DEFAULT_UPLOAD_MAX_MB = 20;

function flag(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  if (value === "true" || value === "1") return true;
  if (value === "false" || value === "0") return false;
  throw new Error(`${name} must be true or false, not ${JSON.stringify(value)}`);
}

export function storageSettings(env: Env = process.env): StorageSettings {
  const driver = env.STORAGE_DRIVER || "fs";
  if (driver === "fs") return { driver, root: env.STORAGE_FS_ROOT || DEFAULT_FS_ROOT };
  if (driver !== "s3") throw new Error(`STORAGE_DRIVER must be fs or s3, not ${JSON.stringify(driver)}`);
  const bucket = env.S3_BUCKET ?? "";
  if (bucket === "") throw new Error("STORAGE_DRIVER=s3 needs S3_BUCKET");
  const endpoint = env.S3_ENDPOINT || undefined;
  if ((env.S3_ACCESS_KEY_ID ? 1 : 0) + (env.S3_SECRET_ACCESS_KEY ? 1 : 0) === 1) {
    throw new Error("Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (the SDK's own credential chain)");
  }
  return {
    driver,
    endpoint,
    region: env.S3_REGION || "us-east-1",
    bucket,
    accessKeyId: env.S3_ACCESS_KEY_ID || undefined,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY || undefined,
    // A custom endpoint is almost always MinIO, Ceph or the like, which address buckets by path.
    forcePathStyle: flag("S3_FORCE_PATH_STYLE", env.S3_FORCE_PATH_STYLE, endpoint !== undefined),
  };
}

/** The largest upload accepted, in bytes (UPLOAD_MAX_MB, default 20). */
export function maxUploadBytes(env: Env = process.env): number {
  const raw = env.UPLOAD_MAX_MB;
  const mb = raw === undefined || raw === "" ? DEFAULT_UPLOAD_MAX_MB : Number(raw);
  if (!Number.isFinite(mb) || mb <= 0) throw new Error(`UPLOAD_MAX_MB must be a positive number, not ${JSON.stringify(raw)}`);
  return Math.floor(mb * 1024 * 1024);
}
