// A study document's uploaded file, end to end through the real route handlers and storage: staff
// upload (Origin, body type, capability, content sniffing, size limit, audit), participants open it
// from /tai-lieu, replacing/removing/deleting removes the stored object after the commit. The core
// flow runs on both storage implementations (S3 against s3rver started here).
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn() }));

import { readdirSync } from "node:fs";
import path from "node:path";
import { PDFDocument } from "pdf-lib";
import { GET as downloadRoute } from "@/app/(public)/tai-lieu/[documentId]/route";
import { POST as uploadRoute } from "@/app/api/admin/documents/[documentId]/file/route";
import { setSessionForTests } from "@/lib/auth/session";
import { deleteDocumentAction, removeDocumentFileAction } from "@/lib/contests/admin-actions";
import { getContestForAdmin } from "@/lib/contests/admin-queries";
import { db } from "@/lib/db";
import { listContestDocuments } from "@/lib/participants/contest-documents";
import type { ObjectStorage } from "@/lib/storage/port";
import { storage } from "@/lib/storage/storage";
import { startS3Server, type S3TestServer } from "../../helpers/s3-server";

const ids = { admin: "", editor: "", published: "", draft: "" };
const asAdmin = () => setSessionForTests({ id: ids.admin, kind: "staff", role: "ADMIN", name: "admin" });
const g = globalThis as unknown as { __storage?: ObjectStorage };
let s3: S3TestServer;

async function pdfBytes(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.addPage([200, 200]);
  return doc.save();
}

const le16 = (n: number) => [n & 0xff, n >> 8];
const le32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24];
/** A minimal stored ZIP holding word/document.xml: what the sniffer recognises as DOCX. */
function docxBytes(): Uint8Array {
  const name = Array.from(new TextEncoder().encode("word/document.xml"));
  const local = [0x50, 0x4b, 3, 4, ...le16(20), 0, 0, 0, 0, ...le32(0), ...le32(0), ...le32(0), ...le32(0), ...le16(name.length), 0, 0, ...name];
  const central = [
    0x50,
    0x4b,
    1,
    2,
    ...le16(20),
    ...le16(20),
    0,
    0,
    0,
    0,
    ...le32(0),
    ...le32(0),
    ...le32(0),
    ...le32(0),
    ...le16(name.length),
    ...new Array(12).fill(0),
    ...le32(0),
    ...name,
  ];
  const end = [0x50, 0x4b, 5, 6, 0, 0, 0, 0, ...le16(1), ...le16(1), ...le32(central.length), ...le32(local.length), 0, 0];
  return Uint8Array.from([...local, ...central, ...end]);
}

function upload(documentId: string, body: Uint8Array, fileName: string, headers: Record<string, string> = {}) {
  return uploadRoute(
    new Request(`http://localhost/api/admin/documents/${documentId}/file?fileName=${encodeURIComponent(fileName)}`, {
      method: "POST",
      headers: { "Content-Type": "application/octet-stream", Origin: "http://localhost", Host: "localhost", ...headers },
      body: new Blob([body as Uint8Array<ArrayBuffer>]),
    }),
    { params: Promise.resolve({ documentId }) },
  );
}

function download(documentId: string, headers: Record<string, string> = {}) {
  return downloadRoute(new Request(`http://localhost/tai-lieu/${documentId}`, { headers }), { params: Promise.resolve({ documentId }) });
}

async function makeDocument(contestId: string, code: string) {
  return (await db.document.create({ data: { contestId, code, title: `Văn bản ${code}` }, select: { id: true } })).id;
}

