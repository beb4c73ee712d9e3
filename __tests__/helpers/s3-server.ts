// A real S3 API server (s3rver) for the storage tests, started by the test file itself on a free
// port with its own temporary directory: no mock of the S3 client, nothing for CI to start.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import type { S3Settings } from "@/lib/storage/s3";

export interface S3TestServer {
  settings: S3Settings;
  stop(): Promise<void>;
}

export async function startS3Server(bucket = "quiz-test"): Promise<S3TestServer> {
  const directory = mkdtempSync(path.join(tmpdir(), "s3rver-"));
  const server = new S3rver({ address: "127.0.0.1", port: 0, directory, silent: true, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  return {
    // s3rver accepts any credentials; they are given so the SDK signs as it would for MinIO or Ceph.
    settings: { endpoint: `http://127.0.0.1:${port}`, region: "us-east-1", bucket, accessKeyId: "S3RVER", secretAccessKey: "S3RVER", forcePathStyle: true },
    async stop() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
