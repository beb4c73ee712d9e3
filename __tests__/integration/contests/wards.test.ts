// The wards of a contest's districts managed from the settings page: the list /dang-ky offers once a
// district is chosen. Unique name per district, ordering, deletion free (participants store the ward
// as text); every change audited and the public pages revalidated.
jest.mock("next/cache", () => ({ revalidatePath: jest.fn(), revalidateTag: jest.fn() }));

import { revalidatePath } from "next/cache";
import { setSessionForTests } from "@/lib/auth/session";
import { createWardAction, deleteWardAction, moveWardAction, renameWardAction } from "@/lib/contests/admin-actions";
import { getContestForAdmin } from "@/lib/contests/admin-queries";
import { db } from "@/lib/db";
import { getRegistrationOptions } from "@/lib/participants/registration";

const revalidate = revalidatePath as jest.MockedFunction<typeof revalidatePath>;
const ids = { admin: "", jury: "", contest: "", hoaLu: "", kimSon: "", participant: "" };
const asAdmin = () => setSessionForTests({ id: ids.admin, kind: "staff", role: "ADMIN", name: "admin" });

async function create(districtId: string, name: string) {
  const r = await createWardAction({ districtId, name });
  if (!r.ok) throw new Error(`create ${name}: ${r.error}`);
  return r.data.id;
}

/** The ward names the registration form offers for a district, in order. */
async function offered(districtId: string) {
  const options = await getRegistrationOptions(ids.contest);
  return options?.districts.find((d) => d.id === districtId)?.wards;
}

async function snapshot() {
  return { wards: await db.ward.findMany({ orderBy: { id: "asc" } }), audit: await db.auditLog.count() };
}

beforeAll(async () => {
  ids.admin = (await db.staffUser.create({ data: { username: "admin", fullName: "Quản trị", role: "ADMIN", passwordHash: "x" } })).id;
  ids.jury = (await db.staffUser.create({ data: { username: "giam.khao", fullName: "Giám khảo", role: "JURY", passwordHash: "x" } })).id;
  ids.contest = (
    await db.contest.create({
      data: { slug: "cds-2027", name: "Cuộc thi 2027", organiser: "Sở", organiserShort: "Sở", year: 2027, isFeatured: true, isPublished: true },
    })
  ).id;
  ids.hoaLu = (await db.district.create({ data: { contestId: ids.contest, name: "Thành phố Hoa Lư", sortOrder: 0 } })).id;
  ids.kimSon = (await db.district.create({ data: { contestId: ids.contest, name: "Huyện Kim Sơn", sortOrder: 1 } })).id;
});

beforeEach(() => {
  asAdmin();
  revalidate.mockClear();
});

afterAll(() => setSessionForTests(undefined));

test("wards are added in order, normalised, audited, and the registration lists revalidated", async () => {
  const first = await create(ids.hoaLu, "Phường Đông Thành");
  await create(ids.hoaLu, "  Phường   Tân Thành ");
  await create(ids.hoaLu, "Xa\u0303 Ninh Nhất"); // NFD, as macOS keyboards send it
  expect(await offered(ids.hoaLu)).toEqual(["Phường Đông Thành", "Phường Tân Thành", "Xã Ninh Nhất"]);
  expect(await offered(ids.kimSon)).toEqual([]);
  expect(revalidate).toHaveBeenCalledWith("/", "layout");
  expect(revalidate).toHaveBeenCalledWith("/quan-tri/cuoc-thi", "layout");
  expect(await db.auditLog.findFirstOrThrow({ where: { action: "ward.create", entityId: first } })).toMatchObject({
    actorId: ids.admin,
    entityType: "Ward",
    after: { districtId: ids.hoaLu, name: "Phường Đông Thành" },
  });
  // The staff page shows each district's wards.
  const contest = await getContestForAdmin(ids.contest);
  expect(contest?.districts.map((d) => [d.name, d.wards.map((w) => w.name)])).toEqual([
    ["Thành phố Hoa Lư", ["Phường Đông Thành", "Phường Tân Thành", "Xã Ninh Nhất"]],
    ["Huyện Kim Sơn", []],
  ]);
});

