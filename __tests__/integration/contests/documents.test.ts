// The contest's study documents managed from the settings page: dates entered dd/MM/yyyy and
// stored yyyy-MM-dd, http(s) links only, unique code per contest, ordering, deletion only when no
// question uses the document; every change audited and the public /tai-lieu page revalidated.
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn() }));

import { revalidatePath } from "next/cache";
import { setSessionForTests } from "@/lib/auth/session";
import { createDocumentAction, deleteDocumentAction, moveDocumentAction, updateDocumentAction } from "@/lib/contests/admin-actions";
import { getContestForAdmin } from "@/lib/contests/admin-queries";
import { db } from "@/lib/db";
import { listContestDocuments } from "@/lib/participants/contest-documents";
import { searchKey } from "@/lib/text";

const revalidate = revalidatePath as jest.MockedFunction<typeof revalidatePath>;
const ids = { admin: "", editor: "", contest: "", other: "", participant: "" };
const asAdmin = () => setSessionForTests({ id: ids.admin, kind: "staff", role: "ADMIN", name: "admin" });

const doc749 = {
  code: "749/QĐ-TTg",
  title: "Quyết định phê duyệt Chương trình chuyển đổi số quốc gia",
  issuer: "Thủ tướng Chính phủ",
  issuedOn: "03/06/2020",
  url: "https://chinhphu.vn/?pageid=27160&docid=200163",
};

async function create(fields: Partial<typeof doc749> & { code: string }) {
  const r = await createDocumentAction({ ...doc749, contestId: ids.contest, ...fields });
  if (!r.ok) throw new Error(`create ${fields.code}: ${r.error} ${JSON.stringify(r.fieldErrors)}`);
  return r.data.id;
}

/** Everything a refusal must leave untouched. */
async function snapshot() {
  return {
    documents: await db.document.findMany({ orderBy: { id: "asc" } }),
    audit: await db.auditLog.count(),
  };
}

async function codesInOrder(contestId = ids.contest) {
  return (await listContestDocuments(contestId)).map((d) => d.code);
}

beforeAll(async () => {
  ids.admin = (await db.staffUser.create({ data: { username: "admin", fullName: "Quản trị", role: "ADMIN", passwordHash: "x" } })).id;
  ids.editor = (await db.staffUser.create({ data: { username: "bien.tap", fullName: "Biên tập", role: "EDITOR", passwordHash: "x" } })).id;
  ids.contest = (
    await db.contest.create({ data: { slug: "cds-2027", name: "Cuộc thi 2027", organiser: "Sở", organiserShort: "Sở", year: 2027, isFeatured: true } })
  ).id;
  ids.other = (await db.contest.create({ data: { slug: "cds-2026", name: "Cuộc thi 2026", organiser: "Sở", organiserShort: "Sở", year: 2026 } })).id;
  ids.participant = (
    await db.participant.create({
      data: {
        contestId: ids.contest,
        fullName: "Thí Sinh",
        fullNameSearch: "thi sinh",
        birthDate: "1990-01-01",
        gender: "MALE",
        cccd: "037090000001",
        phone: "0912345678",
        group: "NGUOI_DAN",
        passwordHash: "x",
      },
    })
  ).id;
});

beforeEach(() => {
  asAdmin();
  revalidate.mockClear();
});

afterAll(() => setSessionForTests(undefined));

test("a document is created with its date stored as yyyy-MM-dd, appended last, audited, and /tai-lieu revalidated", async () => {
  const id = await create({ code: "749/QĐ-TTg" });
  expect(await db.document.findUniqueOrThrow({ where: { id } })).toMatchObject({
    contestId: ids.contest,
    code: "749/QĐ-TTg",
    issuedOn: "2020-06-03",
    url: "https://chinhphu.vn/?pageid=27160&docid=200163",
    sortOrder: 0,
  });
  // The public page reads through the "/" layout; the staff pages through theirs.
  expect(revalidate).toHaveBeenCalledWith("/", "layout");
  expect(revalidate).toHaveBeenCalledWith("/quan-tri/cuoc-thi", "layout");

  // A date as people write it ("1/6/2021"), no date and no link; NFD text and extra spaces are normalised.
  const second = await create({ code: "942/QĐ-TTg", title: "Chiến   lược Chi\u0301nh phủ số", issuer: "", issuedOn: "1/6/2021", url: "" });
  expect(await db.document.findUniqueOrThrow({ where: { id: second } })).toMatchObject({
    title: "Chiến lược Chính phủ số",
    issuer: "",
    issuedOn: "2021-06-01",
    url: null,
    sortOrder: 1,
  });
  const undated = await create({ code: "01-NQ/TU", issuedOn: "", url: "http://ninhbinh.gov.vn/nq-01" });
  expect(await db.document.findUniqueOrThrow({ where: { id: undated } })).toMatchObject({ issuedOn: "", url: "http://ninhbinh.gov.vn/nq-01", sortOrder: 2 });

  expect(await codesInOrder()).toEqual(["749/QĐ-TTg", "942/QĐ-TTg", "01-NQ/TU"]);
  const entry = await db.auditLog.findFirstOrThrow({ where: { action: "document.create", entityId: id } });
  expect(entry).toMatchObject({ actorId: ids.admin, entityType: "Document", after: { contestId: ids.contest, code: "749/QĐ-TTg", issuedOn: "2020-06-03" } });
  // The staff page shows them, in the same order, with their question counts.
  const contest = await getContestForAdmin(ids.contest);
  expect(contest?.documents.map((d) => [d.code, d.questions])).toEqual([
    ["749/QĐ-TTg", 0],
    ["942/QĐ-TTg", 0],
    ["01-NQ/TU", 0],
  ]);
});