/** The objects in the fs storage (the bytes; .meta and .tmp are its own). */
function storedFiles(): string[] {
  const root = process.env.STORAGE_FS_ROOT!;
  try {
    return (readdirSync(root, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
      .filter((e) => e.isFile())
      .map((e) => path.relative(root, path.join(e.parentPath, e.name)))
      .filter((p) => !p.startsWith(".meta") && !p.startsWith(".tmp"));
  } catch {
    return [];
  }
}

beforeAll(async () => {
  ids.admin = (await db.staffUser.create({ data: { username: "admin", fullName: "Quản trị", role: "ADMIN", passwordHash: "x" } })).id;
  ids.editor = (await db.staffUser.create({ data: { username: "bien.tap", fullName: "Biên tập", role: "EDITOR", passwordHash: "x" } })).id;
  const contest = (slug: string, isPublished: boolean) =>
    db.contest.create({ data: { slug, name: slug, organiser: "Sở", organiserShort: "Sở", year: 2026, isPublished }, select: { id: true } });
  ids.published = (await contest("cds-2026", true)).id;
  ids.draft = (await contest("cds-nhap", false)).id;
  s3 = await startS3Server();
}, 30_000);

afterAll(async () => {
  setSessionForTests(undefined);
  delete g.__storage;
  await s3?.stop();
});

beforeEach(() => {
  asAdmin();
  delete process.env.UPLOAD_MAX_MB;
});

describe.each(["fs", "s3"] as const)("with STORAGE_DRIVER=%s", (driver) => {
  beforeAll(() => {
    // The settings choose the implementation (lib/storage/settings.ts); the cached one is rebuilt.
    delete g.__storage;
    if (driver === "s3") {
      Object.assign(process.env, {
        STORAGE_DRIVER: "s3",
        S3_ENDPOINT: s3.settings.endpoint,
        S3_BUCKET: s3.settings.bucket,
        S3_ACCESS_KEY_ID: "S3RVER",
        S3_SECRET_ACCESS_KEY: "S3RVER",
      });
    } else process.env.STORAGE_DRIVER = "fs";
  });
  afterAll(() => {
    process.env.STORAGE_DRIVER = "fs";
    delete g.__storage;
  });

  test("a PDF is uploaded, audited, listed with its size, opened inline; replacing it with a DOCX removes the PDF", async () => {
    expect(storage().driver).toBe(driver);
    const id = await makeDocument(ids.published, `KH-${driver}`);
    const pdf = await pdfBytes();
    const res = await upload(id, pdf, "C:\\Tài liệu\\Kế hoạch 106.pdf");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, data: { id, fileName: "Kế hoạch 106.pdf", fileType: "application/pdf", fileSize: pdf.byteLength } });
    const row = await db.document.findUniqueOrThrow({ where: { id } });
    expect(row.fileKey).toMatch(new RegExp(`^documents/${ids.published}/[0-9a-f-]{36}\\.pdf$`));
    expect(await storage().stat(row.fileKey!)).toEqual({ key: row.fileKey, contentType: "application/pdf", size: pdf.byteLength });
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "document.file.upload", entityId: id } })).toMatchObject({
      actorId: ids.admin,
      after: { fileName: "Kế hoạch 106.pdf", fileType: "application/pdf", fileSize: pdf.byteLength, fileKey: row.fileKey },
    });
    expect((await listContestDocuments(ids.published)).find((d) => d.id === id)?.file).toEqual({
      fileName: "Kế hoạch 106.pdf",
      fileType: "application/pdf",
      fileSize: pdf.byteLength,
    });

    setSessionForTests(null); // a participant or visitor on a phone
    const got = await download(id);
    expect(got.status).toBe(200);
    expect(got.headers.get("content-type")).toBe("application/pdf");
    expect(got.headers.get("content-disposition")).toMatch(/^inline; filename="ke-hoach-106\.pdf"; filename\*=UTF-8''K%E1%BA%BF/);
    expect(got.headers.get("content-length")).toBe(String(pdf.byteLength));
    expect(got.headers.get("x-content-type-options")).toBe("nosniff");
    expect(got.headers.get("cache-control")).toBe("public, max-age=300");
    expect(Buffer.from(await got.arrayBuffer()).equals(Buffer.from(pdf))).toBe(true);
    const etag = got.headers.get("etag")!;
    expect((await download(id, { "If-None-Match": etag })).status).toBe(304);

    asAdmin();
    const docx = docxBytes();
    expect((await upload(id, docx, "de-cuong.docx")).status).toBe(200);
    const replaced = await db.document.findUniqueOrThrow({ where: { id } });
    expect(replaced.fileKey).not.toBe(row.fileKey);
    expect(await storage().stat(row.fileKey!)).toBeNull();
    expect(await db.auditLog.count({ where: { action: "document.file.replace", entityId: id } })).toBe(1);
    setSessionForTests(null);
    const saved = await download(id, { "If-None-Match": etag });
    expect(saved.status).toBe(200);
    expect(saved.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(saved.headers.get("content-disposition")).toMatch(/^attachment; filename="de-cuong\.docx"/);

    asAdmin();
    expect(await deleteDocumentAction({ id })).toEqual({ ok: true, data: { id } });
    expect(await storage().stat(replaced.fileKey!)).toBeNull();
    expect((await download(id)).status).toBe(404);
  });

  test("removing the file keeps the document, clears its file and removes the object", async () => {
    const id = await makeDocument(ids.published, `QĐ-${driver}`);
    await upload(id, await pdfBytes(), "qd.pdf");
    const { fileKey } = await db.document.findUniqueOrThrow({ where: { id } });
    expect(await removeDocumentFileAction({ id })).toEqual({ ok: true, data: { id } });
    expect(await db.document.findUniqueOrThrow({ where: { id } })).toMatchObject({ fileKey: null, fileName: null, fileType: null, fileSize: null });
    expect(await storage().stat(fileKey!)).toBeNull();
    expect(await db.auditLog.count({ where: { action: "document.file.remove", entityId: id } })).toBe(1);
    expect(await removeDocumentFileAction({ id })).toEqual({ ok: false, error: "Văn bản này chưa có tệp đính kèm." });
    expect((await download(id)).status).toBe(404);
  });
});