test("a name already in the district is refused with a clear message; another district may use it", async () => {
  const before = await snapshot();
  const dup = await createWardAction({ districtId: ids.hoaLu, name: "Phường Đông Thành" });
  expect(dup).toEqual({
    ok: false,
    error: "Huyện/thành phố này đã có xã/phường cùng tên.",
    fieldErrors: { name: ["Huyện/thành phố này đã có xã/phường cùng tên."] },
  });
  expect(await createWardAction({ districtId: ids.hoaLu, name: " Xã Ninh Nhất".normalize("NFD") })).toMatchObject({
    ok: false,
    error: "Huyện/thành phố này đã có xã/phường cùng tên.",
  });
  expect(await createWardAction({ districtId: ids.hoaLu, name: "X" })).toMatchObject({ ok: false, fieldErrors: { name: ["Tên xã/phường quá ngắn."] } });
  // Registration accepts at most 100 characters: a longer ward could never be chosen.
  expect(await createWardAction({ districtId: ids.hoaLu, name: `Xã ${"a".repeat(100)}` })).toMatchObject({
    ok: false,
    fieldErrors: { name: ["Tên xã/phường tối đa 100 ký tự."] },
  });
  expect(await createWardAction({ districtId: "khong-co", name: "Xã Mới" })).toEqual({ ok: false, error: "Không tìm thấy huyện/thành phố." });
  expect(await snapshot()).toEqual(before);
  expect(revalidate).not.toHaveBeenCalled();
  await create(ids.kimSon, "Phường Đông Thành");
  expect(await offered(ids.kimSon)).toEqual(["Phường Đông Thành"]);
});

test("renaming: audited; a duplicate or unchanged name is refused and changes nothing", async () => {
  const ward = await db.ward.findFirstOrThrow({ where: { districtId: ids.hoaLu, name: "Phường Tân Thành" } });
  expect(await renameWardAction({ id: ward.id, name: "Phường Tân  Thành" })).toEqual({ ok: false, error: "Tên không thay đổi." });
  const before = await snapshot();
  expect(await renameWardAction({ id: ward.id, name: "Phường Đông Thành" })).toMatchObject({
    ok: false,
    error: "Huyện/thành phố này đã có xã/phường cùng tên.",
    fieldErrors: { name: expect.any(Array) },
  });
  expect(await renameWardAction({ id: ward.id, name: "" })).toMatchObject({ ok: false, fieldErrors: { name: expect.any(Array) } });
  expect(await renameWardAction({ id: "khong-co", name: "Xã Mới" })).toEqual({ ok: false, error: "Không tìm thấy xã/phường." });
  expect(await snapshot()).toEqual(before);

  expect(await renameWardAction({ id: ward.id, name: "Phường Ninh Khánh" })).toEqual({ ok: true, data: { id: ward.id } });
  expect(await offered(ids.hoaLu)).toEqual(["Phường Đông Thành", "Phường Ninh Khánh", "Xã Ninh Nhất"]);
  expect(await db.auditLog.findFirstOrThrow({ where: { action: "ward.rename", entityId: ward.id } })).toMatchObject({
    before: { name: "Phường Tân Thành" },
    after: { name: "Phường Ninh Khánh" },
  });
});

