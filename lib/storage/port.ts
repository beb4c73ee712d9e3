// The storage port: files the app keeps outside the database (uploaded study documents; later the
// contest banner, emblem and certificate images). Two implementations share this contract and one
// test table (__tests__/integration/storage/storage.test.ts): the local file system (fs.ts, the
// embedded default) and any S3 API (s3.ts) for several app instances. Pure types.

/** What is known of a stored object without reading it. */
export interface StoredObjectInfo {
  key: string;
  contentType: string;
  /** Bytes. */
  size: number;
}

export interface StoredObject extends StoredObjectInfo {
  body: Uint8Array;
}

export interface StoredObjectStream extends StoredObjectInfo {
  body: ReadableStream<Uint8Array>;
}

export interface ObjectStorage {
  /** Which implementation (for logs and the health page). */
  readonly driver: "fs" | "s3";
  /** Writes the whole object; a reader sees the old object or the new one, never a part. */
  put(key: string, body: Uint8Array, contentType: string): Promise<StoredObjectInfo>;
  /** Null when there is no such object. */
  get(key: string): Promise<StoredObject | null>;
  stat(key: string): Promise<StoredObjectInfo | null>;
  /** The body as a web stream, for a download response that must not hold the file in memory. */
  stream(key: string): Promise<StoredObjectStream | null>;
  /** Removing a missing object is not an error (a retried clean-up must not fail). */
  delete(key: string): Promise<void>;
}