describe("refusals change nothing (fs storage)", () => {
  let id: string;
  beforeAll(async () => {
    delete g.__storage;
    id = await makeDocument(ids.published, "NQ-01");
  });

  async function expectUnchanged(run: () => Promise<Response>, status: number, error: string | RegExp) {
    const before = { row: await db.document.findUniqueOrThrow({ where: { id } }), audit: await db.auditLog.count(), files: storedFiles() };
    const res = await run();
    expect(res.status).toBe(status);
    expect((await res.json()).error).toEqual(typeof error === "string" ? error : expect.stringMatching(error));
    expect({ row: await db.document.findUniqueOrThrow({ where: { id } }), audit: await db.auditLog.count(), files: storedFiles() }).toEqual(before);
  }

  test("HTML renamed .pdf is refused by its content", async () => {
    await expectUnchanged(
      () => upload(id, new TextEncoder().encode("<!doctype html><script>alert(1)</script>"), "tai-lieu.pdf"),
      422,
      "Tệp không phải PDF, DOCX hoặc ảnh (PNG, JPEG, WebP, GIF): hệ thống kiểm tra nội dung tệp, không dựa vào đuôi tên.",
    );
  });

  test("a file over UPLOAD_MAX_MB is refused with the limit, declared or not", async () => {
    process.env.UPLOAD_MAX_MB = "0.001"; // 1 KB
    const big = new Uint8Array(2048);
    big.set(new TextEncoder().encode("%PDF-"));
    await expectUnchanged(() => upload(id, big, "lon.pdf"), 413, /^Tệp vượt quá 1 KB/);
    await expectUnchanged(() => upload(id, big, "lon.pdf", { "Content-Length": "999999999" }), 413, /^Tệp vượt quá 1 KB/);
  });

  test("an empty file is refused", async () => {
    await expectUnchanged(() => upload(id, new Uint8Array(0), "rong.pdf"), 422, "Tệp rỗng (0 byte). Hãy chọn lại tệp.");
  });

  test.each([
    ["another site's page", { Origin: "https://evil.example" }, 403, "Yêu cầu không đến từ trang của cuộc thi."],
    ["a form-encoded body", { "Content-Type": "multipart/form-data; boundary=x" }, 415, /^Kiểu nội dung gửi lên không được chấp nhận/],
  ])("%s is refused before anything is read", async (_name, headers, status, error) => {
    await expectUnchanged(async () => upload(id, await pdfBytes(), "a.pdf", headers), status, error);
  });

  test.each([
    ["anonymous", () => setSessionForTests(null), 401, "Vui lòng đăng nhập tài khoản Ban Tổ chức."],
    [
      "an EDITOR",
      () => setSessionForTests({ id: ids.editor, kind: "staff", role: "EDITOR", name: "bien.tap" }),
      403,
      "Tài khoản của bạn không có quyền thực hiện thao tác này.",
    ],
  ])("%s cannot upload", async (_name, as, status, error) => {
    as();
    await expectUnchanged(async () => upload(id, await pdfBytes(), "a.pdf"), status, error);
  });

  test("an unknown document is refused and its upload leaves no object", async () => {
    const files = storedFiles();
    const res = await upload("khong-co", await pdfBytes(), "a.pdf");
    expect(res.status).toBe(422);
    expect((await res.json()).error).toBe("Không tìm thấy văn bản.");
    expect(storedFiles()).toEqual(files);
  });
});

test("an unpublished contest's file opens for signed-in staff only, never cached", async () => {
  delete g.__storage;
  const id = await makeDocument(ids.draft, "KH-nhap");
  expect((await upload(id, await pdfBytes(), "nhap.pdf")).status).toBe(200);
  expect(storedFiles()).toContain((await db.document.findUniqueOrThrow({ where: { id } })).fileKey);
  const staffView = await download(id);
  expect(staffView.status).toBe(200);
  expect(staffView.headers.get("cache-control")).toBe("private, no-store");
  setSessionForTests(null);
  expect((await download(id)).status).toBe(404);
  expect((await getContestForAdmin(ids.draft))?.documents[0].file).toMatchObject({ fileName: "nhap.pdf", fileType: "application/pdf" });
});