test("moving a ward changes the order the registration form offers; the ends refuse", async () => {
  const last = await db.ward.findFirstOrThrow({ where: { districtId: ids.hoaLu, name: "Xã Ninh Nhất" } });
  expect(await moveWardAction({ id: last.id, direction: "up" })).toMatchObject({ ok: true });
  expect(await moveWardAction({ id: last.id, direction: "up" })).toMatchObject({ ok: true });
  expect(await offered(ids.hoaLu)).toEqual(["Xã Ninh Nhất", "Phường Đông Thành", "Phường Ninh Khánh"]);
  expect(
    await db.auditLog.findMany({ where: { action: "ward.move", entityId: last.id }, orderBy: { id: "asc" }, select: { before: true, after: true } }),
  ).toEqual([
    { before: { position: 3 }, after: { position: 2 } },
    { before: { position: 2 }, after: { position: 1 } },
  ]);
  const before = await snapshot();
  expect(await moveWardAction({ id: last.id, direction: "up" })).toEqual({ ok: false, error: "Xã/phường đã ở đầu danh sách." });
  const bottom = await db.ward.findFirstOrThrow({ where: { districtId: ids.hoaLu, name: "Phường Ninh Khánh" } });
  expect(await moveWardAction({ id: bottom.id, direction: "down" })).toEqual({ ok: false, error: "Xã/phường đã ở cuối danh sách." });
  // The only ward of Kim Sơn is both first and last: the other district's wards do not count.
  const kimSon = await db.ward.findFirstOrThrow({ where: { districtId: ids.kimSon } });
  expect(await moveWardAction({ id: kimSon.id, direction: "down" })).toEqual({ ok: false, error: "Xã/phường đã ở cuối danh sách." });
  expect(await moveWardAction({ id: "khong-co", direction: "down" })).toEqual({ ok: false, error: "Không tìm thấy xã/phường." });
  expect(await snapshot()).toEqual(before);
});

test("deleting a ward chosen by participants is allowed: they keep the ward name they registered with", async () => {
  const ward = await db.ward.findFirstOrThrow({ where: { districtId: ids.hoaLu, name: "Phường Đông Thành" } });
  ids.participant = (
    await db.participant.create({
      data: {
        contestId: ids.contest,
        districtId: ids.hoaLu,
        wardName: ward.name,
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
  expect(await deleteWardAction({ id: ward.id })).toEqual({ ok: true, data: { id: ward.id } });
  expect(await db.ward.findUnique({ where: { id: ward.id } })).toBeNull();
  expect(await db.participant.findUniqueOrThrow({ where: { id: ids.participant }, select: { districtId: true, wardName: true } })).toEqual({
    districtId: ids.hoaLu,
    wardName: "Phường Đông Thành",
  });
  expect(await offered(ids.hoaLu)).toEqual(["Xã Ninh Nhất", "Phường Ninh Khánh"]);
  expect(await db.auditLog.findFirstOrThrow({ where: { action: "ward.delete", entityId: ward.id } })).toMatchObject({
    before: { districtId: ids.hoaLu, name: "Phường Đông Thành" },
  });
  expect(revalidate).toHaveBeenCalledWith("/", "layout");
  expect(await deleteWardAction({ id: ward.id })).toEqual({ ok: false, error: "Không tìm thấy xã/phường." });
  // A new ward goes last.
  await create(ids.hoaLu, "Phường Nam Bình");
  expect(await offered(ids.hoaLu)).toEqual(["Xã Ninh Nhất", "Phường Ninh Khánh", "Phường Nam Bình"]);
});

describe.each([
  ["anonymous", () => setSessionForTests(null), "Vui lòng đăng nhập tài khoản Ban Tổ chức."],
  [
    "a participant",
    () => setSessionForTests({ id: ids.participant, kind: "participant", contestId: ids.contest, name: "Thí Sinh" }),
    "Vui lòng đăng nhập tài khoản Ban Tổ chức.",
  ],
  [
    "a JURY member",
    () => setSessionForTests({ id: ids.jury, kind: "staff", role: "JURY", name: "giam.khao" }),
    "Tài khoản của bạn không có quyền thực hiện thao tác này.",
  ],
])("as %s", (_who, signIn, refusal) => {
  test("every ward action is refused and changes nothing", async () => {
    const target = (await db.ward.findFirstOrThrow({ where: { districtId: ids.hoaLu, name: "Phường Nam Bình" } })).id;
    const before = await snapshot();
    signIn();
    const results = [
      await createWardAction({ districtId: ids.hoaLu, name: "Xã Lạ" }),
      await renameWardAction({ id: target, name: "Xã Lạ" }),
      await moveWardAction({ id: target, direction: "up" }),
      await deleteWardAction({ id: target }),
    ];
    expect(results).toEqual(results.map(() => ({ ok: false, error: refusal })));
    expect(await snapshot()).toEqual(before);
    expect(revalidate).not.toHaveBeenCalled();
  });
});