test.each([
  ["31/02/2020", "a day that does not exist"],
  ["2020-06-03", "the stored form instead of dd/MM/yyyy"],
  ["03-06-2020", "dashes"],
  ["3 tháng 6", "words"],
  ["13/13/2020", "month 13"],
])("the date %s (%s) is refused on its field; nothing is stored", async (issuedOn) => {
  const before = await snapshot();
  const r = await createDocumentAction({ ...doc749, code: "KH 106", issuedOn, contestId: ids.contest });
  expect(r).toMatchObject({ ok: false, fieldErrors: { issuedOn: [expect.stringMatching(/dd\/MM\/yyyy/)] } });
  expect(await snapshot()).toEqual(before);
  expect(revalidate).not.toHaveBeenCalled();
});

const shortLabel = (s: string) => (s.length > 60 ? `${s.slice(0, 40)}…(${s.length} ký tự)` : s);

test.each(
  [
    "javascript:alert(1)",
    "JavaScript:alert(document.cookie)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.example/van-ban",
    "ftp://files.example/van-ban.pdf",
    "chinhphu.vn/van-ban",
    "https://gov.vn@evil.example/",
    "https://exa mple.vn/",
    "https://example.vn/\u0000",
    "http://",
    `https://example.vn/${"a".repeat(2000)}`,
  ].map((url) => [shortLabel(url), url]),
)("the link %j is refused on its field; nothing is stored", async (_label, url) => {
  const before = await snapshot();
  const r = await createDocumentAction({ ...doc749, code: "KH 148", url, contestId: ids.contest });
  expect(r).toMatchObject({ ok: false, fieldErrors: { url: [expect.any(String)] } });
  expect(await snapshot()).toEqual(before);
});

test("a code already used in the contest is refused with a clear message; another contest may use it", async () => {
  const before = await snapshot();
  const dup = await createDocumentAction({ ...doc749, contestId: ids.contest });
  expect(dup).toEqual({ ok: false, error: "Cuộc thi đã có văn bản cùng số, ký hiệu.", fieldErrors: { code: ["Số, ký hiệu bị trùng với văn bản khác."] } });
  // The same code typed in decomposed Unicode (macOS keyboards) is the same code.
  expect(await createDocumentAction({ ...doc749, code: "749/QĐ-TTg".normalize("NFD"), contestId: ids.contest })).toMatchObject({
    ok: false,
    error: expect.stringMatching(/cùng số, ký hiệu/),
  });
  expect(await snapshot()).toEqual(before);
  expect(await createDocumentAction({ ...doc749, contestId: ids.other })).toMatchObject({ ok: true });
  expect(await createDocumentAction({ ...doc749, code: "  ", contestId: ids.contest })).toMatchObject({
    ok: false,
    fieldErrors: { code: ["Nhập số, ký hiệu văn bản."] },
  });
  expect(await createDocumentAction({ ...doc749, code: "X 1", contestId: "khong-co" })).toEqual({ ok: false, error: "Không tìm thấy cuộc thi." });
});

