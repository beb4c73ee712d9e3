// The S3 storage (STORAGE_DRIVER=s3): objects in one bucket of any S3 API (MinIO, Ceph, a cloud
// bucket), so several app instances serve the same files. Tested against a real S3 API server
// (s3rver) the test run starts itself: __tests__/integration/storage/storage.test.ts.
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { assertSafeKey } from "./keys";
import type { ObjectStorage, StoredObject, StoredObjectInfo, StoredObjectStream } from "./port";

export interface S3Settings {
  /** Unset for AWS itself; `http://minio:9000` and the like for the others. */
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** `bucket` in the path rather than the host name: what MinIO, Ceph and most self-hosted servers need. */
  forcePathStyle: boolean;
}

const DEFAULT_TYPE = "application/octet-stream";

function isNotFound(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === "NoSuchKey" || e.name === "NotFound" || e.$metadata?.httpStatusCode === 404;
}

export class S3Storage implements ObjectStorage {
  readonly driver = "s3" as const;
  private readonly client: S3Client;
  private readonly bucket: string;

  constructor(settings: S3Settings) {
    this.bucket = settings.bucket;
    this.client = new S3Client({
      endpoint: settings.endpoint || undefined,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      credentials:
        settings.accessKeyId && settings.secretAccessKey ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey } : undefined,
      // The SDK's newer default adds CRC checksums (and aws-chunked bodies) that many S3-compatible
      // servers reject or store verbatim; send and check them only where the API demands them.
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  async put(key: string, body: Uint8Array, contentType: string): Promise<StoredObjectInfo> {
    assertSafeKey(key);
    // One PUT is atomic in S3: readers see the old object or the new one.
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType, ContentLength: body.byteLength }));
    return { key, contentType, size: body.byteLength };
  }

  async stat(key: string): Promise<StoredObjectInfo | null> {
    assertSafeKey(key);
    try {
      const head = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { key, contentType: head.ContentType || DEFAULT_TYPE, size: head.ContentLength ?? 0 };
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  private async getObject(key: string) {
    assertSafeKey(key);
    try {
      const res = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      return res.Body ? res : null;
    } catch (err) {
      if (isNotFound(err)) return null;
      throw err;
    }
  }

  async get(key: string): Promise<StoredObject | null> {
    const res = await this.getObject(key);
    if (!res?.Body) return null;
    const body = await res.Body.transformToByteArray();
    return { key, contentType: res.ContentType || DEFAULT_TYPE, size: body.byteLength, body };
  }

  async stream(key: string): Promise<StoredObjectStream | null> {
    const res = await this.getObject(key);
    if (!res?.Body) return null;
    return {
      key,
      contentType: res.ContentType || DEFAULT_TYPE,
      size: res.ContentLength ?? 0,
      body: res.Body.transformToWebStream() as ReadableStream<Uint8Array>,
    };
  }

  async delete(key: string): Promise<void> {
    assertSafeKey(key);
    // S3's DELETE of a missing key already succeeds (204).
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }
}