test("editing audits only the changed fields; a duplicate code or an unchanged form is refused", async () => {
  const id = (await db.document.findFirstOrThrow({ where: { contestId: ids.contest, code: "942/QĐ-TTg" } })).id;
  const current = { code: "942/QĐ-TTg", title: "Chiến lược Chính phủ số", issuer: "", issuedOn: "01/06/2021", url: "" };
  expect(await updateDocumentAction({ ...current, id })).toEqual({ ok: false, error: "Không có thay đổi nào để lưu." });

  const r = await updateDocumentAction({ ...current, id, issuer: "Thủ tướng Chính phủ", issuedOn: "15/06/2021", url: "https://vanban.chinhphu.vn/942" });
  expect(r).toEqual({ ok: true, data: { id } });
  expect(await db.document.findUniqueOrThrow({ where: { id } })).toMatchObject({
    issuer: "Thủ tướng Chính phủ",
    issuedOn: "2021-06-15",
    url: "https://vanban.chinhphu.vn/942",
    sortOrder: 1,
  });
  const entry = await db.auditLog.findFirstOrThrow({ where: { action: "document.update", entityId: id } });
  expect(entry.before).toEqual({ issuer: "", issuedOn: "2021-06-01", url: null });
  expect(entry.after).toEqual({ issuer: "Thủ tướng Chính phủ", issuedOn: "2021-06-15", url: "https://vanban.chinhphu.vn/942" });
  expect(revalidate).toHaveBeenCalledWith("/", "layout");

  const before = await snapshot();
  revalidate.mockClear();
  expect(await updateDocumentAction({ ...current, id, code: "749/QĐ-TTg" })).toMatchObject({
    ok: false,
    error: "Cuộc thi đã có văn bản cùng số, ký hiệu.",
    fieldErrors: { code: expect.any(Array) },
  });
  expect(await updateDocumentAction({ ...current, id, url: "javascript:alert(1)" })).toMatchObject({ ok: false, fieldErrors: { url: expect.any(Array) } });
  expect(await updateDocumentAction({ ...current, id, issuedOn: "29/02/2021" })).toMatchObject({ ok: false, fieldErrors: { issuedOn: expect.any(Array) } });
  expect(await updateDocumentAction({ ...current, id: "khong-co" })).toEqual({ ok: false, error: "Không tìm thấy văn bản." });
  expect(await snapshot()).toEqual(before);
  expect(revalidate).not.toHaveBeenCalled();

  // Clearing the link stores no link.
  expect(await updateDocumentAction({ ...current, id, issuer: "Thủ tướng Chính phủ", issuedOn: "15/06/2021", url: "" })).toMatchObject({ ok: true });
  expect((await db.document.findUniqueOrThrow({ where: { id } })).url).toBeNull();
});

test("moving a document up or down changes the public order; the ends refuse; each move audited", async () => {
  const [a, b, c] = await db.document.findMany({ where: { contestId: ids.contest }, orderBy: { sortOrder: "asc" }, select: { id: true } });
  expect(await moveDocumentAction({ id: c.id, direction: "up" })).toEqual({ ok: true, data: { id: c.id } });
  expect(await codesInOrder()).toEqual(["749/QĐ-TTg", "01-NQ/TU", "942/QĐ-TTg"]);
  expect(await moveDocumentAction({ id: a.id, direction: "down" })).toMatchObject({ ok: true });
  expect(await codesInOrder()).toEqual(["01-NQ/TU", "749/QĐ-TTg", "942/QĐ-TTg"]);
  expect(await db.auditLog.findFirstOrThrow({ where: { action: "document.move", entityId: c.id } })).toMatchObject({
    before: { position: 3 },
    after: { position: 2 },
  });

  const before = await snapshot();
  expect(await moveDocumentAction({ id: c.id, direction: "up" })).toEqual({ ok: false, error: "Văn bản đã ở đầu danh sách." });
  expect(await moveDocumentAction({ id: b.id, direction: "down" })).toEqual({ ok: false, error: "Văn bản đã ở cuối danh sách." });
  expect(await moveDocumentAction({ id: b.id, direction: "sideways" })).toMatchObject({ ok: false, fieldErrors: { direction: expect.any(Array) } });
  expect(await moveDocumentAction({ id: "khong-co", direction: "up" })).toEqual({ ok: false, error: "Không tìm thấy văn bản." });
  expect(await snapshot()).toEqual(before);
  // Another contest's list is its own.
  expect(await codesInOrder(ids.other)).toEqual(["749/QĐ-TTg"]);
});

test("a move works even when documents share a sortOrder (imported or seeded lists)", async () => {
  await db.document.updateMany({ where: { contestId: ids.contest }, data: { sortOrder: 0 } });
  // Equal sortOrders fall back to the code: 01-NQ/TU, 749/QĐ-TTg, 942/QĐ-TTg.
  const last = await db.document.findFirstOrThrow({ where: { contestId: ids.contest, code: "942/QĐ-TTg" } });
  expect(await moveDocumentAction({ id: last.id, direction: "up" })).toMatchObject({ ok: true });
  expect(await codesInOrder()).toEqual(["01-NQ/TU", "942/QĐ-TTg", "749/QĐ-TTg"]);
  expect(
    (await db.document.findMany({ where: { contestId: ids.contest }, orderBy: { sortOrder: "asc" }, select: { sortOrder: true } })).map((d) => d.sortOrder),
  ).toEqual([0, 1, 2]);
});

test("a document used by questions cannot be deleted: the message counts them and nothing changes", async () => {
  const used = await db.document.findFirstOrThrow({ where: { contestId: ids.contest, code: "749/QĐ-TTg" } });
  for (const [i, status] of (["ACTIVE", "ARCHIVED"] as const).entries()) {
    await db.question.create({
      data: {
        contestId: ids.contest,
        documentId: used.id,
        status,
        textSearch: searchKey(`Câu hỏi ${i}?`),
        versions: { create: { version: 1, text: `Câu hỏi ${i}?`, options: ["A", "B"], correctIndex: 0 } },
      },
    });
  }
  const before = await snapshot();
  revalidate.mockClear();
  expect(await deleteDocumentAction({ id: used.id })).toEqual({
    ok: false,
    error:
      "Không xóa được “749/QĐ-TTg”: đang có 2 câu hỏi dùng văn bản này. Hãy sửa thông tin văn bản, hoặc chuyển các câu hỏi sang văn bản khác trước khi xóa.",
  });
  expect(await snapshot()).toEqual(before);
  expect(await db.question.count({ where: { documentId: used.id } })).toBe(2);
  expect(revalidate).not.toHaveBeenCalled();
  expect((await getContestForAdmin(ids.contest))?.documents.find((d) => d.id === used.id)?.questions).toBe(2);
});

test("an unused document is deleted with an audit entry holding what it was", async () => {
  const spare = await db.document.findFirstOrThrow({ where: { contestId: ids.contest, code: "01-NQ/TU" } });
  expect(await deleteDocumentAction({ id: spare.id })).toEqual({ ok: true, data: { id: spare.id } });
  expect(await db.document.findUnique({ where: { id: spare.id } })).toBeNull();
  expect(await db.auditLog.findFirstOrThrow({ where: { action: "document.delete", entityId: spare.id } })).toMatchObject({
    entityType: "Document",
    before: { contestId: ids.contest, code: "01-NQ/TU", url: "http://ninhbinh.gov.vn/nq-01" },
  });
  expect(revalidate).toHaveBeenCalledWith("/", "layout");
  expect(await codesInOrder()).toEqual(["942/QĐ-TTg", "749/QĐ-TTg"]);
  expect(await deleteDocumentAction({ id: spare.id })).toEqual({ ok: false, error: "Không tìm thấy văn bản." });
  // A new document still goes last, after the gap the deletion left.
  await create({ code: "KH 194" });
  expect(await codesInOrder()).toEqual(["942/QĐ-TTg", "749/QĐ-TTg", "KH 194"]);
});

describe.each([
  ["anonymous", () => setSessionForTests(null), "Vui lòng đăng nhập tài khoản Ban Tổ chức."],
  [
    "a participant",
    () => setSessionForTests({ id: ids.participant, kind: "participant", contestId: ids.contest, name: "Thí Sinh" }),
    "Vui lòng đăng nhập tài khoản Ban Tổ chức.",
  ],
  [
    "an EDITOR",
    () => setSessionForTests({ id: ids.editor, kind: "staff", role: "EDITOR", name: "bien.tap" }),
    "Tài khoản của bạn không có quyền thực hiện thao tác này.",
  ],
])("as %s", (_who, signIn, refusal) => {
  test("every document action is refused and changes nothing", async () => {
    const target = (await db.document.findFirstOrThrow({ where: { contestId: ids.contest, code: "KH 194" } })).id;
    const before = await snapshot();
    signIn();
    const results = [
      await createDocumentAction({ ...doc749, code: "KH 999", contestId: ids.contest }),
      await updateDocumentAction({ ...doc749, code: "KH 998", id: target }),
      await moveDocumentAction({ id: target, direction: "up" }),
      await deleteDocumentAction({ id: target }),
    ];
    expect(results).toEqual(results.map(() => ({ ok: false, error: refusal })));
    expect(await snapshot()).toEqual(before);
    expect(revalidate).not.toHaveBeenCalled();
  });
});
